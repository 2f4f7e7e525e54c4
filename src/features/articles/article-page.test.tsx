import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { readWorkspace } from '../../service/store/workspaces';
import { renderWithProviders } from '../../testing/render';
import { ArticlePage } from './article-page';
import { ARTICLE_TEXT, EXISTING_CLAIM, freshWorkspace, smallDataset } from './test-workspace';

async function renderArticle(claims = [EXISTING_CLAIM]) {
  const ws = await freshWorkspace(smallDataset(claims));
  const view = renderWithProviders(
    <Routes>
      <Route path="/workbench/articles/:articleId" element={<ArticlePage />} />
    </Routes>,
    { route: `/workbench/articles/a-1?ws=${ws}` },
  );
  const region = await screen.findByRole('region', { name: 'Text of “Raids on Palmyra”' });
  // The first test also pays for loading the finder.
  await waitFor(() => expect(region.querySelector('mark.figure')).not.toBeNull(), { timeout: 5000 });
  return { ws, region, ...view };
}

async function storedClaims(ws: string) {
  return (await readWorkspace(ws)).content.dataset.claims;
}

describe('the article view', () => {
  it('shows the text verbatim with proposed figures as buttons and claimed quotes marked', async () => {
    const { region } = await renderArticle();
    expect(region.textContent).toBe(ARTICLE_TEXT);
    const figures = [...region.querySelectorAll('mark.figure')].map((m) => m.textContent);
    expect(figures).toEqual(expect.arrayContaining(['More than 900', '20 to 25 combat sorties daily', 'Dozens']));
    const sorties = within(region).getByRole('button', { name: '20 to 25 combat sorties daily' });
    expect(sorties).toHaveClass('in-claim');
    expect(sorties).toHaveAttribute('title', expect.stringContaining('20–25 a day'));
    expect(within(region).getByRole('button', { name: 'More than 900' })).not.toHaveClass('in-claim');
    // The review table offers the figures not yet claimed, and the side lists the existing claim.
    expect(await screen.findByRole('button', { name: 'Accept “More than 900”' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept “20 to 25 combat sorties daily”' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Claims from this article (1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete the claim “20 to 25”' })).toBeInTheDocument();
  });

  it('creates a claim from a highlighted figure, its quote the text at its span', async () => {
    const { ws, region } = await renderArticle([]);
    const user = userEvent.setup();
    await user.click(within(region).getByRole('button', { name: 'More than 900' }));
    const form = screen.getByRole('form', { name: 'New claim' });
    expect(within(form).getByText('“More than 900”')).toBeInTheDocument();
    expect(within(form).getByLabelText('Lowest value')).toHaveValue('900');
    expect(within(form).getByLabelText('Lowest value included (“at least”)')).not.toBeChecked();
    await user.click(within(form).getByRole('button', { name: 'End a word later' }));
    expect(within(form).getByText('“More than 900 raids”')).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('Claimant'), 'Palmyra activists (activist group)');
    await user.selectOptions(within(form).getByLabelText('Measure'), 'Air raids on Palmyra (raids)');
    await user.type(within(form).getByLabelText('Place'), 'Palmyra');
    await user.click(within(form).getByRole('button', { name: 'Save the claim' }));

    await screen.findByText('Saved the claim “More than 900”.');
    const [claim] = await storedClaims(ws);
    expect(claim).toMatchObject({
      quote: 'More than 900 raids',
      claimantId: 'activists',
      outletId: 'daily',
      measureId: 'raids',
      place: 'Palmyra',
      value: { low: 900, high: null, lowInclusive: false, asWritten: 'More than 900' },
    });
    expect(ARTICLE_TEXT.slice(...claim!.span)).toBe(claim!.quote);
    expect(await screen.findByRole('heading', { name: 'Claims from this article (1)' })).toBeInTheDocument();
  });

  it('opens the form from the keyboard and creates a new claimant and measure', async () => {
    const { ws, region } = await renderArticle([]);
    const user = userEvent.setup();
    within(region).getByRole('button', { name: 'Dozens' }).focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'New claim' });
    expect(within(form).getByRole('heading', { name: 'New claim' })).toHaveFocus();
    expect(within(form).getByLabelText('Interpretation')).toHaveValue('dozens');
    await user.selectOptions(within(form).getByLabelText('Claimant'), 'A new source…');
    await user.type(within(form).getByLabelText('Name of the new claimant'), 'Ministry spokesman');
    await user.selectOptions(within(form).getByLabelText('Kind of claimant'), 'military');
    await user.type(within(form).getByLabelText('Side'), 'Russian government');
    await user.selectOptions(within(form).getByLabelText('Measure'), 'A new measure…');
    await user.type(within(form).getByLabelText('What is counted, where and when'), 'Fighters killed in Palmyra');
    await user.type(within(form).getByLabelText('Unit'), 'people');
    await user.selectOptions(within(form).getByLabelText('Intermediary to add'), 'The Daily');
    await user.click(within(form).getByRole('button', { name: 'Add intermediary' }));
    await user.type(within(form).getByLabelText('Place'), 'Palmyra');
    await user.click(within(form).getByRole('button', { name: 'Save the claim' }));

    await screen.findByText('Saved the claim “Dozens”.');
    const { content } = await readWorkspace(ws);
    expect(content.dataset.claims[0]).toMatchObject({
      claimantId: 'ministry-spokesman',
      measureId: 'fighters-killed-in-palmyra',
      via: ['daily'],
      value: { low: 24, interpretation: { rule: 'dozens' } },
    });
    expect(content.dataset.sources.find((s) => s.id === 'ministry-spokesman')).toMatchObject({ kind: 'military' });
    expect(content.dataset.measures.find((m) => m.id === 'fighters-killed-in-palmyra')).toMatchObject({ unit: 'people' });
  });

  it('creates a new intermediary in place, and offers an existing source rather than a duplicate', async () => {
    const { ws, region } = await renderArticle([]);
    const user = userEvent.setup();
    await user.click(within(region).getByRole('button', { name: 'More than 900' }));
    const form = screen.getByRole('form', { name: 'New claim' });
    await user.selectOptions(within(form).getByLabelText('Claimant'), 'Palmyra activists (activist group)');
    await user.selectOptions(within(form).getByLabelText('Measure'), 'Air raids on Palmyra (raids)');
    await user.type(within(form).getByLabelText('Place'), 'Palmyra');
    await user.selectOptions(within(form).getByLabelText('Intermediary to add'), 'A new intermediary…');
    await user.click(within(form).getByRole('button', { name: 'Add intermediary' }));

    // A name the workspace already has is offered, not made twice.
    await user.type(within(form).getByLabelText('Name of the new intermediary'), 'Defence Ministry');
    expect(within(form).getByRole('status')).toHaveTextContent('Defence Ministry (military) is already in the workspace under this name.');
    await user.click(within(form).getByRole('button', { name: 'Save the claim' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Name of the new intermediary: “Defence Ministry” is already in the workspace as Defence Ministry: choose it instead.',
    );
    const name = within(form).getByLabelText('Name of the new intermediary');
    await user.clear(name);
    await user.type(name, 'Agence Levant');
    expect(within(form).queryByRole('status')).toBeNull();
    await user.selectOptions(within(form).getByLabelText('Kind of intermediary'), 'news agency');
    await user.type(within(form).getByLabelText('Side of the intermediary'), 'independent');
    expect(within(form).getByRole('list', { name: 'Intermediaries' })).toHaveTextContent('Agence Levant (new)');
    await user.click(within(form).getByRole('button', { name: 'Save the claim' }));

    await screen.findByText('Saved the claim “More than 900”.');
    const { content } = await readWorkspace(ws);
    expect(content.dataset.claims[0]).toMatchObject({ claimantId: 'activists', via: ['agence-levant'] });
    expect(content.dataset.sources.find((s) => s.id === 'agence-levant')).toEqual({
      id: 'agence-levant',
      name: 'Agence Levant',
      kind: 'news agency',
      alignment: 'independent',
      description: '',
      parentId: null,
      aliases: [],
    });
  });

  it('uses the existing source the typed intermediary names', async () => {
    const { ws, region } = await renderArticle([]);
    const user = userEvent.setup();
    await user.click(within(region).getByRole('button', { name: 'More than 900' }));
    const form = screen.getByRole('form', { name: 'New claim' });
    await user.selectOptions(within(form).getByLabelText('Claimant'), 'Palmyra activists (activist group)');
    await user.selectOptions(within(form).getByLabelText('Measure'), 'Air raids on Palmyra (raids)');
    await user.type(within(form).getByLabelText('Place'), 'Palmyra');
    await user.selectOptions(within(form).getByLabelText('Intermediary to add'), 'A new intermediary…');
    await user.click(within(form).getByRole('button', { name: 'Add intermediary' }));
    await user.type(within(form).getByLabelText('Name of the new intermediary'), 'the defence ministry');
    await user.click(within(form).getByRole('button', { name: 'Use Defence Ministry' }));
    expect(within(form).queryByLabelText('Name of the new intermediary')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Save the claim' }));
    await screen.findByText('Saved the claim “More than 900”.');
    const { content } = await readWorkspace(ws);
    expect(content.dataset.claims[0]).toMatchObject({ via: ['ministry'] });
    expect(content.dataset.sources.map((s) => s.id).sort()).toEqual(['activists', 'daily', 'ministry']);
  });

  it('quotes words selected in the text', async () => {
    const { region } = await renderArticle([]);
    const user = userEvent.setup();
    const first = region.firstChild!.firstChild!;
    const range = document.createRange();
    range.setStart(first, 0);
    range.setEnd(first, 'PALMYRA, Syria'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    fireEvent(document, new Event('selectionchange'));
    const quoteButton = screen.getByRole('button', { name: 'Quote the selected words' });
    await waitFor(() => expect(quoteButton).toBeEnabled());
    await user.click(quoteButton);
    const form = screen.getByRole('form', { name: 'New claim' });
    expect(within(form).getByText('“PALMYRA, Syria”')).toBeInTheDocument();
    expect(within(form).getByLabelText('Figure as written')).toHaveValue('PALMYRA, Syria');
    await user.click(within(form).getByRole('button', { name: 'Save the claim' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(/Lowest value: Give a lowest value, a highest value, or both/);
  });

  it('deletes a claim and brings it back with Undo', async () => {
    const { ws } = await renderArticle();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete the claim “20 to 25”' }));
    expect(await screen.findByText('Deleted the claim “20 to 25”.')).toBeInTheDocument();
    await waitFor(async () => expect(await storedClaims(ws)).toEqual([]));
    expect(await screen.findByRole('heading', { name: 'Claims from this article (0)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Restored the claim “20 to 25”.')).toBeInTheDocument();
    expect(await storedClaims(ws)).toEqual([EXISTING_CLAIM]);
    expect(await screen.findByRole('heading', { name: 'Claims from this article (1)' })).toBeInTheDocument();
  });

  it('edits a claim in place', async () => {
    const { ws } = await renderArticle();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit the claim “20 to 25”' }));
    const form = screen.getByRole('form', { name: 'Edit the claim' });
    const place = within(form).getByLabelText('Place');
    await user.clear(place);
    await user.type(place, 'Palmyra, Homs province');
    await user.click(within(form).getByRole('button', { name: 'Save the claim' }));
    await screen.findByText('Updated the claim “20 to 25”.');
    expect(await storedClaims(ws)).toEqual([{ ...EXISTING_CLAIM, place: 'Palmyra, Homs province' }]);
  });

  it('says so when the article is not in the workspace', async () => {
    const ws = await freshWorkspace();
    renderWithProviders(
      <Routes>
        <Route path="/workbench/articles/:articleId" element={<ArticlePage />} />
      </Routes>,
      { route: `/workbench/articles/nope?ws=${ws}` },
    );
    expect(await screen.findByText('No such article in this workspace')).toBeInTheDocument();
  });
});
