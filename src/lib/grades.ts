// The user's own reliability grades (A–F) per source, kept in this browser. Unavailable storage falls back to memory.
import { useSyncExternalStore } from 'react';
import { z } from '../domain/zod';

export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const RELIABILITY_LABELS: Record<(typeof RELIABILITY_GRADES)[number], string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

const gradeSchema = z.object({ grade: z.enum(RELIABILITY_GRADES), reason: z.string().max(2_000) });
const storeSchema = z.record(z.string().max(200), gradeSchema);
export type SourceGrade = z.infer<typeof gradeSchema>;
type Store = Record<string, SourceGrade>;

const KEY = 'corroborate.source-grades.v1';
const listeners = new Set<() => void>();
let memory: Store = read();
let persistent = true;

function read(): Store {
  try {
    const raw = globalThis.localStorage.getItem(KEY);
    const parsed = storeSchema.safeParse(raw ? JSON.parse(raw) : {});
    // A corrupt entry is dropped rather than wiping every grade.
    return parsed.success ? parsed.data : {};
  } catch {
    persistent = false;
    return {};
  }
}

function write(next: Store) {
  memory = next;
  try {
    globalThis.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    persistent = false;
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    // Another tab changed the grades: take its copy.
    if (event.key === KEY) {
      memory = read();
      listener();
    }
  };
  globalThis.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener('storage', onStorage);
  };
}

/** All grades, a setter, and whether they are being saved. */
export function useSourceGrades() {
  const grades = useSyncExternalStore(subscribe, () => memory);
  const setGrade = (sourceId: string, grade: SourceGrade | null) => {
    const next = new Map(Object.entries(memory));
    if (grade === null) next.delete(sourceId);
    else next.set(sourceId, grade);
    write(Object.fromEntries(next));
  };
  return { grades: new Map(Object.entries(grades)), setGrade, persistent };
}
