import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { readWorkspace } from '../../service/store/workspaces';
import { renderWithProviders } from '../../testing/render';
import { AddArticlePage } from './article-new-page';
import { ArticlePage } from './article-page';
import { freshWorkspace } from './test-workspace';

function renderAt(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/workbench/articles/new" element={<AddArticlePage />} />
      <Route path="/workbench/articles/:articleId" element={<ArticlePage />} />
    </Routes>,
    { route },
  );
}

const HOSTILE_TEXT =
  '  Leading spaces, a\ttab,  two spaces <script>alert(1)</script> <img src=x onerror=alert(1)>\n\nMore than 900 raids.\n';

async function fillMetadata(user: ReturnType<typeof userEvent.setup>, title = 'Raids on Palmyra') {
  const headline = screen.getByLabelText('Headline');
  if ((headline as HTMLInputElement).value === '') await user.type(headline, title);
  await user.selectOptions(screen.getByLabelText('Outlet'), 'A new outlet…');
  await user.type(screen.getByLabelText('Name of the new outlet'), 'Arab News');
  fireEvent.change(screen.getByLabelText('Date published'), { target: { value: '2016-03-23' } });
  await user.type(screen.getByLabelText('Evidence for the date'), 'Dateline');
}

afterEach(() => {
  delete (window as { __ran?: boolean }).__ran;
});

