// What the user sees when their save of a measure was refused because it changed, or went, in another tab since they opened it.
import type { RecordConflict } from '../../service/store/workspaces';
import { RecordConflictView, type RecordConflictKind } from '../../shared/ui/record-conflict';
import { measureFieldRows, mergeMeasures } from '../../domain/measure-conflict-fields';
import { measureSchema, type Measure } from '../../domain/schema';

export interface MeasureConflictProps {
  conflict: RecordConflict;
  mine: Measure;
  base: Measure | null;
  /** The workspace's measures, to name the ones a link goes to. */
  measures: ReadonlyMap<string, Measure>;
  busy: boolean;
  /** A problem with the version the user chose (a merged link that no longer holds, say). */
  problem: string | null;
  onSave: (measure: Measure, revision: number | null, stored: Measure | null) => void;
  onDiscard: (message: string) => void;
}

/** The choice a refused save leaves the user, in plain words, for each way it can be refused. */
export function MeasureConflict({ measures, ...props }: MeasureConflictProps) {
  const kind: RecordConflictKind<Measure> = {
    noun: 'measure',
    nameOf: (m) => m.label,
    parse: (stored) => {
      const parsed = measureSchema.safeParse(stored);
      return parsed.success ? parsed.data : null;
    },
    rows: (base, mine, stored) => measureFieldRows(base, mine, stored, measures),
    merge: mergeMeasures,
  };
  return <RecordConflictView kind={kind} {...props} />;
}
