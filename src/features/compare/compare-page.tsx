import { useDeferredValue, useMemo, useRef } from 'react';
import { useEvents } from '../../api/events';
import { VerdictBlock } from '../../shared/ui/verdict-block';
import { figureAsSaid, footingNote } from '../../domain/figure-text';
import { formatNumber, formatPoints } from '../../domain/format';
import { compareViewModel } from '../../domain/view-models/compare-view';
import { verdictOf } from '../../domain/view-models/verdict';
import { FIGURES_PER_PAGE, firstFigures, voiceList } from '../../domain/view-models/compare-sections';
import { listedFiguresSentence, sampleNote, unlistedFiguresSentence, unlistedPairsSentence } from '../../domain/view-models/compare-notes';
import { ShowMore } from '../../shared/ui/show-more';
import { Link, useLocation, useParams } from 'react-router';
import { ExportCsvButton } from '../../shared/ui/export-csv-button';
import { CopyEmbedButton } from '../../shared/ui/copy-embed-button';
import { ImageDownload } from '../../shared/ui/image-download';
import { compareCard } from '../../domain/exports/compare-card';
import { CredibilityBadge, ReliabilityBadge } from '../../shared/ui/grade-badge';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { ChartLegend } from '../../shared/ui/range-chart/chart-legend';
import { ResponsiveRangeChart } from '../../shared/ui/range-chart/responsive-range-chart';
import type { RowStatus } from '../../domain/chart-rows';
import type { ComparedClaim, ComparisonGroup } from '../../domain/analysis-types';
import { formatInterval } from '../../domain/format';
import { claimantName, indexDataset, sourceName, type DatasetIndex } from '../../domain/lookups';
import { useGrades } from '../../api/grades';
import { useGrouping } from '../../api/url-state';
import { useGroupSlice } from '../../api/use-dataset-slice';
import { useWithWorkspace } from '../../api/active-dataset';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { CompareDateFigure } from './compare-date-figure';

const STATUS_TEXT: Record<RowStatus, string> = {
  disjoint: '✕ Contradicted by another source',
  overlap: '✓ Corroborated by another source',
  compatible: '≈ Not contradicted, not confirmed',
  alone: 'No other source to compare',
};

const STATUS_CLASS: Record<RowStatus, string> = {
  disjoint: 'badge badge-disjoint',
  overlap: 'badge badge-overlap',
  compatible: 'badge badge-compatible',
  alone: 'badge',
};

