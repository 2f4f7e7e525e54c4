import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, setDbForTesting } from '../../service/store/workspace-db';
import { createWorkspace, readWorkspace, type WorkspaceContent } from '../../service/store/workspaces';
import { loadShippedDataset, readArticleText } from '../../testing/real-dataset';
import { renderWithProviders } from '../../testing/render';
import { WorkbenchPage } from './workbench-page';

const published = (): WorkspaceContent => {
  const dataset = loadShippedDataset();
  return { dataset, texts: new Map(dataset.articles.map((a) => [a.file, readArticleText(a.file)])) };
};

beforeEach(async () => {
  const db = createDb(new IDBFactory(), IDBKeyRange);
  await db.open();
  setDbForTesting({ db, persistent: true, reason: null });
});

const FILE_LABEL = 'Bundle file (.json.gz or .json) or claims CSV (.csv)';
// "Figure" is not a header the app knows, so the user maps it by hand.
const HEADER = 'claim id;article;quote;claimant;measure;Figure;low;place';
const ROW_1 =
  'x-1;a-000;More than 900 raids targeted the city in the past two weeks;Palmyra Revolution Coordination;air-raids-palmyra-2016;More than 900;900;Palmyra';
const ROW_2 =
  'x-2;a-000;We are seeing hundreds of rockets and shells a day;palmyra-activist;rockets-shells-palmyra-2016;hundreds;200;Palmyra';
const csvFile = (rows: string[], name = 'claims.csv') => new File([[HEADER, ...rows].join('\r\n')], name, { type: 'text/csv' });

describe('importing a claims CSV', () => {
  it('shows the mapping, names the bad row and field, imports nothing until it is fixed, then imports all', async () => {
    const ws = await createWorkspace('Base', 'published', published());
    const before = (await readWorkspace(ws.id)).content.dataset.claims.length;
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: `/workbench?ws=${ws.id}` });

    await user.upload(await screen.findByLabelText(FILE_LABEL), csvFile([ROW_1, ROW_2.replace(';200;', ';two hundred;')]));
    const panel = await screen.findByRole('region', { name: 'Claims from “claims.csv”' });
    expect(await within(panel).findByText(/2 rows below the header, separated by semicolons\./)).toBeInTheDocument();
    expect(within(panel).getByLabelText('Column “quote”')).toHaveValue('quote');
    expect(within(panel).getByLabelText('Column “Figure”')).toHaveValue('');
    expect(within(panel).getByRole('status')).toHaveTextContent(
      'Choose the columns below: nothing will be imported until every field a claim needs has one.',
    );
    expect(within(panel).getByText('No column fills “as written”, which every claim needs: choose one.')).toBeInTheDocument();

    await user.selectOptions(within(panel).getByLabelText('Column “Figure”'), 'as written');
    // The rows are checked again in the data service, where the workspace is read: wait for the new verdict.
    expect(await within(panel).findByText('1 row has problems: nothing will be imported.')).toHaveAttribute('role', 'status');
    expect(
      within(panel).getByText('claims.csv › row 3 › low: expected a number such as 900 or 12.5, not "two hundred"'),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Import the claims' })).toBeDisabled();
    // The first rows as read, by field.
    const row2 = within(panel).getByRole('heading', { name: 'Row 2' }).parentElement!;
    expect(within(row2).getByText('as written').nextSibling).toHaveTextContent('More than 900');
    expect((await readWorkspace(ws.id)).content.dataset.claims).toHaveLength(before);

    // The fixed file, picked again.
    await user.upload(screen.getByLabelText(FILE_LABEL), csvFile([ROW_1, ROW_2], 'fixed.csv'));
    const fixed = await screen.findByRole('region', { name: 'Claims from “fixed.csv”' });
    await user.selectOptions(await within(fixed).findByLabelText('Column “Figure”'), 'as written');
    expect(await within(fixed).findByText('2 claims ready to import.')).toHaveAttribute('role', 'status');
    await user.click(within(fixed).getByRole('button', { name: 'Import 2 claims into “Base”' }));
    expect(await screen.findByText('Imported 2 claims from “fixed.csv” into “Base”.')).toBeInTheDocument();
    const claims = (await readWorkspace(ws.id)).content.dataset.claims;
    expect(claims).toHaveLength(before + 2);
    const added = claims.find((c) => c.id === 'x-2');
    expect(added?.claimantId).toBe('palmyra-activist');
    expect(added?.value.low).toBe(200);
    expect(screen.queryByRole('region', { name: /Claims from/ })).not.toBeInTheDocument();
  });

  it('with the published dataset open, asks for a workspace first', async () => {
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: '/workbench' });
    await user.upload(await screen.findByLabelText(FILE_LABEL), csvFile([ROW_1]));
    expect(await screen.findByText(/Claims from a CSV go into a workspace, and the published dataset is open\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });

  it('refuses a file that is not text, naming it', async () => {
    const ws = await createWorkspace('Base', 'published', published());
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: `/workbench?ws=${ws.id}` });
    await user.upload(await screen.findByLabelText(FILE_LABEL), new File([new Uint8Array([0x50, 0x4b, 0x00, 0x03])], 'sheet.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“sheet.csv” was refused');
    expect(alert).toHaveTextContent('sheet.csv: this is a binary file (it contains NUL bytes), not a CSV file of claims');
  });
});
