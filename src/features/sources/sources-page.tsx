import { useMemo } from 'react';
import { EmptyState, QueryState } from '../../components/query-state';
import { indexDataset, sourceName } from '../../domain/lookups';
import type { Source } from '../../domain/schema';
import type { SourceProfile } from '../../domain/analysis-types';
import { RELIABILITY_GRADES, RELIABILITY_LABELS, useSourceGrades, type SourceGrade } from '../../lib/grades';
import { useFilteredAnalysis } from '../../lib/use-analysis';
import { DistanceChart } from './distance-chart';
import { toDistanceRows } from './to-distance-rows';

function GradeEditor({
  source,
  grade,
  onChange,
}: {
  source: Source;
  grade: SourceGrade | undefined;
  onChange: (g: SourceGrade | null) => void;
}) {
  const id = `grade-${source.id}`;
  return (
    <div className="grade-editor">
      <label htmlFor={id}>Your reliability grade</label>
      <select
        id={id}
        value={grade?.grade ?? ''}
        onChange={(e) =>
          onChange(e.target.value === '' ? null : { grade: e.target.value as SourceGrade['grade'], reason: grade?.reason ?? '' })
        }
      >
        <option value="">Not graded</option>
        {RELIABILITY_GRADES.map((g) => (
          <option key={g} value={g}>
            {g}: {RELIABILITY_LABELS[g]}
          </option>
        ))}
      </select>
      {grade && (
        <label>
          Reason{' '}
          <input type="text" value={grade.reason} maxLength={2000} onChange={(e) => onChange({ ...grade, reason: e.target.value })} />
        </label>
      )}
    </div>
  );
}

function ProfileCard({
  source,
  profile,
  grade,
  onGrade,
}: {
  source: Source;
  profile: SourceProfile;
  grade: SourceGrade | undefined;
  onGrade: (g: SourceGrade | null) => void;
}) {
  const headingId = `source-${source.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{source.name}</h2>
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
          <dt>Stand alone</dt>
          <dd>{profile.standalone}</dd>
        </div>
        <div>
          <dt>Contradict its own figures</dt>
          <dd>{profile.selfContradicting}</dd>
        </div>
      </dl>
      <GradeEditor source={source} grade={grade} onChange={onGrade} />
      {profile.distances.length > 0 && (
        <details>
          <summary>Distance from the others, measure by measure</summary>
          <ul>
            {profile.distances.map((d) => (
              <li key={d.groupId}>{d.text}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/** Each source's kind, alignment and agreement profile, with the user's grade beside the evidence. */
export function SourcesPage() {
  const { query, filtered, progress } = useFilteredAnalysis();
  const { grades, setGrade, persistent } = useSourceGrades();
  const index = useMemo(() => (filtered ? indexDataset(filtered.dataset) : null), [filtered]);
  const distance = useMemo(
    () => (filtered && index ? toDistanceRows(filtered.analysis.profiles, filtered.analysis.groups, (id) => sourceName(index, id)) : null),
    [filtered, index],
  );
  return (
    <>
      <h1>Sources and how their figures hold up</h1>
      <p className="lede">
        Corroborated: another independent source gives an overlapping figure. Contradicted: another independent source gives a figure that
        cannot also be true. The grade is yours to set; the counts are the evidence beside it.
      </p>
      {!persistent && <p role="alert">This browser is not saving your grades: they will be lost when you close the tab.</p>}
      <QueryState query={query} what="the dataset" progress={progress}>
        {() => {
          if (!filtered || !index || !distance) return null;
          const profiles = [...filtered.analysis.profiles].sort(
            (a, b) => b.made - a.made || sourceName(index, a.sourceId).localeCompare(sourceName(index, b.sourceId)),
          );
          if (profiles.length === 0) {
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
                  <DistanceChart model={distance} />
                  <figcaption className="chart-note">
                    Each mark is one measure. Triangles: figures above the consensus (or the other sources); squares: below; circles: in
                    agreement. The axis counts how many times apart.
                  </figcaption>
                </figure>
              )}
              <ul className="card-list">
                {profiles.map((profile) => {
                  const source = index.sources.get(profile.sourceId);
                  if (!source) return null;
                  return (
                    <ProfileCard
                      key={profile.sourceId}
                      source={source}
                      profile={profile}
                      grade={grades.get(source.id)}
                      onGrade={(g) => setGrade(source.id, g)}
                    />
                  );
                })}
              </ul>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
