// What every part of the claim form is given: the draft, a setter for one field, the errors by field, and the form's ids.
import type { FieldErrors } from './article-draft';
import type { ClaimDraft, ClaimField } from './claim-draft';

export interface ClaimPartProps {
  draft: ClaimDraft;
  set: <K extends keyof ClaimDraft>(key: K, value: ClaimDraft[K]) => void;
  errors: FieldErrors<ClaimField>;
  /** The form's id for a control, unique on the page. */
  f: (name: string) => string;
}
