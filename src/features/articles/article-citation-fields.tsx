import type { ArticleDraft, ArticleField, FieldErrors } from './article-draft';
import { TextField } from '../../shared/ui/form-field';

/** The article form's optional fields for citations: where the article is online, when it was read, an archived copy and its language. */
export function ArticleCitationFields({
  idOf,
  draft,
  errors,
  set,
}: {
  idOf: (name: string) => string;
  draft: ArticleDraft;
  errors: FieldErrors<ArticleField>;
  set: (key: 'url' | 'accessedOn' | 'archiveUrl' | 'language', value: string) => void;
}) {
  return (
    <fieldset>
      <legend>{draft.noDatePrinted ? 'Where to find it, and when you read it' : 'Where to find it (optional, for citations)'}</legend>
      <TextField
        id={idOf('url')}
        label="Web address (optional)"
        hint="The article’s address, starting with https://."
        type="url"
        error={errors.url}
        value={draft.url}
        onChange={(v) => set('url', v)}
      />
      <TextField
        id={idOf('accessed')}
        label={draft.noDatePrinted ? 'Date accessed' : 'Date accessed (optional)'}
        hint={
          draft.noDatePrinted
            ? 'The day you read it: with no date printed, the article is listed by this day.'
            : 'The day you read it online: pages change.'
        }
        type="date"
        error={errors.accessedOn}
        value={draft.accessedOn}
        onChange={(v) => set('accessedOn', v)}
      />
      <TextField
        id={idOf('archive')}
        label="Archived copy (optional)"
        hint="A web archive’s copy of the page, e.g. https://web.archive.org/web/…"
        type="url"
        error={errors.archiveUrl}
        value={draft.archiveUrl}
        onChange={(v) => set('archiveUrl', v)}
      />
      <TextField
        id={idOf('language')}
        label="Language (optional)"
        hint="A language code: “en” for English, “ar” for Arabic, “pt-BR” for Brazilian Portuguese."
        error={errors.language}
        value={draft.language}
        onChange={(v) => set('language', v)}
      />
    </fieldset>
  );
}
