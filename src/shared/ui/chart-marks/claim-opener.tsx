// How a chart mark opens its claim: in the app, by moving to the claim's page; an embed supplies its own way (a new tab).
import { createContext, useCallback, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** Opens a claim's page, keeping the view's filters. Null: no chart mark can open a claim here. */
export type ClaimOpener = ((claimId: string) => void) | null;

export const ClaimOpenerContext = createContext<ClaimOpener>(null);

/** Opens claims through the app's router, with the address's search string (the view's workspace and filters). One
 * function for the app's life: the charts that use it are not drawn again each time the address changes. */
export function RouterClaimOpener({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const { search } = useLocation();
  const latest = useRef({ navigate, search });
  useLayoutEffect(() => {
    latest.current = { navigate, search };
  });
  const open = useCallback((claimId: string) => {
    void latest.current.navigate({ pathname: `/claims/${encodeURIComponent(claimId)}`, search: latest.current.search });
  }, []);
  return <ClaimOpenerContext value={open}>{children}</ClaimOpenerContext>;
}
