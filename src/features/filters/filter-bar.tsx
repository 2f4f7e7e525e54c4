import { memo, useCallback, useState } from 'react';
import { isUnfiltered, type FilterOption } from '../../domain/filter';
import { useFilters } from '../../api/url-state';
import { useFilterSummary } from '../../api/use-dataset-slice';

type ListKey = 'sources' | 'kinds' | 'alignments' | 'outlets' | 'measures' | 'places';

const LISTS: { key: ListKey; label: string }[] = [
  { key: 'sources', label: 'Source' },
  { key: 'kinds', label: 'Source kind' },
  { key: 'alignments', label: 'Alignment' },
  { key: 'outlets', label: 'Outlet' },
  { key: 'measures', label: 'Measure' },
  { key: 'places', label: 'Place' },
];

const CheckList = memo(function CheckList({
  label,
  listKey,
  options,
  selected,
  onChange,
}: {
  label: string;
  options: FilterOption[];
  selected: string[];
  onChange: (key: ListKey, next: string[]) => void;
  listKey: ListKey;
}) {
  // A folded list draws no boxes: a large dataset has thousands of sources, and drawing them all slows every change.
  const [open, setOpen] = useState(false);
  const chosen = new Set(selected);
  return (
    <details className="filter" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {label}
        {selected.length > 0 && <span className="filter-count"> ({selected.length})</span>}
      </summary>
      {open && (
        <fieldset>
          <legend className="visually-hidden">{label}</legend>
          {options.map((option) => (
            <label key={option.value} className="check">
              <input
                type="checkbox"
                checked={chosen.has(option.value)}
                onChange={(event) =>
                  onChange(listKey, event.target.checked ? [...selected, option.value] : selected.filter((v) => v !== option.value))
                }
              />
              <span>
                <bdi>{option.label}</bdi> <span className="muted">({option.count})</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </details>
  );
});

// Phones start with the filters folded so the findings come first.
function compactScreen(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(max-width: 600px)').matches;
}

/** Filters by source, kind, alignment, outlet, measure, place and date; all held in the URL. */
export function FilterBar() {
  const { data } = useFilterSummary().query;
  const [filters, setFilters] = useFilters();
  const setList = useCallback(
    (key: ListKey, next: string[]) => {
      setFilters({ [key]: next });
    },
    [setFilters],
  );
  if (!data) return null;
  const { options } = data;
  const shown = data.claimCount.toLocaleString('en-GB');
  const total = data.totalClaims.toLocaleString('en-GB');
  const active = !isUnfiltered(filters);

  return (
    <section className="filter-bar" aria-label="Filters">
      <details className="filter-panel" open={!compactScreen() || active}>
        <summary>Filters{active ? ` (${shown} of ${total} claims shown)` : ''}</summary>
        <div className="filter-row">
          {LISTS.map(({ key, label }) => (
            <CheckList key={key} listKey={key} label={label} options={options[key]} selected={filters[key]} onChange={setList} />
          ))}
          <div className="filter-dates">
            <label>
              Stated from{' '}
              <input
                type="date"
                value={filters.from ?? ''}
                min={options.dateRange?.min}
                max={options.dateRange?.max}
                onChange={(e) => setFilters({ from: e.target.value || null })}
              />
            </label>
            <label>
              to{' '}
              <input
                type="date"
                value={filters.to ?? ''}
                min={options.dateRange?.min}
                max={options.dateRange?.max}
                onChange={(e) => setFilters({ to: e.target.value || null })}
              />
            </label>
          </div>
        </div>
      </details>
      <p className="filter-status" aria-live="polite">
        {active ? `Showing ${shown} of ${total} claims.` : `All ${total} claims.`}{' '}
        {active && (
          <button type="button" className="link-button" onClick={() => setFilters(null)}>
            Clear filters
          </button>
        )}
      </p>
    </section>
  );
}
