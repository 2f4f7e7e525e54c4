import { STATUS_STYLE } from '../range-chart/range-chart';
import { PLAIN_COLOUR } from './figure-shape';

/** An upright bar swatch: filled, hollow, or ending in an arrowhead. */
function Bar({ colour, hollow = false, open = false }: { colour: string; hollow?: boolean; open?: boolean }) {
  return (
    <svg width="16" height="22" aria-hidden="true">
      <rect
        x="4"
        y={open ? 8 : 2}
        width="8"
        height={open ? 12 : 18}
        fill={hollow ? '#fff' : colour}
        stroke={colour}
        strokeWidth={hollow ? 2.5 : 1}
      />
      {open && <polygon points="1,8 8,1 15,8" fill={colour} />}
    </svg>
  );
}

/** HTML legend for a chart of figures against time, with the same marks as the chart, so colour is never the only cue. */
export function DateChartLegend({
  statuses,
  hollow,
  events,
  consensus,
}: {
  statuses: boolean;
  hollow: number;
  events: boolean;
  consensus: boolean;
}) {
  const plain = statuses ? STATUS_STYLE.alone.colour : PLAIN_COLOUR;
  return (
    <ul className="legend" aria-label="Chart legend">
      {statuses && (
        <>
          <li>
            <Bar colour={STATUS_STYLE.overlap.colour} />
            Blue: corroborated by another source’s specific figure
          </li>
          <li>
            <Bar colour={STATUS_STYLE.compatible.colour} />
            Purple: not contradicted, not confirmed (open or vague figures)
          </li>
          <li>
            <svg width="16" height="22" aria-hidden="true">
              <defs>
                <pattern id="date-legend-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect width="6" height="6" fill="#fff" />
                  <rect width="3" height="6" fill={STATUS_STYLE.disjoint.colour} />
                </pattern>
              </defs>
              <rect x="4" y="2" width="8" height="18" fill="url(#date-legend-hatch)" stroke={STATUS_STYLE.disjoint.colour} />
            </svg>
            Hatched: contradicted by another source
          </li>
        </>
      )}
      <li>
        <Bar colour={plain} />
        Filled: placed at the day the figure was stated
      </li>
      <li>
        <Bar colour={plain} hollow />
        Hollow: when it was said is not stated, so it sits at the date of the report
        {hollow > 0 && ` (${hollow === 1 ? 'one figure' : `${hollow} figures`} here)`}
      </li>
      <li>
        <Bar colour={plain} open />
        Arrow: open-ended (“more than”)
      </li>
      <li>
        <svg width="16" height="22" aria-hidden="true">
          <rect x="4" y="2" width="8" height="18" fill="#fff" stroke={plain} strokeWidth="2" strokeDasharray="4 3" />
        </svg>
        Dashed outline: approximate (“around”)
      </li>
      <li>
        <svg width="18" height="18" aria-hidden="true">
          <polygon points="9,2 16,9 9,16 2,9" fill={plain} />
        </svg>
        Diamond: a single figure
      </li>
      {events && (
        <li>
          <svg width="16" height="22" aria-hidden="true">
            <line x1="8" x2="8" y1="1" y2="21" stroke="#1b1b1b" strokeWidth="1.5" strokeDasharray="5 3" />
          </svg>
          Dashed line: a change of control, as the articles report it
        </li>
      )}
      {consensus && (
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