describe('adding an article', () => {
  it('explains that a workspace is needed when none is open', () => {
    renderAt('/workbench/articles/new');
    expect(screen.getByRole('heading', { name: 'Open a workspace first' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the workbench' })).toHaveAttribute('href', '/workbench');
  });

  it('stores pasted text verbatim, markup included as plain text, and opens the article', async () => {
    const ws = await freshWorkspace();
    const user = userEvent.setup();
    renderAt(`/workbench/articles/new?ws=${ws}`);
    await user.click(await screen.findByLabelText('Or paste the article’s text'));
    await user.paste(HOSTILE_TEXT);
    await fillMetadata(user);
    await user.click(screen.getByRole('button', { name: 'Save the article' }));

    const region = await screen.findByRole('region', { name: 'Text of “Raids on Palmyra”' });
    expect(region.textContent).toBe(HOSTILE_TEXT);
    expect(document.querySelector('script, img')).toBeNull();
    const { content } = await readWorkspace(ws);
    const article = content.dataset.articles.find((a) => a.title === 'Raids on Palmyra' && a.id !== 'a-1')!;
    expect(article).toMatchObject({ outlet: 'arab-news', publishedAt: '2016-03-23', publishedAtEvidence: 'Dateline' });
    expect(article.file).toBe(`${article.id}.txt`);
    expect(content.texts.get(article.file)).toBe(HOSTILE_TEXT);
    expect(content.dataset.sources.find((s) => s.id === 'arab-news')).toMatchObject({ name: 'Arab News', kind: 'outlet' });
    expect(window.location.pathname).toBe(`/workbench/articles/${article.id}`);
    expect(new URLSearchParams(window.location.search).get('ws')).toBe(ws);
  });

  it('records where to find the article, refusing an address that is not a web address, and shows it on the article page', async () => {
    const ws = await freshWorkspace();
    const user = userEvent.setup();
    renderAt(`/workbench/articles/new?ws=${ws}`);
    await user.click(await screen.findByLabelText('Or paste the article’s text'));
    await user.paste('More than 900 raids.');
    await fillMetadata(user, 'Raids with sources');
    await user.type(screen.getByLabelText('Web address (optional)'), 'https://arabnews.example/raids');
    fireEvent.change(screen.getByLabelText('Date accessed (optional)'), { target: { value: '2026-01-05' } });
    await user.type(screen.getByLabelText('Archived copy (optional)'), 'archive.example/raids');
    await user.type(screen.getByLabelText('Language (optional)'), 'ar');
    await user.click(screen.getByRole('button', { name: 'Save the article' }));
    expect(screen.getByLabelText('Archived copy (optional)')).toHaveAccessibleDescription(
      /Give the archived copy’s full web address, starting with https:\/\/ or http:\/\/\./,
    );

    await user.clear(screen.getByLabelText('Archived copy (optional)'));
    await user.type(screen.getByLabelText('Archived copy (optional)'), 'https://archive.example/raids');
    await user.click(screen.getByRole('button', { name: 'Save the article' }));
    await screen.findByRole('region', { name: 'Text of “Raids with sources”' });
    const { content } = await readWorkspace(ws);
    const article = content.dataset.articles.find((a) => a.title === 'Raids with sources')!;
    expect(article).toMatchObject({
      url: 'https://arabnews.example/raids',
      accessedOn: '2026-01-05',
      archiveUrl: 'https://archive.example/raids',
      language: 'ar',
    });
    expect(screen.getByRole('link', { name: 'https://archive.example/raids' })).toHaveAttribute('href', 'https://archive.example/raids');
    expect(screen.getByText('2026-01-05')).toBeInTheDocument();
    expect(screen.getByText('Arabic (ar)')).toBeInTheDocument();
  });

  it('reduces an HTML file to its text without running or rendering any of it', async () => {
    const ws = await freshWorkspace();
    const user = userEvent.setup();
    renderAt(`/workbench/articles/new?ws=${ws}`);
    const html =
      '<html><head><title>Palmyra raids</title><script>window.__ran = true</script><style>p{}</style></head>' +
      '<body><p>More than 900 raids.</p><img src=x onerror="window.__ran = true"><script>alert(1)</script>' +
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p></body></html>';
    await user.upload(await screen.findByLabelText('Open a file'), new File([html], 'page.html', { type: 'text/html' }));

    const preview = await screen.findByRole('region', { name: 'Text that will be stored' });
    expect(preview.textContent).toBe('More than 900 raids.<script>alert(1)</script>');
    expect(screen.getByText(/the page’s text without its markup/)).toBeInTheDocument();
    expect(screen.getByLabelText('Headline')).toHaveValue('Palmyra raids');
    expect(document.querySelector('script, img')).toBeNull();

    await fillMetadata(user);
    await user.click(screen.getByRole('button', { name: 'Save the article' }));
    await screen.findByRole('region', { name: 'Text of “Palmyra raids”' });
    const { content } = await readWorkspace(ws);
    const article = content.dataset.articles.find((a) => a.title === 'Palmyra raids')!;
    expect(content.texts.get(article.file)).toBe('More than 900 raids.<script>alert(1)</script>');
    expect(document.querySelector('script, img')).toBeNull();
    expect((window as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it('shows each field’s error and saves nothing until they are fixed', async () => {
    const ws = await freshWorkspace();
    const user = userEvent.setup();
    renderAt(`/workbench/articles/new?ws=${ws}`);
    await user.click(await screen.findByRole('button', { name: 'Save the article' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading')).toHaveTextContent('5 things to fix');
    expect(screen.getByLabelText('Headline')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Headline')).toHaveAccessibleDescription('Give the article’s headline.');
    expect(screen.getByLabelText('Or paste the article’s text')).toHaveAccessibleDescription('Paste the article’s text or open a file.');
    await user.click(screen.getByLabelText(/The article prints no date/));
    expect(screen.getByLabelText('Confidence in the worked-out date')).toBeInTheDocument();
    await waitFor(async () => expect((await readWorkspace(ws)).content.dataset.articles).toHaveLength(1));
  });

  it('saves an article with no date printed, asking for the day it was read, and says so on its page', async () => {
    const ws = await freshWorkspace();
    const user = userEvent.setup();
    renderAt(`/workbench/articles/new?ws=${ws}`);
    await user.click(await screen.findByLabelText('Or paste the article’s text'));
    await user.paste('More than 900 raids hit the city, activists said.\n');
    await user.type(screen.getByLabelText('Headline'), 'Undated raids report');
    await user.selectOptions(screen.getByLabelText('Outlet'), 'The Daily');
    await user.click(screen.getByLabelText('No date printed, and none can be worked out from the text'));
    expect(screen.getByLabelText('Date published')).toBeDisabled();
    expect(screen.queryByLabelText('Evidence for the date')).toBeNull();
    expect(screen.getByLabelText('Date accessed')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save the article' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Date accessed: Give the day you read the article: with no date printed, it is listed by that day.',
    );

    fireEvent.change(screen.getByLabelText('Date accessed'), { target: { value: '2026-01-05' } });
    await user.click(screen.getByRole('button', { name: 'Save the article' }));
    await screen.findByRole('region', { name: 'Text of “Undated raids report”' });
    expect(screen.getByText(/The Daily, no date printed; accessed 5 January 2026/)).toBeInTheDocument();
    const { content } = await readWorkspace(ws);
    expect(content.dataset.articles.find((a) => a.title === 'Undated raids report')).toMatchObject({
      publishedAt: null,
      publishedAtEvidence: '',
      accessedOn: '2026-01-05',
    });
  });
});
