// The import rule is tested, not trusted: each case lints a file as if it were in the project and expects the rule to fire.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
// Only the import rules run, without type information: the project's config as it is, at a fraction of a full lint's cost.
const eslint = new ESLint({
  cwd: ROOT,
  ruleFilter: ({ ruleId }) => ruleId.startsWith('import-x/'),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: false } } },
});

/** The rule ids ESLint reports for `code` written at `file` (a path inside the project). */
async function rulesFiredOn(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the import boundaries', () => {
  it('refuse an upward import: domain may not reach the api layer', async () => {
    const fired = await rulesFiredOn('src/domain/interval.ts', "import { ask } from '../api/service';\nexport const asking = ask;\n");
    expect(fired).toContain('import-x/no-restricted-paths');
  }, 120_000);

  it('refuse an upward import however it is spelt (through src)', async () => {
    const fired = await rulesFiredOn(
      'src/service/keys.ts',
      "import { useOverview } from '../../src/api/use-dataset-slice';\nexport const hook = useOverview;\n",
    );
    expect(fired).toContain('import-x/no-restricted-paths');
  }, 120_000);

  it('refuse one feature importing another, and the app importing test helpers', async () => {
    const sideways = await rulesFiredOn(
      'src/features/matrix/cell-claims.tsx',
      "import { SourcesPage } from '../sources/sources-page';\nexport const page = SourcesPage;\n",
    );
    expect(sideways).toContain('import-x/no-restricted-paths');
    const helpers = await rulesFiredOn(
      'src/app/app.tsx',
      "import { loadShippedDataset } from '../testing/real-dataset';\nexport const load = loadShippedDataset;\n",
    );
    expect(helpers).toContain('import-x/no-restricted-paths');
  }, 120_000);

  it('refuse a cycle: the formatting module importing the verdicts that import it', async () => {
    const fired = await rulesFiredOn(
      'src/domain/format.ts',
      "import { verdictOf } from './view-models/verdict';\nexport const verdict = verdictOf;\n",
    );
    expect(fired).toContain('import-x/no-cycle');
  }, 120_000);

  it('let a downward import through', async () => {
    const fired = await rulesFiredOn('src/api/dataset.ts', "import { PUBLISHED } from '../service/keys';\nexport const key = PUBLISHED;\n");
    expect(fired.filter((id) => id.startsWith('import-x/'))).toEqual([]);
  }, 120_000);
});
