import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { SourceGradeRow } from '../../service/store/workspace-db';
import { CopyIntoWorkspaceButton } from '../../shared/ui/copy-into-workspace-button';
import { GradeForm } from '../../shared/ui/grade-form';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { ShowMore } from '../../shared/ui/show-more';
import { GRADE_REASON_MAX, isReliabilityGrade, RELIABILITY_GRADES, RELIABILITY_LABELS } from '../../domain/grades';
import type { Source } from '../../domain/schema';
import { useGrades, type SourceGradeInput } from '../../api/grades';
import { PUBLISHED_COPY_NAME, useCopyPublished } from '../../api/published-copy';
import { useSourceDistances, useSourcesSlice } from '../../api/use-dataset-slice';
import { SOURCE_PAGE_SIZE, type SourceProfileView } from '../../domain/view-models/source-profiles-order';
import { SourceCardList } from './source-card-list';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { DistanceChart } from './distance-chart';
import { MAX_DOTS_PER_LANE } from '../../domain/view-models/distance-rows';

const OPTIONS = RELIABILITY_GRADES.map((g) => ({ value: g, label: RELIABILITY_LABELS[g] }));

function asInput(row: SourceGradeRow | undefined): SourceGradeInput | undefined {
  return row && isReliabilityGrade(row.grade) ? { grade: row.grade, reason: row.reason } : undefined;
}

/** A source's distance from the others, one line per contested measure, asked for when the reader opens the list: a
 * busy source has one per measure, and most readers never open them. */
function Distances({ sourceId, count }: { sourceId: string; count: number }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Distance from the others, measure by measure ({count.toLocaleString('en-GB')} {count === 1 ? 'measure' : 'measures'})
      </summary>
      {open && <DistanceList sourceId={sourceId} />}
    </details>
  );
}

function DistanceList({ sourceId }: { sourceId: string }) {
  const { query, progress } = useSourceDistances(sourceId);
  return (
    <QueryState query={query} what="the distances" progress={progress}>
      {(distances) => (
        <ShowMore
          items={distances}
          step={50}
          what="measures"
          render={(shown) => (
            <ul>
              {shown.map((d) => (
                <li key={d.groupId}>{d.text}</li>
              ))}
            </ul>
          )}
        />
      )}
    </QueryState>
  );
}

function ProfileCard({
  source,
  profile,
  grade,
  onGrade,
}: {
  source: Source;
  profile: SourceProfileView;
  grade: SourceGradeInput | undefined;
  /** Null on the read-only published dataset: no grade controls. */
  onGrade: ((g: SourceGradeInput | null) => Promise<unknown>) | null;
}) {
  const headingId = `source-${source.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {source.name}
      </h2>
      <p className="muted">
        {source.kind} · tied to: {source.alignment}
      </p>
      {source.description && <p>{source.description}</p>}
      <dl className="stats">
        <div>
          <dt>Figures</dt>
          <dd>{profile.made}</dd>
        </div>
        <div>
          <dt>Corroborated</dt>
          <dd>{profile.corroborated}</dd>
        </div>
        <div>
          <dt>Contradicted</dt>
          <dd>{profile.contradicted}</dd>
        </div>
        <div>
          <dt>Not contradicted, not confirmed</dt>
          <dd>{profile.compatibleOnly}</dd>
        </div>
        <div>
          <dt>Alone or not compared</dt>
          <dd>{profile.standalone}</dd>
        </div>
        <div>
          <dt>Contradict its own figures</dt>
          <dd>{profile.selfContradicting}</dd>
        </div>
      </dl>
      {onGrade && (
        <GradeForm
          legend={
            <>
              Your reliability grade<span className="visually-hidden"> for {source.name}</span>
            </>
          }
          options={OPTIONS}
          current={grade}
          maxReason={GRADE_REASON_MAX}
          onSave={onGrade}
        />
      )}
      {profile.distanceCount > 0 && <Distances sourceId={source.id} count={profile.distanceCount} />}
    </li>
  );
}

/** Each source's kind, alignment and agreement profile, with the user's grade beside the evidence. The worker sends the
 * cards a page at a time: a large dataset has thousands of sources. */
export function SourcesPage() {
  const [asked, setAsked] = useState(SOURCE_PAGE_SIZE);
  const { query, progress } = useSourcesSlice(asked);
  const { editable, sourceGrades, saveSourceGrade } = useGrades();
  const copy = useCopyPublished();
  const { search } = useLocation();
  useDocumentTitle('Sources');
  return (
    <>
      <h1>Sources and how their figures hold up</h1>
      <p className="lede">
        Each figure counts once. Contradicted: another independent source gives a figure that cannot also be true. Corroborated: another
        independent source gives an overlapping specific figure. Not contradicted, not confirmed: the only overlapping figures are open or
        vague (“at least”, “scores”). Alone: nothing comparable. The grade is yours to set; the counts are the evidence beside it.
      </p>
      {editable && (
        <p>
          <Link to={{ pathname: '/workbench/sources', search }}>Edit the sources of this workspace</Link>: who each is, the side it is tied
          to, the body it speaks for.
        </p>
      )}
      {!editable && <CopyIntoWorkspaceButton onCopy={() => copy.mutate(PUBLISHED_COPY_NAME)} pending={copy.isPending} error={copy.error} />}
      <QueryState query={query} what="the dataset" progress={progress}>
        {({ cards, total, distance, marks }) => {
          if (total === 0) {
            return (
              <EmptyState title="No source has a figure under these filters">
                <p>Clear or widen the filters.</p>
              </EmptyState>
            );
          }
          return (
            <>
              {distance.dots.length > 0 && (
                <figure className="chart-figure">
                  <DistanceChart model={distance} marks={marks} />
                  <figcaption className="chart-note">
                    {distance.omittedLanes > 0 &&
                      `The ${distance.lanes.length} sources with the most comparable figures are drawn; ${distance.omittedLanes.toLocaleString('en-GB')} more are in the list below. `}
                    {distance.omittedDots > 0 &&
                      `A source contradicted on more than ${MAX_DOTS_PER_LANE} measures shows ${MAX_DOTS_PER_LANE} of them, spread from the nearest to the farthest; its card below lists them all (${distance.omittedDots.toLocaleString('en-GB')} marks not drawn). `}
                    Each mark is one measure where the source is contradicted. Triangles: its figure is the higher one; squares: the lower
                    one. The axis counts how many times apart. Marks at the right edge have no multiple (shares apart by percentage points,
                    or a figure against zero): a mark’s tooltip, and the list below, say how far apart they are.
                  </figcaption>
                </figure>
              )}
              <SourceCardList
                cards={cards}
                total={total}
                asked={asked}
                onMore={(shown) => setAsked(shown + SOURCE_PAGE_SIZE)}
                card={({ source, profile }) => (
                  <ProfileCard
                    key={source.id}
                    source={source}
                    profile={profile}
                    grade={asInput(sourceGrades.get(source.id))}
                    onGrade={editable ? (g) => saveSourceGrade({ sourceId: source.id, grade: g }) : null}
                  />
                )}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
