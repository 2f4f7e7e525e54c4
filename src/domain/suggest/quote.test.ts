import { describe, expect, it } from 'vitest';
import { suggestQuote } from './quote';

function quoteOf(text: string, figure: string): string {
  const at = text.indexOf(figure);
  const { span } = suggestQuote(text, [at, at + figure.length]);
  return text.slice(span[0], span[1]);
}

describe('suggestQuote', () => {
  it('extends the figure to its clause and what it counts', () => {
    const text = 'According to the monitor, more than 900 raids hit the city in two weeks, most of them at night.';
    expect(quoteOf(text, 'more than 900')).toBe('more than 900 raids hit the city in two weeks');
  });

  it('starts after "said that" and similar lead-ins', () => {
    expect(quoteOf('The Observatory said that at least 40 people were killed.', 'at least 40')).toBe('at least 40 people were killed');
  });

  it('keeps the subject when the figure is inside its clause', () => {
    const text = 'Russia’s bombing of the city has continued for twenty consecutive days, the group said.';
    expect(quoteOf(text, 'twenty')).toBe('Russia’s bombing of the city has continued for twenty consecutive days');
  });

  it('leaves citation markers out', () => {
    expect(quoteOf('The Red Cross put the number of missing at 10,000[2] while others disagreed.', '10,000')).toBe(
      'The Red Cross put the number of missing at 10,000',
    );
    expect(quoteOf('Casualties.[4] At least 12 people died.', 'At least 12')).toBe('At least 12 people died');
  });

  it('does not cut at the comma inside a number', () => {
    expect(quoteOf('Officials said 1,448 civilians died.', '1,448')).toBe('1,448 civilians died');
  });

  it('says why, and gives the figure alone when nothing surrounds it', () => {
    const text = '40.';
    const q = suggestQuote(text, [0, 2]);
    expect(q.span).toEqual([0, 2]);
    expect(q.why).toMatch(/figure alone/);
    expect(suggestQuote('At least 12 people died.', [0, 11]).why).toMatch(/^the clause that holds the figure: “At least 12 people died”$/);
  });
});
