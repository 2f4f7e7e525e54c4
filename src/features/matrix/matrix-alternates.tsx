import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CellClaims } from './cell-claims';
import { CellMark, cellClass } from './cell-mark';
import { chunkColumns, type MatrixColumn, type MatrixModel } from '../../domain/view-models/matrix-model';

/** Phones: one card per measure listing each source's figures, in the matrix's column order. */
export function MatrixCards({ model, search }: { model: MatrixModel; search: string }) {
  return (
    <ol className="card-list matrix-cards" aria-label="Measures and the sources’ figures">
      {model.rows.map(({ group, cells, statuses }) => {
        const headingId = `matrix-card-${group.id}`;
        return (
          <li key={group.id} className="card" aria-labelledby={headingId}>
            <h2 id={headingId}>
              <Link to={{ pathname: `/compare/${encodeURIComponent(group.id)}`, search }}>{group.label}</Link>{' '}
              <span className="muted">({group.unit})</span>
            </h2>
            <dl className="matrix-card-sources">
              {model.columns.map((column) => {
                const figures = cells.get(column.id);
                if (!figures) return null;
                return (
                  <div key={column.id}>
                    <dt>{column.name}</dt>
                    <dd className={cellClass(statuses.get(column.id))}>
                      <CellClaims
                        mark={<CellMark status={statuses.get(column.id) ?? null} />}
                        figures={figures}
                        search={search}
                        groupId={group.id}
                        limit={Infinity}
                      />
                    </dd>
                  </div>
                );
              })}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}

/** Sources per printed table: a portrait page holds the measure column and about five sources legibly. */
const PRINT_COLUMNS = 5;

/** Print: the matrix in tables of a few sources each, so every source's column is on paper. */
export function MatrixPrint({
  model,
  search,
  header,
}: {
  model: MatrixModel;
  search: string;
  header: (column: MatrixColumn) => ReactNode;
}) {
  const chunks = chunkColumns(model.columns, PRINT_COLUMNS);
  return (
    <div className="matrix-print">
      {chunks.map((columns, i) => {
        const from = i * PRINT_COLUMNS + 1;
        // A measure with no figure from these sources would print as an empty row: it is left out of this table.
        const rows = model.rows.filter(({ cells }) => columns.some((c) => cells.has(c.id)));
        return (
          <table key={columns[0]?.id ?? from} className="matrix-print-table">
            <caption>
              Sources {from}–{from + columns.length - 1} of {model.columns.length}
              {rows.length < model.rows.length && `: the ${rows.length} measures with a figure from them`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                {columns.map((c) => (
                  <th scope="col" key={c.id}>
                    {header(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ group, cells, statuses }) => (
                <tr key={group.id}>
                  <th scope="row">
                    {group.label} <span className="muted">({group.unit})</span>
                  </th>
                  {columns.map((c) => {
                    const figures = cells.get(c.id);
                    return (
                      <td key={c.id} className={figures ? cellClass(statuses.get(c.id)) : undefined}>
                        {figures && (
                          <CellClaims
                            mark={<CellMark status={statuses.get(c.id) ?? null} />}
                            figures={figures}
                            search={search}
                            groupId={group.id}
                            limit={Infinity}
                          />
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
