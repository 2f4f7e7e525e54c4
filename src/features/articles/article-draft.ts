// The "add an article" form as plain data, and its conversion into dataset records. The text is kept exactly as given:
// claims point into it by offsets, so not even whitespace may change.
import { articleSchema, sourceSchema, type Article, type Dataset, type Source } from '../../domain/schema';
import { articleTextProblem } from '../../domain/article-text-rules';
import { uniqueId } from './record-ids';

/** Select value meaning "create a new source with the name typed below". */
export const NEW_SOURCE = '__new__';

export interface ArticleDraft {
  text: string;
  title: string;
  /** An existing outlet's id, NEW_SOURCE, or '' when none is chosen. */
  outletId: string;
  newOutletName: string;
  byline: string;
  publishedAt: string;
  /** The article prints no date and none can be worked out: publishedAt is left null and the access date is required. */
  noDatePrinted: boolean;
  publishedAtInferred: boolean;
  publishedAtConfidence: 'high' | 'medium' | 'low';
  publishedAtEvidence: string;
  /** Where to find and check the article; each may be left empty. */
  url: string;
  accessedOn: string;
  archiveUrl: string;
  language: string;
}

export const EMPTY_ARTICLE_DRAFT: ArticleDraft = {
  text: '',
  title: '',
  outletId: '',
  newOutletName: '',
  byline: '',
  publishedAt: '',
  noDatePrinted: false,
  publishedAtInferred: false,
  publishedAtConfidence: 'high',
  publishedAtEvidence: '',
  url: '',
  accessedOn: '',
  archiveUrl: '',
  language: '',
};

export type ArticleField =
  | 'form'
  | 'text'
  | 'title'
  | 'outletId'
  | 'newOutletName'
  | 'byline'
  | 'publishedAt'
  | 'publishedAtEvidence'
  | 'url'
  | 'accessedOn'
  | 'archiveUrl'
  | 'language';
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

type ArticleResult =
  { ok: true; article: Article; sources: Source[]; file: string; text: string } | { ok: false; errors: FieldErrors<ArticleField> };

const FIELD_OF: Record<string, ArticleField> = {
  title: 'title',
  outlet: 'outletId',
  byline: 'byline',
  publishedAt: 'publishedAt',
  publishedAtEvidence: 'publishedAtEvidence',
  url: 'url',
  accessedOn: 'accessedOn',
  archiveUrl: 'archiveUrl',
  language: 'language',
};

/** The trimmed value, or null when nothing was typed. */
const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Whether text is an absolute http(s) address: only those become links in citations. */
function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Checks the draft and builds the article (and its new outlet, if any); `articleId` names the article and its text file. */
export function buildArticle(draft: ArticleDraft, dataset: Dataset, articleId: string): ArticleResult {
  const errors: FieldErrors<ArticleField> = {};
  if (draft.text.trim() === '') errors.text = 'Paste the article’s text or open a file.';
  else {
    // The article text rules of every way in (an opened file, an imported bundle), in the same words.
    const problem = articleTextProblem(draft.text);
    if (problem !== null) errors.text = `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`;
  }
  if (draft.title.trim() === '') errors.title = 'Give the article’s headline.';
  const undated = draft.noDatePrinted;
  if (!undated && draft.publishedAt === '') {
    errors.publishedAt = 'Give the date the article was published, or tick “No date printed”.';
  }
  if (undated && draft.accessedOn === '') {
    errors.accessedOn = 'Give the day you read the article: with no date printed, it is listed by that day.';
  }
  if (!undated && draft.publishedAtEvidence.trim() === '') {
    errors.publishedAtEvidence = draft.publishedAtInferred
      ? 'Say how the date was worked out.'
      : 'Say where the date comes from (for example “dateline printed above the headline”).';
  }

  const url = optional(draft.url);
  const archiveUrl = optional(draft.archiveUrl);
  const language = optional(draft.language);
  if (url !== null && !isWebAddress(url)) errors.url = 'Give the full web address, starting with https:// or http://.';
  if (archiveUrl !== null && !isWebAddress(archiveUrl)) {
    errors.archiveUrl = 'Give the archived copy’s full web address, starting with https:// or http://.';
  }
  if (language !== null && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) {
    errors.language = 'Give a language code such as “en”, “ar” or “pt-BR”.';
  }
  // An undated article needs its access date even when it was read on paper, so only a dated one ties it to an address.
  if (!undated && draft.accessedOn !== '' && url === null && archiveUrl === null) {
    errors.accessedOn = 'An access date goes with a web address: give the address too, or clear the date.';
  }

  const sources: Source[] = [];
  let outlet = draft.outletId;
  if (outlet === NEW_SOURCE) {
    const name = draft.newOutletName.trim();
    if (name === '') errors.newOutletName = 'Give the outlet’s name.';
    else {
      const existing = dataset.sources.find((s) => s.kind === 'outlet' && s.name.toLowerCase() === name.toLowerCase());
      if (existing) outlet = existing.id;
      else {
        const source = sourceSchema.parse({
          id: uniqueId(name, new Set(dataset.sources.map((s) => s.id)), 'outlet'),
          name,
          kind: 'outlet',
          alignment: 'independent',
          description: '',
          parentId: null,
        });
        sources.push(source);
        outlet = source.id;
      }
    }
  } else if (outlet === '') errors.outletId = 'Choose the outlet that published the article, or add one.';
  else if (!dataset.sources.some((s) => s.id === outlet && s.kind === 'outlet')) errors.outletId = 'This outlet is not in the workspace.';

  const file = `${articleId}.txt`;
  const parsed = articleSchema.safeParse({
    id: articleId,
    title: draft.title.trim(),
    outlet,
    outletNamedInText: true,
    outletEvidence: '',
    byline: draft.byline.trim() === '' ? null : draft.byline.trim(),
    publishedAt: undated ? null : draft.publishedAt,
    publishedAtEvidence: undated ? '' : draft.publishedAtEvidence.trim(),
    publishedAtInferred: !undated && draft.publishedAtInferred,
    publishedAtConfidence: !undated && draft.publishedAtInferred ? draft.publishedAtConfidence : 'high',
    file,
    url,
    accessedOn: optional(draft.accessedOn),
    archiveUrl,
    language,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF[String(issue.path[0])];
      if (field && !errors[field]) errors[field] = issue.message;
      else if (!field) errors.form ??= `${issue.path.join('.')}: ${issue.message}`;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, article: parsed.data, sources, file, text: draft.text };
}
