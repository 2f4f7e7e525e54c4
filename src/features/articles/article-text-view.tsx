import { useEffect, useMemo, useRef, type KeyboardEvent, type Ref } from 'react';
import type { FigureCandidate } from '../../domain/figure-finder';
import { formatInterval } from '../../domain/format';
import type { Claim } from '../../domain/schema';
import { segmentText } from './text-segments';

/** The proposed reading of a figure in words: "more than 900 (a day)", with the vague-word reading when one applies. */
export function describeCandidate(candidate: FigureCandidate): string {
  const reading = formatInterval(candidate.value);
  const rate = candidate.per === 'day' ? ' a day' : candidate.overnight ? ' overnight' : '';
  const rule = candidate.value.interpretation ? `; ${candidate.value.interpretation.reading}` : '';
  return `${reading}${rate}${rule}`;
}

interface Props {
  text: string;
  label: string;
  candidates: readonly FigureCandidate[];
  claims: readonly Claim[];
  /** The candidate whose claim form is open, shown as current. */
  current: number | null;
  onPick: (index: number) => void;
  ref: Ref<HTMLDivElement>;
}

/**
 * The article text as React text children, with proposed figures as focusable marks and claimed quotes underlined. It
 * holds nothing but the text, so offsets of a selection inside it are offsets into the stored string.
 */
export function ArticleTextView({ text, label, candidates, claims, current, onPick, ref }: Props) {
  const segments = useMemo(
    () =>
      segmentText(
        text.length,
        candidates,
        claims.map((c) => ({ id: c.id, start: c.span[0], end: c.span[1] })),
      ),
    [text.length, candidates, claims],
  );
  const currentRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // A figure picked from the list is brought into view inside the text box, without moving the page.
    const mark = currentRef.current;
    const box = mark?.closest('.finder-text');
    if (!mark || !(box instanceof HTMLElement)) return;
    const above = mark.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientTop;
    if (above < 0 || above > box.clientHeight - mark.offsetHeight) box.scrollTop += above - box.clientHeight / 3;
  }, [current]);
  const activate = (event: KeyboardEvent, index: number) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onPick(index);
  };
  return (
    <div ref={ref} className="article-text finder-text" tabIndex={0} role="region" aria-label={label}>
      {segments.map((segment) => {
        const words = text.slice(segment.start, segment.end);
        const candidate = segment.candidate === null ? undefined : candidates[segment.candidate];
        if (candidate && segment.candidate !== null) {
          const index = segment.candidate;
          const classes = ['figure', segment.claimIds.length > 0 ? 'in-claim' : '', current === index ? 'is-current' : ''];
          return (
            <mark
              key={segment.start}
              ref={current === index ? currentRef : undefined}
              className={classes.filter(Boolean).join(' ')}
              role="button"
              tabIndex={0}
              title={`Proposed: ${describeCandidate(candidate)}. Press Enter to make it a claim.`}
              aria-current={current === index ? 'true' : undefined}
              onClick={() => onPick(index)}
              onKeyDown={(e) => activate(e, index)}
            >
              {words}
            </mark>
          );
        }
        if (segment.claimIds.length > 0) {
          return (
            <mark key={segment.start} className="claim-mark" title="Quoted by a claim">
              {words}
            </mark>
          );
        }
        return <span key={segment.start}>{words}</span>;
      })}
    </div>
  );
}
