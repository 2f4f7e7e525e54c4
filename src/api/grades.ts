// The analyst's grades in the active workspace: A–F per source, 1–6 per claim. The published dataset has none.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setClaimGrade, setSourceGrade } from '../service/store/workspaces';
import { workspaceQueries } from './workspace-queries';
import type { ClaimGradeRow, SourceGradeRow } from '../service/store/workspace-db';
import type { CredibilityGrade, ReliabilityGrade } from '../domain/grades';
import { useWorkspaceId } from './active-dataset';

const NO_SOURCE_GRADES: ReadonlyMap<string, SourceGradeRow> = new Map();
const NO_CLAIM_GRADES: ReadonlyMap<string, ClaimGradeRow> = new Map();

export interface SourceGradeInput {
  grade: ReliabilityGrade;
  reason: string;
}
export interface ClaimGradeInput {
  grade: CredibilityGrade;
  reason: string;
}

/** The grades of the active workspace and setters for them; `editable` is false on the published dataset. */
export function useGrades() {
  const [workspaceId] = useWorkspaceId();
  const client = useQueryClient();
  // Only a workspace has grades: the published dataset's records are not needed (nor fetched) here.
  const stored = useQuery({ ...workspaceQueries.summary(workspaceId ?? ''), enabled: workspaceId !== null });
  const workspace = workspaceId === null ? null : (stored.data ?? null);
  const need = (): string => {
    if (workspaceId === null) throw new Error('The published dataset is read-only: copy it into a workspace to grade.');
    return workspaceId;
  };
  // A grade moves only the workspace's grade revision: the summary with the grades (and the list order) is refetched, and
  // the records and their analyses, keyed on the records' revision, stay as they are.
  const refresh = () => client.invalidateQueries({ queryKey: workspaceQueries.all });
  const source = useMutation({
    mutationFn: ({ sourceId, grade }: { sourceId: string; grade: SourceGradeInput | null }) => setSourceGrade(need(), sourceId, grade),
    onSettled: refresh,
  });
  const claim = useMutation({
    mutationFn: ({ claimId, grade }: { claimId: string; grade: ClaimGradeInput | null }) => setClaimGrade(need(), claimId, grade),
    onSettled: refresh,
  });
  return {
    editable: workspaceId !== null && workspace !== null,
    sourceGrades: workspace?.sourceGrades ?? NO_SOURCE_GRADES,
    claimGrades: workspace?.claimGrades ?? NO_CLAIM_GRADES,
    saveSourceGrade: source.mutateAsync,
    saveClaimGrade: claim.mutateAsync,
  };
}
