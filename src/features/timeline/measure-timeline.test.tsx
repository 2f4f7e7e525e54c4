import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { serveDataset } from '../../testing/serve-dataset';
import { shippedManyTimes } from '../../testing/real-dataset';
import { TimelinePage } from './timeline-page';

describe('the timeline’s per-measure tab', () => {
  it('says so when the link names a measure with no figures, shows the busiest instead, and keeps the choice in the address', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TimelinePage />, { route: '/timeline?of=no-such-measure' });
    const alert = await screen.findByText(/The link asks for the measure “no-such-measure”/, {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Showing “ISIS fighters killed in Palmyra, 11 December 2016” instead');
    expect(screen.getByRole('tab', { name: 'How the figures moved' })).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'How the figures moved' });
    // The text alternative lists the measure's three figures by date.
    expect(within(panel).getAllByRole('row')).toHaveLength(4);
    await user.selectOptions(within(panel).getByLabelText('Measure'), 'ancient-site-intact-palmyra-2016');
    expect(await within(panel).findByRole('heading', { name: 'Share of Palmyra’s ancient site intact, March 2016' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('of')).toBe('ancient-site-intact-palmyra-2016');
    expect(screen.queryByText(/The link asks for the measure/)).not.toBeInTheDocument();
    expect(within(panel).getAllByRole('cell', { name: /date of the report \(when it was said is not stated\)/ })).toHaveLength(2);
  }, 30_000);
});

describe('the measure picker of a dataset with hundreds of measures', () => {
  it('is a search box whose suggestions name every measure, and picking one shows it', async () => {
    serveDataset(shippedManyTimes(5));
    renderWithProviders(<TimelinePage />, { route: '/timeline' });
    const panel = await screen.findByRole('tabpanel', { name: 'How the figures moved' }, { timeout: 10_000 });
    const box = await within(panel).findByRole('combobox', { name: 'Find another measure' }, { timeout: 10_000 });
    expect(within(panel).getByText(/^215 measures: type part of a name/)).toBeInTheDocument();
    const suggestions = [...(document.getElementById(box.getAttribute('list') ?? '')?.querySelectorAll('option') ?? [])].map(
      (o) => o.value,
    );
    expect(suggestions).toHaveLength(215);
    // The copies share labels and counts: each suggestion still names one measure.
    expect(new Set(suggestions).size).toBe(215);
    const wanted = suggestions.find((s) => s.startsWith('Share of Palmyra’s ancient site intact, March 2016') && s.endsWith('-3]'));
    if (!wanted) throw new Error('no suggestion for the ancient site’s fourth copy');
    fireEvent.change(box, { target: { value: wanted } });
    expect(await within(panel).findByRole('heading', { name: 'Share of Palmyra’s ancient site intact, March 2016' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('of')).toBe('ancient-site-intact-palmyra-2016-3');
  }, 30_000);
});
