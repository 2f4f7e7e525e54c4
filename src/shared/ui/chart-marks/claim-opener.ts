// How a chart mark opens its claim: in the app, by moving to the claim's page; an embed supplies its own way (a new tab).
import { createContext } from 'react';

/** Opens a claim's page; the search string carries the view's filters. Null: the app's router does it. */
export type ClaimOpener = ((claimId: string, search: string) => void) | null;

export const ClaimOpenerContext = createContext<ClaimOpener>(null);
