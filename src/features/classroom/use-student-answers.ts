import { useCallback, useState } from 'react';
import type { Story } from '../../domain/schema';
import { answersKey, readAnswers, withAnswer, writeAnswers, type StudentAnswer, type StudentAnswers } from '../../domain/student-answers';

function readStored(story: Story): { answers: StudentAnswers; damaged: boolean } {
  try {
    return readAnswers(window.localStorage.getItem(answersKey(story.id)), story);
  } catch {
    // Storage blocked by the browser's settings: the student still works through the story, answers kept in the page.
    return { answers: new Map(), damaged: false };
  }
}

/**
 * A student's answers to a story, kept in this browser only (never sent anywhere). `saved` is false when the browser refused
 * to keep them (storage full or blocked), so the page can say they last only as long as the tab.
 */
export function useStudentAnswers(story: Story) {
  const [state, setState] = useState(() => ({ ...readStored(story), saved: true }));
  const answer = useCallback(
    (stepId: string, value: StudentAnswer) =>
      setState((current) => {
        const answers = withAnswer(current.answers, stepId, value);
        let saved = true;
        try {
          window.localStorage.setItem(answersKey(story.id), writeAnswers(story.id, answers));
        } catch {
          saved = false;
        }
        return { answers, damaged: current.damaged, saved };
      }),
    [story.id],
  );
  return { ...state, answer };
}
