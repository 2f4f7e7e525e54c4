import type { Article } from '../../domain/schema';
import { SafeLink } from './safe-link';

/** "Portuguese (Brazil), pt-BR": the tag's name in English where the browser knows it, else the tag alone. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

/** Where an article can be found and checked: its address, when it was visited, an archived copy and its language, as
 * rows of a description list; the optional ones appear only when recorded. */
export function ArticleSourceDetails({ article }: { article: Pick<Article, 'url' | 'accessedOn' | 'archiveUrl' | 'language'> }) {
  return (
    <>
      <dt>Web address</dt>
      <dd>{article.url ? <SafeLink href={article.url} /> : 'Not recorded'}</dd>
      {article.accessedOn && (
        <>
          <dt>Accessed</dt>
          <dd>{article.accessedOn}</dd>
        </>
      )}
      {article.archiveUrl && (
        <>
          <dt>Archived copy</dt>
          <dd>
            <SafeLink href={article.archiveUrl} />
          </dd>
        </>
      )}
      {article.language && (
        <>
          <dt>Language</dt>
          <dd>{languageName(article.language)}</dd>
        </>
      )}
    </>
  );
}
