// The kind of a new source guessed from its name ("Russian Defence Ministry" → government), so a suggested claimant needs
// only its side typed. A guess the user can change, never a fact: no name word → no guess.
import type { SourceKind } from '../schema';

/** A whole-word pattern that also works for scripts without ASCII word characters (Arabic). */
function whole(alternatives: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
}

/** Name words per kind (any case), then acronyms (exact case, so French "un" is not the UN); most specific kind first. */
const KIND_WORDS: ReadonlyArray<readonly [SourceKind, string, string]> = [
  ['state media', String.raw`state (?:tv|television|media|news agency|broadcaster)|ria novosti|sputnik`, 'SANA|TASS|RT'],
  [
    'international organisation',
    String.raw`united nations|world health organi[sz]ation|red cross|red crescent|european union|nations unies|naciones unidas|nações unidas|vereinte nationen`,
    'UN|UNESCO|UNICEF|UNHCR|OCHA|WHO|ICRC|NATO|EU|ONU|OMS|OIAC|OPCW',
  ],
  ['news agency', String.raw`reuters|associated press|agence|agencia|agência|nachrichtenagentur|anadolu|dpa|news agency`, 'AFP|AP|EFE'],
  ['monitoring group', String.raw`observatory|observatoire|observatorio|observatório|beobachtungsstelle|monitor|watch|المرصد`, ''],
  ['activist group', String.raw`activists?|activist group|coordination|activistas?|aktivisten`, ''],
  ['military', String.raw`army|military|armed forces|air force|navy|general staff|armée|ejército|exército|armee|الجيش`, ''],
  [
    'government',
    String.raw`ministry|minister|directorate|ministère|ministre|ministerio|ministro|ministério|ministerium|government|gouvernement|gobierno|governo|regierung|president|presidency|governor|mayor|authorities|autorités|autoridades|behörden|official|وزارة|الحكومة`,
    '',
  ],
  ['armed group', String.raw`rebels?|rebelles?|rebeldes?|militia|milice|islamic state|jihadists?|insurgents?`, 'ISIS|ISIL|IS|Daesh'],
  ['analyst', String.raw`analyst|analyste|analista|analytiker`, ''],
  ['expert', String.raw`professor|expert|experte?|archaeologist|archéologue|arqueólogo|researcher|scholar|historian|doctor`, 'Dr'],
];

const PATTERNS = KIND_WORDS.map(([kind, anyCase, exactCase]) => ({
  kind,
  anyCase: whole(anyCase, 'iu'),
  exactCase: exactCase === '' ? null : whole(exactCase, 'u'),
}));

/** The kind a source's name suggests, or '' when no word of it does. */
export function guessSourceKind(name: string): SourceKind | '' {
  for (const { kind, anyCase, exactCase } of PATTERNS) if (anyCase.test(name) || exactCase?.test(name)) return kind;
  return '';
}
