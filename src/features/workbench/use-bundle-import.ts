// The import panel's steps for a bundle: check it in the data service (with progress and Stop), show what it would change,
// then save it as a new workspace or merge it. The file's records never come to the page; only counts and errors do.
import { useEffect, useRef, useState } from 'react';
import { ask } from '../../api/service';
import type { ImportPreview } from '../../domain/bundle';
import type { CsvError, CsvTable } from '../../domain/claims-csv/read-table';
import type { DatasetError, MoreErrors } from '../../domain/validate-dataset';
import type { LoadProgress } from '../../service/progress';
import { isStopped } from '../../service/jobs';
import { isCsvFile, readClaimsCsvFile } from '../../service/store/import-csv';
import type { WorkspaceActions } from './use-workspace-actions';

export type Picked =
  | { state: 'checking'; fileName: string; message: string; stop: () => void }
  | { state: 'refused'; fileName: string; errors: (DatasetError | CsvError)[]; more?: MoreErrors | undefined; title: string }
  | { state: 'ready'; fileName: string; token: string; preview: ImportPreview }
  | { state: 'saving'; fileName: string; message: string; token: string; preview: ImportPreview; stop: (() => void) | null }
  | { state: 'csv'; fileName: string; table: CsvTable; pick: number };

const messageOf = (e: unknown) => String(e instanceof Error ? e.message : e);
const oneError = (fileName: string, message: string): DatasetError[] => [{ file: fileName, recordId: null, field: '', message }];

/** A bundle's name without its extensions, as the new workspace's name. */
export function workspaceNameFor(fileName: string): string {
  return fileName.replace(/(\.corroborate)?\.json(\.gz)?$/i, '') || 'Imported workspace';
}

export function useBundleImport({
  actions,
  activeName,
  onDone,
  onCleared,
}: {
  actions: WorkspaceActions;
  activeName: string | null;
  onDone: (message: string) => void;
  /** The file input is emptied, so the same file can be picked again. */
  onCleared: () => void;
}) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const picks = useRef(0);
  const check = useRef<AbortController | null>(null);
  const { workspaceId } = actions;

  // A check still running when the panel goes away is stopped; a bundle held for this panel is let go.
  useEffect(() => () => check.current?.abort(), []);
  const held = picked?.state === 'ready' || picked?.state === 'saving' ? picked.token : null;
  useEffect(() => {
    if (held === null) return;
    return () => void ask('dropBundle', { token: held }).catch(() => undefined);
  }, [held]);

  const clear = () => {
    check.current?.abort();
    setPicked(null);
    onCleared();
  };

  const refuse = (fileName: string, title: string, result: { errors: (DatasetError | CsvError)[]; more?: MoreErrors | undefined }) =>
    setPicked({ state: 'refused', fileName, title, errors: result.errors, more: result.more });

  const pick = async (file: File | undefined) => {
    if (!file) return;
    check.current?.abort();
    setNotice(null);
    const fileName = file.name;
    const refusedTitle = `“${fileName}” was refused`;
    if (isCsvFile(file)) {
      setPicked({ state: 'checking', fileName, message: `Reading “${fileName}”…`, stop: clear });
      const read = await readClaimsCsvFile(file);
      if (read.ok) setPicked({ state: 'csv', fileName, table: read.table, pick: ++picks.current });
      else refuse(fileName, refusedTitle, read);
      return;
    }
    const controller = new AbortController();
    check.current = controller;
    const stop = () => {
      controller.abort();
      setPicked(null);
      onCleared();
      setNotice(`Stopped checking “${fileName}”. Nothing was imported.`);
    };
    const onProgress = (progress: LoadProgress) => {
      if (!controller.signal.aborted) setPicked({ state: 'checking', fileName, message: progress.message, stop });
    };
    setPicked({ state: 'checking', fileName, message: `Reading “${fileName}”…`, stop });
    try {
      const result = await ask('checkBundle', { file, fileName, workspaceId }, controller.signal, onProgress);
      if (controller.signal.aborted) return;
      if (!result.ok) {
        refuse(fileName, refusedTitle, result);
        return;
      }
      setName(workspaceNameFor(fileName));
      setPicked({ state: 'ready', fileName, token: result.token, preview: result.preview });
    } catch (e) {
      if (isStopped(e)) return;
      refuse(fileName, `“${fileName}” could not be checked`, { errors: oneError(fileName, messageOf(e)) });
    } finally {
      if (check.current === controller) check.current = null;
    }
  };

  /** Saves the checked bundle as a new workspace, or merges it into the open one. Stop asks the service to stop; its
   * answer says whether the save was undone (nothing kept) or had already finished. */
  const save = async (how: 'new' | 'merge') => {
    if (picked?.state !== 'ready') return;
    const { fileName, token, preview } = picked;
    const { jobId, onProgress } = actions.startJob(how, (message, stop) =>
      setPicked({ state: 'saving', fileName, token, preview, message, stop }),
    );
    onProgress({ stage: 'save', message: how === 'new' ? 'Saving…' : 'Merging…' });
    setNotice(null);
    try {
      if (how === 'new') {
        const result = await actions.importNew.mutateAsync({ token, name, fileName, jobId, onProgress });
        if (!result.ok) {
          const title = result.reason === 'refused' ? `“${fileName}” cannot be a workspace on its own` : `“${fileName}” could not be saved`;
          refuse(fileName, title, result);
          return;
        }
        clear();
        onDone(`Imported “${fileName}” as the new workspace “${result.workspace.name}”, now open.`);
        return;
      }
      if (workspaceId === null) return;
      const result = await actions.merge.mutateAsync({ id: workspaceId, token, fileName, jobId, onProgress });
      if (!result.ok) {
        const title =
          result.reason === 'refused'
            ? `Merging “${fileName}” would break the workspace, so it was not merged`
            : `“${fileName}” could not be merged`;
        refuse(fileName, title, result);
        return;
      }
      clear();
      onDone(`Merged “${fileName}” into “${activeName ?? 'the open workspace'}”.`);
    } catch (e) {
      if (isStopped(e)) {
        // The service undid the save: the checked file is still held, so it can be saved again.
        setPicked({ state: 'ready', fileName, token, preview });
        setNotice(`Stopped ${how === 'new' ? 'saving' : 'merging'} “${fileName}”. Nothing was saved.`);
        return;
      }
      refuse(fileName, `“${fileName}” could not be ${how === 'new' ? 'saved' : 'merged'}`, { errors: oneError(fileName, messageOf(e)) });
    }
  };

  return { picked, name, setName, notice, pick, clear, save, workspaceId };
}
