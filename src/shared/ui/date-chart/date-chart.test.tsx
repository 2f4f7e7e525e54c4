import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { DateChartModel, DateMark } from '../../../domain/view-models/date-chart';
import { renderWithProviders } from '../../../testing/render';
import { useMarkExplorer } from '../chart-marks/use-mark-explorer';
import { DateChart } from './date-chart';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const measure = (text: string) => text.length * 8;

function mark(claimId: string, date: string, hollow: boolean, name: string): DateMark {
  return {
    claimId,
    label: claimId,
    time: at(date),
    date,
    hollow,
    low: 40,
    high: 400,
    lowOpen: false,
    highOpen: true,
    soft: false,
    point: false,
    status: null,
    text: 'at least 40 fighters',
    valueText: '≥ 40',
    name,
    lines: [name],
  };
}

const model: DateChartModel = {
  marks: [
    mark('c-said', '2016-12-11', false, 'SOHR, said 11 December 2016: at least 40 fighters'),
    mark('c-reported', '2016-12-12', true, 'MOD, reported 12 December 2016 (when it was said is not stated): at least 40 fighters'),
  ],
  domain: [at('2016-12-07'), at('2016-12-15')],
  valueDomain: [0, 400],
  unit: 'fighters',
  events: [{ id: 'e', time: at('2016-12-10'), date: '2016-12-10', label: 'ISIS retakes Palmyra' }],
  consensus: null,
  hollowCount: 1,
  notDrawn: [],
  truncated: false,
  drawableCount: 2,
};

function Chart({ drawn = model }: { drawn?: DateChartModel }) {
  const { markProps, focused, overlay } = useMarkExplorer(drawn.marks);
  return (
    <div>
      <DateChart model={drawn} width={800} fontSize={16} measure={measure} markProps={markProps} focused={focused} />
      {overlay}
    </div>
  );
}

describe('DateChart', () => {
  // One render for all checks: Recharts in jsdom takes about a second each time.
  it('draws one named link per figure in date order, hollow at the report’s date, with the event and the unit written', () => {
    const { container } = renderWithProviders(<Chart />);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual(model.marks.map((m) => m.name));
    // One tab stop for the chart.
    expect(links.map((l) => l.getAttribute('tabindex'))).toEqual(['0', '-1']);
    const fillOf = (name: RegExp) => screen.getByRole('link', { name }).querySelector('rect[stroke]')?.getAttribute('fill');
    expect(fillOf(/^MOD, reported/)).toBe('#fff');
    expect(fillOf(/^SOHR, said/)).toBe('url(#dm-c-said-0-fade)');
    // The open top ends in an arrowhead.
    expect(screen.getByRole('link', { name: /^SOHR/ }).querySelectorAll('polygon')).toHaveLength(1);
    expect(container.querySelector('.event-labels title')?.textContent).toBe('ISIS retakes Palmyra');
    const texts = Array.from(container.querySelectorAll('svg text')).map((t) => t.textContent);
    expect(texts).toContain('fighters');
    expect(texts).toContain('≥ 40');
  });

  it('keeps the keyboard focus on a figure when the chart is laid out again (a later change of control widens the dates)', () => {
    const wider: DateChartModel = {
      ...model,
      marks: model.marks.map((m) => ({ ...m })),
      domain: [at('2016-11-01'), at('2016-12-15')],
      events: [...model.events, { id: 'e2', time: at('2016-11-05'), date: '2016-11-05', label: 'Government forces retake Palmyra' }],
    };
    function Growing() {
      const [drawn, setDrawn] = useState(model);
      return (
        <>
          <Chart drawn={drawn} />
          <button type="button" onClick={() => setDrawn(wider)}>
            Widen
          </button>
        </>
      );
    }
    renderWithProviders(<Growing />);
    const before = screen.getByRole('link', { name: /^SOHR, said/ });
    act(() => before.focus());
    expect(before).toHaveFocus();
    // A click event that does not move the focus, as data arriving would not.
    fireEvent.click(screen.getByRole('button', { name: 'Widen' }));
    const after = screen.getByRole('link', { name: /^SOHR, said/ });
    // Recharts replaced the element; the focus moved to the new one.
    expect(after).not.toBe(before);
    expect(after).toHaveFocus();
  });
});
