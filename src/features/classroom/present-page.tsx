import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useWithWorkspace } from '../../api/active-dataset';
import type { Story, StoryStep } from '../../domain/schema';
import { isBlindStep, nextActionLabel, progressOf, stagesOf, visibilityOf } from '../../domain/story-steps';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { StepView } from './step-view';
import { WithStory } from './with-story';
import { usePresentation } from './use-presentation';
import './classroom.css';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** True when a key press belongs to a field (typing a tally), not to the presentation. */
function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function toggleFullScreen() {
  try {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  } catch {
    // Refused by policy, or not offered by this browser: the presentation stays in the window, which still works.
  }
}

function Presentation({ story }: { story: Story }) {
  const { position, blind, next, previous, go } = usePresentation(story);
  const withWorkspace = useWithWorkspace();
  const step = story.steps[position.step] as StoryStep;
  const stage = stagesOf(step, blind)[position.stage] ?? 'predict';
  const blindStep = isBlindStep(step, blind);
  const visibility = useMemo(() => visibilityOf(stage, blindStep), [stage, blindStep]);
  const progress = progressOf(story, blind, position);
  const action = nextActionLabel(story, blind, position);
  const [tallies, setTallies] = useState<ReadonlyMap<string, number[]>>(new Map());
  useDocumentTitle(`${step.title} — ${progress.label} — ${story.title}`);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      // Space on a button presses the button; arrows and page keys (what clickers send) always move.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      if (NEXT_KEYS.has(event.key)) next();
      else if (PREVIOUS_KEYS.has(event.key)) previous();
      else if (event.key === 'Home') go({ step: 0, stage: 0 });
      else if (event.key === 'End') go({ step: story.steps.length - 1, stage: 0 });
      else if (event.key === 'f' || event.key === 'F') toggleFullScreen();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous, go, story.steps.length]);

  const notesUrl = `${import.meta.env.BASE_URL}classroom/${encodeURIComponent(story.id)}/notes${withWorkspace(`?blind=${blind}`)}`;
  return (
    <div className="presenter">
      <header className="presenter-bar">
        <p className="presenter-story">{story.title}</p>
        <p className="presenter-progress">
          <span aria-live="polite">
            {progress.label}
            {blindStep && ` · ${stage === 'predict' ? 'sources hidden' : 'revealing'}`}
          </span>
          <progress max={1} value={progress.fraction} aria-label="Progress through the story" />
        </p>
      </header>
      <main id="main" tabIndex={-1}>
        <StepView
          key={step.id}
          step={step}
          visibility={visibility}
          tally={tallies.get(step.id)}
          onTally={(counts) => setTallies((t) => new Map(t).set(step.id, counts))}
        />
      </main>
      <footer className="presenter-controls">
        <button type="button" className="secondary" onClick={previous} disabled={position.step === 0 && position.stage === 0}>
          Back
        </button>
        <button type="button" onClick={next} disabled={action === null}>
          {action ?? 'End of the story'}
        </button>
        <button type="button" className="secondary" onClick={toggleFullScreen}>
          Full screen
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => window.open(notesUrl, `corroborate-notes-${story.id}`, 'popup,width=900,height=700')}
        >
          Open the presenter view
        </button>
        <Link to={{ pathname: '/classroom', search: withWorkspace() }}>Leave the presentation</Link>
        <span className="muted keys-hint">Arrow keys, Page Up and Page Down move; F for full screen.</span>
      </footer>
    </div>
  );
}

/** Presenter mode: a story full screen, one step at a time, driven by the keyboard or a clicker. */
export function PresentPage() {
  return <WithStory>{(story) => <Presentation story={story} />}</WithStory>;
}
