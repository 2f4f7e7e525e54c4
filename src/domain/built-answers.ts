// A large published dataset also carries the data service's answers to the first questions of its heaviest views
// (timeline, sources, matrix), asked unfiltered and made at build from the sealed records: those views need every claim
// parsed and judged, which at 200,000 claims takes several seconds. Each answer is a file named after its question.
import { fnv1a } from './fnv1a';

/** The questions the build may answer. */
export type BuiltName = 'timeline' | 'measureTimeline' | 'timelineRows' | 'sources' | 'matrix';

/** An answer the build made, with the question it answers (without the dataset's key). */
export interface BuiltAnswer {
  name: string;
  asked: unknown;
  answer: unknown;
}

/**
 * JSON with every object's keys in order, at every level: equal values give equal text whatever order their keys were
 * set in (the page builds its questions, the build writes them).
 * @example canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The file that holds the build's answer to question `name` asked with `asked`, if the build made one.
 * @example builtAnswerFile('matrix', { q: '' }) // 'answers/matrix-….json' (the hash of '{"q":""}')
 */
export function builtAnswerFile(name: string, asked: unknown): string {
  return `answers/${name}-${fnv1a(canonicalJson(asked)).toString(16).padStart(8, '0')}.json`;
}

/** The text of a built answer: JSON, with each Map written as `{ "$map": [[key, value], …] }` (a matrix row's cells are
 * one). */
export function builtAnswerJson(built: BuiltAnswer): string {
  return JSON.stringify(built, (_key, v: unknown) => (v instanceof Map ? { $map: [...v] } : v));
}

/**
 * A built answer read back from its text, its Maps made again.
 * @example parseBuiltAnswer('{"name":"m","asked":{},"answer":{"$map":[["a",1]]}}').answer // Map { 'a' => 1 }
 */
export function parseBuiltAnswer(text: string): BuiltAnswer {
  // The cast is the seal's promise: the build wrote this text from a BuiltAnswer (builtAnswerJson).
  return JSON.parse(text, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && '$map' in v && Array.isArray(v.$map)
      ? new Map(v.$map as [unknown, unknown][])
      : v,
  ) as BuiltAnswer;
}

/** Whether a built answer is the one to question `name` asked with `asked`: the file's name is a hash, so two questions
 * could share one; the question written inside it cannot. */
export function answers(built: BuiltAnswer, name: string, asked: unknown): boolean {
  return built.name === name && canonicalJson(built.asked) === canonicalJson(asked);
}
