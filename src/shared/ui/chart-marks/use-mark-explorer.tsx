// Marks a reader can explore: one tab stop per chart, arrow keys between marks, a tooltip on hover or focus placed by
// floating-ui, a polite live region for keyboard users, and Enter or a click to open the claim.
import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react';
import { use, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { passage, type MarkView } from '../../../domain/view-models/mark-tip';
import { ClaimOpenerContext } from './claim-opener';

/** The claim a mark opens (or null), its accessible name, and its tooltip's lines (the first is the heading). */
export type ExplorableMark = MarkView;

/** What a chart spreads onto each mark's <g>. */
export interface MarkProps {
  ref: (el: SVGGElement | null) => void;
  tabIndex: number;
  role: 'link' | 'img';
  'aria-label': string;
  className: string;
  'data-mark': number;
  onFocus: () => void;
  onBlur: () => void;
  onMouseEnter: (e: React.MouseEvent<SVGGElement>) => void;
  onMouseLeave: () => void;
  onClick: () => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>) => void;
}

const NEXT_KEYS = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'ArrowLeft']);

/** Roving focus, tooltip and live region over `marks` (in reading order); `focused` is the mark with keyboard focus, for a focus ring. */
export function useMarkExplorer(marks: readonly ExplorableMark[]): {
  markProps: (i: number) => MarkProps;
  focused: number | null;
  overlay: ReactNode;
} {
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const elements = useRef(new Map<number, SVGGElement>());
  const hideTimer = useRef<number | undefined>(undefined);
  const opener = use(ClaimOpenerContext);
  const tooltipId = useId();
  // The elements are state, not refs: the tooltip follows whichever mark is shown.
  const [reference, setReference] = useState<Element | null>(null);
  const [floating, setFloating] = useState<HTMLElement | null>(null);
  const { floatingStyles } = useFloating({
    elements: { reference, floating },
    placement: 'top',
    middleware: [offset(10), flip({ padding: 8 }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });
  // A chart drawn again with fewer marks keeps its one tab stop.
  const current = Math.min(active, Math.max(0, marks.length - 1));

  const cancelHide = () => window.clearTimeout(hideTimer.current);
  useEffect(() => () => window.clearTimeout(hideTimer.current), []);

  const show = useCallback((i: number, element: SVGGElement | undefined) => {
    cancelHide();
    if (element) setReference(element);
    setShown(i);
  }, []);
  const open = (i: number) => {
    const claimId = marks[i]?.claimId;
    // The same link as the lists beside the chart: the claim's page, with the view's workspace and filters kept.
    if (!claimId) return;
    opener?.(claimId);
  };
  const move = (i: number) => {
    const next = Math.max(0, Math.min(marks.length - 1, i));
    setActive(next);
    elements.current.get(next)?.focus();
  };

  const markProps = (i: number): MarkProps => {
    const mark = marks[i];
    return {
      ref: (el) => {
        if (!el) {
          elements.current.delete(i);
          return;
        }
        const previous = elements.current.get(i);
        elements.current.set(i, el);
        // Recharts draws a mark anew when the chart is laid out again (a change of control arriving widens the dates): the
        // old element leaves with the focus, and no blur says so. The new one takes the focus back.
        if (focused === i && previous !== el && (document.activeElement === null || document.activeElement === document.body)) {
          el.focus();
        }
      },
      tabIndex: i === current ? 0 : -1,
      role: mark?.claimId ? 'link' : 'img',
      'aria-label': mark?.name ?? '',
      className: 'chart-mark',
      'data-mark': i,
      onFocus: () => {
        setActive(i);
        setFocused(i);
        show(i, elements.current.get(i));
        setAnnouncement(mark ? passage(mark.lines) : '');
      },
      onBlur: () => {
        setFocused(null);
        setShown(null);
      },
      onMouseEnter: (e) => show(i, e.currentTarget),
      onMouseLeave: () => {
        // A short grace period lets the pointer move onto the tooltip without it vanishing (WCAG 1.4.13).
        cancelHide();
        hideTimer.current = window.setTimeout(() => setShown((s) => (s === i && focused !== i ? null : s)), 150);
      },
      onClick: () => open(i),
      onKeyDown: (e) => {
        if (NEXT_KEYS.has(e.key)) move(i + 1);
        else if (PREVIOUS_KEYS.has(e.key)) move(i - 1);
        else if (e.key === 'Home') move(0);
        else if (e.key === 'End') move(marks.length - 1);
        else if (e.key === 'Enter' || e.key === ' ') open(i);
        else if (e.key === 'Escape') setShown(null);
        else return;
        e.preventDefault();
      },
    };
  };

  const tip = shown === null ? undefined : marks[shown];
  const overlay = (
    <>
      {tip && (
        <div
          ref={setFloating}
          id={tooltipId}
          role="tooltip"
          className="chart-tooltip"
          style={floatingStyles}
          onMouseEnter={cancelHide}
          onMouseLeave={() => setShown((s) => (s === focused ? s : null))}
        >
          {tip.lines.map((line, i) => (i === 0 ? <strong key={i}>{line}</strong> : <span key={i}>{line}</span>))}
        </div>
      )}
      <p className="visually-hidden chart-announcer" aria-live="polite">
        {announcement}
      </p>
    </>
  );
  return { markProps, focused, overlay };
}
