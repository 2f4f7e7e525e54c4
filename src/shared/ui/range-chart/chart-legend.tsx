import { STATUS_STYLE } from './range-chart';

/** HTML legend with the same swatches as the chart, so colour is never the only cue. */
export function ChartLegend({ showConsensus }: { showConsensus: boolean }) {
  return (
    <ul className="legend" aria-label="Chart legend">
      <li>
        <svg width="28" height="14" aria-hidden="true">
          <rect x="1" y="2" width="26" height="10" fill={STATUS_STYLE.overlap.colour} />
        </svg>
        Blue: corroborated by another source’s specific figure
      </li>
      <li>
        <svg width="28" height="14" aria-hidden="true">
          <rect x="1" y="2" width="26" height="10" fill={STATUS_STYLE.compatible.colour} />
        </svg>
        Purple: not contradicted, not confirmed (open or vague figures)
      </li>
      <li>
        <svg width="28" height="14" aria-hidden="true">
          <defs>
            <pattern id="legend-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fff" />
              <rect width="3" height="6" fill={STATUS_STYLE.disjoint.colour} />
            </pattern>
          </defs>
          <rect x="1" y="2" width="26" height="10" fill="url(#legend-hatch)" stroke={STATUS_STYLE.disjoint.colour} />
        </svg>
        Hatched: contradicted by another source
      </li>
      <li>
        <svg width="34" height="14" aria-hidden="true">
          <rect x="1" y="2" width="22" height="10" fill="#545454" />
          <polygon points="23,0 31,7 23,14" fill="#545454" />
        </svg>
        Arrow: open-ended (“more than”)
      </li>
      <li>
        <svg width="28" height="14" aria-hidden="true">
          <rect x="1" y="2" width="26" height="10" fill="#fff" stroke="#545454" strokeWidth="2" strokeDasharray="4 3" />
        </svg>
        Dashed: approximate (“around”)
      </li>
      <li>
        <svg width="18" height="18" aria-hidden="true">
          <polygon points="9,2 16,9 9,16 2,9" fill="#545454" />
        </svg>
        Diamond: a single figure
      </li>
      {showConsensus && (
        <li>
          <svg width="28" height="14" aria-hidden="true">
            <rect x="1" y="1" width="26" height="12" fill="#00734f" fillOpacity="0.15" stroke="#00734f" strokeDasharray="4 2" />
          </svg>
          Green band: where the specific figures agree
        </li>
      )}
    </ul>
  );
}
