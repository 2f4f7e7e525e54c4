import type { WorkspaceProblem } from '../../service/store/workspaces';

const TABLE_NAMES: Record<WorkspaceProblem['table'], string> = {
  articles: 'article',
  sources: 'source',
  measures: 'measure',
  claims: 'claim',
};

/** Says which stored records of the open workspace could not be read and were left out; nothing when all were read. */
export function WorkspaceProblemsNotice({ problems }: { problems: readonly WorkspaceProblem[] }) {
  if (problems.length === 0) return null;
  const count = problems.length === 1 ? 'One record' : `${problems.length} records`;
  return (
    <div className="storage-warning workspace-problems" role="status">
      <p>
        <strong>
          {count} of this workspace could not be read and {problems.length === 1 ? 'is' : 'are'} left out
        </strong>{' '}
        (damaged in this browser’s storage). Everything else is shown. Re-enter {problems.length === 1 ? 'it' : 'them'}, or import a bundle
        exported earlier.
      </p>
      <ul>
        {problems.slice(0, 10).map((p) => (
          <li key={`${p.table}:${p.id}`}>
            {TABLE_NAMES[p.table]} <bdi>{p.id}</bdi>: <bdi>{p.message}</bdi>
          </li>
        ))}
        {problems.length > 10 && <li>… and {problems.length - 10} more</li>}
      </ul>
    </div>
  );
}
