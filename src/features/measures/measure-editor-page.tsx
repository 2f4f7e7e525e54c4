// The workbench's measures: every measure of the open workspace, and a form to add one or edit one and its links.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { parseAsString, useQueryState } from 'nuqs';
import { workspaceQueries } from '../../api/workspace-queries';
import { useWorkspaceId } from '../../api/active-dataset';
import { useCatalogue, useMeasureClaims } from '../../api/use-dataset-slice';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { NoWorkspace } from '../../shared/ui/form-field';
import { QueryState } from '../../shared/ui/query-state';
import { ShowMore } from '../../shared/ui/show-more';
import {
  describeIncoming,
  describeLink,
  draftFromMeasure,
  emptyMeasureDraft,
  incomingLinks,
  type MeasureDraft,
} from '../../domain/measure-draft';
import type { Measure } from '../../domain/schema';
import { MeasureForm, type MeasureBase, type MeasureFormProps } from './measure-form';
import './measures.css';

function MeasureList({
  measures,
  figures,
  editing,
  search,
  onEdit,
}: {
  measures: readonly Measure[];
  /** Each measure's number of figures. */
  figures: ReadonlyMap<string, number>;
  editing: string | null;
  search: string;
  onEdit: (m: Measure) => void;
}) {
  const byId = new Map(measures.map((m) => [m.id, m]));
  const sorted = [...measures].sort((a, b) => a.label.localeCompare(b.label, 'en') || a.id.localeCompare(b.id, 'en'));
  if (sorted.length === 0) return <p className="muted">No measures yet: add the first one above, or add an article and its claims.</p>;
  return (
    <ShowMore
      items={sorted}
      step={50}
      render={(shown) => (
        <ul className="plain record-list measure-list">
          {shown.map((m) => {
            const count = figures.get(m.id) ?? 0;
            const incoming = incomingLinks(measures, m.id);
            return (
              <li key={m.id} className={editing === m.id ? 'is-current' : undefined}>
                <p>
                  <strong>{m.label}</strong>{' '}
                  <span className="muted">
                    · {m.unit}
                    {m.total !== null && ` of ${m.total}`}
                    {m.context && ' · background'} · {count === 1 ? '1 figure' : `${count.toLocaleString('en-GB')} figures`}
                  </span>
                </p>
                {m.comparableWith.map((c) => (
                  <p key={c.measureId}>{describeLink(c, byId)}</p>
                ))}
                {incoming.map(({ from, link }) => (
                  <p key={from.id} className="muted">
                    {describeIncoming(from, link)}
                  </p>
                ))}
                <p className="record-actions">
                  <button type="button" className="secondary" onClick={() => onEdit(m)}>
                    Edit<span className="visually-hidden"> {m.label}</span>
                  </button>
                  {count > 0 && (
                    <Link to={{ pathname: `/compare/${encodeURIComponent(m.id)}`, search }}>
                      Compare its figures<span className="visually-hidden">: {m.label}</span>
                    </Link>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    />
  );
}

/** A stored measure's form, once the claims on it are read (its whole and background flag are checked against them). */
function StoredMeasureForm({ measureId, ...props }: Omit<MeasureFormProps, 'claims'> & { measureId: string }) {
  const claims = useMeasureClaims(measureId);
  return (
    <QueryState query={claims} what="the figures on this measure">
      {(data) => <MeasureForm {...props} claims={data} />}
    </QueryState>
  );
}

interface EditorProps {
  workspaceId: string;
  measures: readonly Measure[];
  figures: ReadonlyMap<string, number>;
  revisions: ReadonlyMap<string, number>;
}

function MeasureEditor({ workspaceId, measures, figures, revisions }: EditorProps) {
  const client = useQueryClient();
  const [opened, setOpened] = useQueryState('measure', parseAsString.withOptions({ history: 'replace' }));
  const byId = new Map(measures.map((m) => [m.id, m]));
  // A revision missing from the map matches no stored row, so such a save is refused rather than written blind.
  const baseOf = (m: Measure): MeasureBase => ({ measure: m, revision: revisions.get(m.id) ?? 0 });
  const [form, setForm] = useState<{ key: number; draft: MeasureDraft; base: MeasureBase } | null>(() => {
    // A link such as "/workbench/measures?measure=…" opens that measure's form at once.
    const m = opened === null ? undefined : byId.get(opened);
    return m ? { key: 1, draft: draftFromMeasure(m), base: baseOf(m) } : null;
  });
  const [status, setStatus] = useState('');
  const open = (draft: MeasureDraft, base: MeasureBase) => {
    setForm((prev) => ({ key: (prev?.key ?? 0) + 1, draft, base }));
    void setOpened(base?.measure.id ?? null);
  };
  const close = () => {
    setForm(null);
    void setOpened(null);
  };
  const refresh = () => void client.invalidateQueries({ queryKey: workspaceQueries.all });
  const formProps = (draft: MeasureDraft, base: MeasureBase): Omit<MeasureFormProps, 'claims'> => ({
    workspaceId,
    measures,
    initial: draft,
    base,
    currentRevision: base ? (revisions.get(base.measure.id) ?? null) : null,
    onCancel: close,
    onEditOther: openById,
    onDiscarded: (message) => {
      close();
      setStatus(message);
      refresh();
    },
    onSaved: (measure, created) => {
      close();
      setStatus(`${created ? 'Added' : 'Saved'} the measure “${measure.label}”. Its comparisons show the change now.`);
      refresh();
    },
  });
  const openById = (id: string) => {
    const m = byId.get(id);
    if (m) open(draftFromMeasure(m), baseOf(m));
  };
  return (
    <>
      <div role="status" className="status-line">
        {status}
      </div>
      <p>
        <button type="button" onClick={() => open(emptyMeasureDraft(), null)}>
          Add a measure
        </button>
      </p>
      {form && (
        <section className="panel measure-panel" aria-label="Measure form">
          {form.base ? (
            <StoredMeasureForm key={form.key} measureId={form.base.measure.id} {...formProps(form.draft, form.base)} />
          ) : (
            <MeasureForm key={form.key} {...formProps(form.draft, null)} claims={[]} />
          )}
        </section>
      )}
      <h2>Measures ({measures.length.toLocaleString('en-GB')})</h2>
      <MeasureList
        measures={measures}
        figures={figures}
        editing={form?.draft.id ?? null}
        search={`?ws=${encodeURIComponent(workspaceId)}`}
        onEdit={(m) => open(draftFromMeasure(m), baseOf(m))}
      />
    </>
  );
}

/** The open workspace's measures: what each counts, and which others its figures can be set beside. */
export function MeasureEditorPage() {
  const [workspaceId] = useWorkspaceId();
  const { query } = useCatalogue(workspaceId !== null);
  useDocumentTitle('Measures in this workspace');
  if (workspaceId === null) return <NoWorkspace what="Measures are edited in" />;
  return (
    <>
      <p>
        <Link to={{ pathname: '/workbench', search: `?ws=${encodeURIComponent(workspaceId)}` }}>← Workbench</Link>
      </p>
      <h1>Measures in this workspace</h1>
      <p className="lede">
        A measure is what a figure counts. Figures are compared only within a measure, or across measures you link: the same thing, part of
        another (killed is part of killed and wounded), the rest of a whole, or the same thing in other units.
      </p>
      <QueryState query={query} what="the workspace">
        {(data) => (
          <MeasureEditor
            workspaceId={workspaceId}
            measures={data.records.measures}
            figures={data.figuresPerMeasure}
            revisions={data.revisions.measures}
          />
        )}
      </QueryState>
    </>
  );
}