function ClaimRow({
  entry,
  status,
  index,
  label,
  perDay,
  search,
  grades,
}: {
  entry: ComparedClaim;
  status: RowStatus;
  index: DatasetIndex;
  label: string;
  perDay: boolean;
  search: string;
  /** From the view, not a hook per row: a list of 100 rows reading the URL and the grades 100 times was measurably slow. */
  grades: Pick<ReturnType<typeof useGrades>, 'sourceGrades' | 'claimGrades'>;
}) {
  const claim = index.claims.get(entry.claimId);
  if (!claim) return null;
  const outlet = sourceName(index.sources, claim.outletId);
  const sourceGrade = grades.sourceGrades.get(claim.claimantId);
  const claimGrade = grades.claimGrades.get(claim.id);
  return (
    <li className={`claim-row${status === 'disjoint' ? ' is-disjoint' : status === 'compatible' ? ' is-compatible' : ''}`}>
      <p>
        <strong>{label}</strong>
        <ReliabilityBadge stored={sourceGrade} />: <span className="quote">“{claim.quote}”</span>
        <CredibilityBadge stored={claimGrade} />
      </p>
      <p>
        As said: <strong>{figureAsSaid(claim, index.measures.get(claim.measureId), entry.original)}</strong>
        {entry.cannotNormalise ? (
          <> · not compared here</>
        ) : (
          footingNote(entry, claim, perDay) && <> · compared as {footingNote(entry, claim, perDay)}</>
        )}{' '}
        · <span className={STATUS_CLASS[status]}>{STATUS_TEXT[status]}</span>
      </p>
      <p className="muted">
        Stated {claim.statedOn ?? 'on an unknown date'}
        {claim.statedOnInferred && (
          <>
            {' '}
            <span className="badge badge-inferred">inferred</span>
          </>
        )}
        {claim.period && ` · covers ${claim.period.from} to ${claim.period.to}${claim.period.approximate ? ' (approximate)' : ''}`} ·
        reported by {outlet}
        {claim.via.length > 0 && ` via ${claim.via.map((v) => sourceName(index.sources, v)).join(', ')}`}
      </p>
      {(entry.explanations.length > 0 || entry.cannotNormalise || entry.interpretation) && (
        <ul className="explanations">
          {entry.interpretation && <li>Interpretation: {entry.interpretation.reading}</li>}
          {entry.explanations.map((text) => (
            <li key={text}>{text}</li>
          ))}
          {entry.cannotNormalise && <li>{entry.cannotNormalise.reason}</li>}
        </ul>
      )}
      {entry.evidence.contradictingCount > 0 && (
        <p>Contradicted by: {voiceList(entry.evidence.contradictingVoices, entry.evidence.contradictingCount, index)}.</p>
      )}
      {entry.evidence.corroboratingCount > 0 && (
        <p>Corroborated by: {voiceList(entry.evidence.corroboratingVoices, entry.evidence.corroboratingCount, index)}.</p>
      )}
      {entry.evidence.compatibleCount > 0 && (
        <p>
          Not contradicted by (an open or vague figure, so no confirmation):{' '}
          {voiceList(entry.evidence.compatibleVoices, entry.evidence.compatibleCount, index)}.
        </p>
      )}
      {entry.caveats.length > 0 && (
        <ul className="caveats">
          {entry.caveats.map((c) => (
            <li key={c.kind + c.note}>
              Caveat ({c.kind}): {c.note}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={{ pathname: `/claims/${encodeURIComponent(entry.claimId)}`, search }}>Quote in the article and provenance</Link>
      </p>
    </li>
  );
}

/** How far apart two contradicting figures are, in points for shares and in the group's unit otherwise. */
function gapText(distance: number, unit: string): string {
  if (unit.startsWith('%')) return `${formatPoints(distance)} apart`;
  return `${formatNumber(distance)} ${unit} apart`;
}

function Conflicts({ group, labels }: { group: ComparisonGroup; labels: ReadonlyMap<string, string> }) {
  if (group.pairsOmitted) return <p>{unlistedPairsSentence(group.disjointIndependentPairs)}</p>;
  const conflicting = group.pairs.filter((p) => p.judgement === 'contradicts');
  const nested = group.pairs.filter((p) => p.nested && p.judgement !== 'contradicts');
  const label = (id: string) => labels.get(id) ?? id;
  return (
    <>
      {conflicting.length === 0 ? (
        <p>No two figures contradict each other.</p>
      ) : (
        <ul>
          {conflicting.map((p) => (
            <li key={`${p.a}|${p.b}`}>
              {label(p.a)} and {label(p.b)}: {p.sameVoice ? 'the same source contradicts itself' : 'cannot both be true'}
              {p.distance > 0 && `, ${gapText(p.distance, group.unit)}`}
              {p.nested && ' (the shorter period’s total already exceeds the longer period’s)'}
              {p.comparability.caveats.length > 0 && (
                <ul className="caveats">
                  {p.comparability.caveats.map((c) => (
                    <li key={c.kind + c.note}>
                      Caveat ({c.kind}): {c.note}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {nested.length > 0 && (
        <ul>
          {nested.map((p) => (
            <li key={`${p.a}|${p.b}`}>
              {label(p.a)} and {label(p.b)}: periods nested, {p.sameVoice ? 'progress of one count, not a contradiction' : 'consistent'}.
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function CompareView({ group, index, search }: { group: ComparisonGroup; index: DatasetIndex; search: string }) {
  const [grouping, setGrouping] = useGrouping();
  const view = useMemo(() => compareViewModel(group, grouping, index), [group, grouping, index]);
  const { sections, ordered, labels, chart: model, statuses } = view;
  // Changes of control only add reasons; a missing events file leaves the rest of the verdict as it is.
  const events = useEvents().data;
  const verdict = useMemo(() => verdictOf(group, index, events ?? []), [group, index, events]);
  const measures = group.measureIds.map((id) => index.measures.get(id)).filter((m) => m !== undefined);
  const { sourceGrades, claimGrades, editable } = useGrades();
  const grades = useMemo(() => ({ sourceGrades, claimGrades }), [sourceGrades, claimGrades]);
  const withWorkspace = useWithWorkspace();
  const { groupId = '' } = useParams();
  const shown = useMemo(() => [ordered], [ordered]);
  const figureRef = useRef<HTMLElement>(null);
  return (
    <>
      <h1>{group.label}</h1>
      <VerdictBlock verdict={verdict} nameOf={(id) => labels.get(id) ?? id} headingLevel={2} />
      <p>
        <span className="muted">As said: </span>
        {group.summary}
      </p>
      <p className="muted">
        Compared in {group.unit}. {group.voiceCount} independent {group.voiceCount === 1 ? 'source' : 'sources'}.{' '}
        {group.consensus
          ? `Where the specific figures agree: ${formatInterval(group.consensus, group.unit)}.`
          : 'No range is agreed by two independent specific figures (not “at least”, not a vague word).'}
      </p>
      {measures.length > 1 && (
        <details data-print="open">
          <summary>Measures compared here ({measures.length})</summary>
          <ul>
            {measures.map((m) => (
              <li key={m.id}>
                {m.label} ({m.unit}){m.description && `: ${m.description}`}
              </li>
            ))}
          </ul>
        </details>
      )}
      {editable && (
        <p>
          <Link
            to={{
              pathname: '/workbench/measures',
              search: withWorkspace(`?measure=${encodeURIComponent(group.measureIds.includes(groupId) ? groupId : group.id)}`),
            }}
          >
            Link this measure to others, or change its links
          </Link>
        </p>
      )}
      <div className="toolbar">
        <span id="grouping-label">Group claims by</span>
        <div className="segmented" role="group" aria-labelledby="grouping-label">
          <button type="button" aria-pressed={grouping === 'source'} onClick={() => void setGrouping('source')}>
            Source
          </button>
          <button type="button" aria-pressed={grouping === 'date'} onClick={() => void setGrouping('date')}>
            Date
          </button>
        </div>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print
        </button>
        <ExportCsvButton
          groups={shown}
          index={index}
          grades={{ sources: sourceGrades, claims: claimGrades }}
          fileName={`corroborate-${group.id}.csv`}
        />
        <CopyEmbedButton kind="compare" groupId={group.id} label={group.label} />
      </div>
      {grouping === 'date' && (
        // A section, not a div: the image download reads the chart inside it through the same HTMLElement ref as the figure's.
        <section ref={figureRef}>
          <CompareDateFigure group={group} index={index} labels={labels} />
        </section>
      )}
      {grouping === 'source' && model.rows.length > 0 && (
        <figure className="chart-figure" ref={figureRef}>
          <ResponsiveRangeChart model={model} title={`${group.label}, one bar per figure. ${group.summary}`} />
          <figcaption>
            <ChartLegend showConsensus={model.consensus !== null} />
            {model.truncated && (
              <p className="chart-note">
                {sampleNote(model.rows.length, model.drawableCount, {
                  spread: true,
                  rest:
                    ordered.entries.length > FIGURES_PER_PAGE
                      ? `The list below has them all, ${FIGURES_PER_PAGE} at a time.`
                      : 'The list below has them all.',
                })}
              </p>
            )}
            {model.excluded.length > 0 && (
              <p className="chart-note">Not drawn: {model.excluded.map((e) => `${e.label} (${e.reason})`).join('; ')}.</p>
            )}
          </figcaption>
        </figure>
      )}
      {model.rows.length > 0 && (
        <ImageDownload
          chart={figureRef}
          fileName={`corroborate-${group.id}`}
          describe={() => compareCard(group, index, window.location.href, grouping).content}
        />
      )}
      <h2>Where they conflict</h2>
      <Conflicts group={group} labels={labels} />
      <h2>Every figure, by {grouping}</h2>
      {/* A group of thousands of figures lists them a page at a time, so the page draws at once; the CSV has every one. */}
      <ShowMore
        items={ordered.entries}
        step={FIGURES_PER_PAGE}
        what="figures"
        remainder={unlistedFiguresSentence}
        render={(shown) => (
          <>
            {shown.length < ordered.entries.length && (
              <p className="muted">{listedFiguresSentence(shown.length, ordered.entries.length)}</p>
            )}
            {firstFigures(sections, shown.length).map((section) => (
              <section key={section.key} className="claim-group" aria-label={section.title}>
                <h3>{section.title}</h3>
                <ul className="plain">
                  {section.entries.map((entry) => (
                    <ClaimRow
                      key={entry.claimId}
                      entry={entry}
                      status={statuses.get(entry.claimId) ?? 'alone'}
                      index={index}
                      label={labels.get(entry.claimId) ?? claimantName(index, entry.claimId)}
                      perDay={group.per === 'day'}
                      search={search}
                      grades={grades}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      />
    </>
  );
}

/** One measure and those comparable with it, every claim side by side. */
export function ComparePage() {
  const { groupId = '' } = useParams();
  const { search } = useLocation();
  // Only this group and the records it refers to come from the worker, however large the dataset.
  const { query, progress } = useGroupSlice(groupId);
  // Drawn at transition priority: a group of thousands of figures then renders in slices, and the page keeps answering.
  const slice = useDeferredValue(query.data);
  const index = useMemo(() => (slice ? indexDataset(slice.dataset) : null), [slice]);
  useDocumentTitle(query.data ? (query.data.group?.label ?? 'No figures on this measure') : 'Comparison');
  return (
    <QueryState query={query} what="the dataset" progress={progress}>
      {() => {
        if (!slice || !index) return null;
        const { group } = slice;
        if (!group) {
          return (
            <EmptyState title="No figures on this measure">
              <p>
                Either the filters leave no claim on it, or the link is wrong. <Link to={{ pathname: '/', search }}>See all measures</Link>.
              </p>
            </EmptyState>
          );
        }
        // Keyed by group: another comparison starts from its own first page of figures.
        return <CompareView key={group.id} group={group} index={index} search={search} />;
      }}
    </QueryState>
  );
}
