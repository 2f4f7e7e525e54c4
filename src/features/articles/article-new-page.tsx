import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { putRecords } from '../../service/store/workspaces';
import { workspaceQueries } from '../../api/workspace-queries';
import { QueryState } from '../../shared/ui/query-state';
import type { Dataset } from '../../domain/schema';
import { useWorkspaceId } from '../../api/active-dataset';
import { useCatalogue } from '../../api/use-dataset-slice';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { buildArticle, EMPTY_ARTICLE_DRAFT, NEW_SOURCE, type ArticleDraft, type ArticleField, type FieldErrors } from './article-draft';
import { describedBy, ErrorSummary, Field, NoWorkspace, TextField } from '../../shared/ui/form-field';
import { ArticleCitationFields } from './article-citation-fields';
import { ArticleDateFields } from './article-date-fields';
import { ARTICLE_FILE_TYPES, isHtmlFileName, readArticleFile } from './html-to-text';
import { randomId } from './record-ids';
import './articles.css';

const LABELS: Record<ArticleField, string> = {
  form: 'Form',
  text: 'Text',
  title: 'Headline',
  outletId: 'Outlet',
  newOutletName: 'Name of the new outlet',
  byline: 'Byline',
  publishedAt: 'Date published',
  publishedAtEvidence: 'Evidence for the date',
  url: 'Web address',
  accessedOn: 'Date accessed',
  archiveUrl: 'Archived copy',
  language: 'Language',
};

interface OpenedFile {
  name: string;
  fromHtml: boolean;
}

function AddArticleForm({ dataset, workspaceId }: { dataset: Dataset; workspaceId: string }) {
  const id = useId();
  const navigate = useNavigate();
  const { search } = useLocation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<ArticleDraft>(EMPTY_ARTICLE_DRAFT);
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors<ArticleField>>({});
  const outlets = dataset.sources.filter((s) => s.kind === 'outlet').sort((a, b) => a.name.localeCompare(b.name));
  const set = <K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const save = useMutation({
    mutationFn: async (result: Extract<ReturnType<typeof buildArticle>, { ok: true }>) => {
      await putRecords(
        workspaceId,
        { articles: [result.article], sources: result.sources },
        new Map([[result.file, result.text]]),
        undefined,
        ['articles', 'sources'],
      );
      return result.article.id;
    },
    onSuccess: async (articleId) => {
      await client.invalidateQueries({ queryKey: workspaceQueries.all });
      void navigate({ pathname: `/workbench/articles/${encodeURIComponent(articleId)}`, search });
    },
  });

  const openFile = async (picked: File | undefined) => {
    setFileError(null);
    if (!picked) return;
    const result = await readArticleFile(picked);
    if (!result.ok) {
      setFileError(result.error);
      return;
    }
    setFile({ name: picked.name, fromHtml: isHtmlFileName(picked.name) });
    setDraft((d) => ({ ...d, text: result.text, title: d.title === '' ? result.title : d.title }));
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const result = buildArticle(draft, dataset, randomId('user'));
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    save.mutate(result);
  };

  const f = (name: string) => `${id}-${name}`;
  return (
    <form className="record-form" noValidate onSubmit={submit} aria-labelledby={f('heading')}>
      <h1 id={f('heading')}>Add an article</h1>
      <p className="lede">
        The text is kept exactly as you give it, spaces and line breaks included: claims point into it by position, so it is never tidied.
        From an HTML file only the text is kept.
      </p>
      <ErrorSummary errors={errors} labels={LABELS} />
      <fieldset>
        <legend>Text</legend>
        <Field
          id={f('file')}
          label="Open a file"
          hint="Plain text (.txt), Markdown (.md) or a saved web page (.html)."
          error={fileError ?? undefined}
        >
          <input
            type="file"
            accept={[...ARTICLE_FILE_TYPES, 'text/plain', 'text/markdown', 'text/html'].join(',')}
            onChange={(e) => void openFile(e.target.files?.[0])}
            {...describedBy(f('file'), fileError ?? undefined, true)}
          />
        </Field>
        {file ? (
          <div className="opened-file">
            <p>
              Opened <strong>{file.name}</strong>: {draft.text.length.toLocaleString('en-GB')} characters
              {file.fromHtml && ', the page’s text without its markup, scripts and styles'}.{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setFile(null);
                  set('text', '');
                }}
              >
                Use pasted text instead
              </button>
            </p>
            <div className="article-text article-preview" tabIndex={0} role="region" aria-label="Text that will be stored">
              {draft.text}
            </div>
            {errors.text && (
              <p className="field-error" role="alert">
                {errors.text}
              </p>
            )}
          </div>
        ) : (
          <Field id={f('text')} label="Or paste the article’s text" error={errors.text}>
            <textarea
              rows={12}
              value={draft.text}
              spellCheck={false}
              onChange={(e) => set('text', e.target.value)}
              {...describedBy(f('text'), errors.text)}
            />
          </Field>
        )}
      </fieldset>
      <fieldset>
        <legend>About the article</legend>
        <TextField id={f('title')} label="Headline" error={errors.title} value={draft.title} onChange={(v) => set('title', v)} />
        <Field id={f('outlet')} label="Outlet" hint="The newspaper, site or agency that published it." error={errors.outletId}>
          <select
            value={draft.outletId}
            onChange={(e) => set('outletId', e.target.value)}
            {...describedBy(f('outlet'), errors.outletId, true)}
          >
            <option value="">Choose an outlet…</option>
            {outlets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
            <option value={NEW_SOURCE}>A new outlet…</option>
          </select>
        </Field>
        {draft.outletId === NEW_SOURCE && (
          <TextField
            id={f('new-outlet')}
            label="Name of the new outlet"
            error={errors.newOutletName}
            value={draft.newOutletName}
            onChange={(v) => set('newOutletName', v)}
          />
        )}
        <TextField
          id={f('byline')}
          label="Byline (optional)"
          error={errors.byline}
          value={draft.byline}
          onChange={(v) => set('byline', v)}
        />
        <ArticleDateFields idOf={f} draft={draft} errors={errors} set={set} />
      </fieldset>
      <ArticleCitationFields idOf={f} draft={draft} errors={errors} set={set} />
      {save.isError && (
        <p role="alert" className="field-error">
          Not saved: {save.error instanceof Error ? save.error.message : String(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save the article'}
        </button>
        <Link to={{ pathname: '/workbench', search }}>Cancel</Link>
      </div>
    </form>
  );
}

/** Adds an article to the open workspace: pasted or opened text, stored verbatim, with its outlet and date. */
export function AddArticlePage() {
  useDocumentTitle('Add an article');
  const [workspaceId] = useWorkspaceId();
  const { query } = useCatalogue(workspaceId !== null);
  if (workspaceId === null) return <NoWorkspace />;
  return (
    <QueryState query={query} what="the workspace">
      {(data) => <AddArticleForm dataset={data.records} workspaceId={workspaceId} />}
    </QueryState>
  );
}
