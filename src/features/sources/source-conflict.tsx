// What the user sees when their save of a source was refused because it changed, or went, in another tab since they opened it.
import type { RecordConflict } from '../../service/store/workspaces';
import { RecordConflictView, type RecordConflictKind } from '../../shared/ui/record-conflict';
import { sourceSchema, type Source } from '../../domain/schema';
import { mergeSources, sourceFieldRows } from '../../domain/source-conflict-fields';

export interface SourceConflictProps {
  conflict: RecordConflict;
  mine: Source;
  base: Source | null;
  /** The workspace's sources, to name parent organisations. */
  sources: ReadonlyMap<string, Source>;
  busy: boolean;
  /** A problem with the version the user chose (a parent that now makes a loop, say). */
  problem: string | null;
  onSave: (source: Source, revision: number | null, stored: Source | null) => void;
  onDiscard: (message: string) => void;
}

/** The choice a refused save leaves the user, in plain words, for each way it can be refused. */
export function SourceConflict({ sources, ...props }: SourceConflictProps) {
  const kind: RecordConflictKind<Source> = {
    noun: 'source',
    nameOf: (s) => s.name,
    parse: (stored) => {
      const parsed = sourceSchema.safeParse(stored);
      return parsed.success ? parsed.data : null;
    },
    rows: (base, mine, stored) => sourceFieldRows(base, mine, stored, sources),
    merge: mergeSources,
  };
  return <RecordConflictView kind={kind} {...props} />;
}
