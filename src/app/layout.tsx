import { NavLink, Outlet, useLocation } from 'react-router';
import { FilterBar } from '../features/filters/filter-bar';
import { ErrorBoundary } from '../components/error-boundary';

const NAV = [
  { to: '/', label: 'Where accounts diverge', end: true },
  { to: '/matrix', label: 'Matrix', end: false },
  { to: '/timeline', label: 'Timeline', end: false },
  { to: '/sources', label: 'Sources', end: false },
];

/** Header, navigation and filters around every view. */
export function Layout() {
  const { search } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="brand">
          <NavLink to={{ pathname: '/', search }} className="brand-name">
            Corroborate
          </NavLink>
          <span className="brand-tagline">Conflicting figures from the news, side by side</span>
        </div>
        <nav aria-label="Views">
          <ul className="nav-list">
            {NAV.map((item) => (
              <li key={item.to}>
                {/* Links keep the filters, so switching view keeps the selection. */}
                <NavLink to={{ pathname: item.to, search }} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <ErrorBoundary what="the filters">
        <FilterBar />
      </ErrorBoundary>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Figures are quoted verbatim from the articles; readings of vague words are marked as interpretations. Dates marked “inferred” are
          not printed in the article.
        </p>
      </footer>
    </>
  );
}
