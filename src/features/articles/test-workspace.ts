// Test helper: a fresh in-memory IndexedDB and a small workspace holding one article, for the article screens' tests.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb, setDbForTesting } from '../../service/store/workspace-db';
import { createWorkspace } from '../../service/store/workspaces';
import type { Claim, Dataset } from '../../domain/schema';

export const ARTICLE_TEXT =
  'PALMYRA, Syria (Agency) — More than 900 raids targeted the city in the past two weeks, activists said on Tuesday.\n\n' +
  'The Defence Ministry said its jets flew 20 to 25 combat sorties daily. Dozens of fighters were killed.\n';

export const EXISTING_CLAIM: Claim = {
  id: 'c-old',
  articleId: 'a-1',
  quote: '20 to 25 combat sorties daily',
  span: [ARTICLE_TEXT.indexOf('20 to 25'), ARTICLE_TEXT.indexOf('20 to 25') + '20 to 25 combat sorties daily'.length],
  claimantId: 'ministry',
  outletId: 'daily',
  via: [],
  measureId: 'sorties',
  value: { low: 20, high: 25, lowInclusive: true, highInclusive: true, approximate: false, asWritten: '20 to 25', interpretation: null },
  period: null,
  per: 'day',
  statedOn: null,
  statedOnInferred: false,
  statedOnEvidence: '',
  place: 'Palmyra',
  context: false,
  notes: '',
};

/** The workspace's dataset: one outlet, two claimants, one article, two measures; `claims` as given. */
export function smallDataset(claims: Claim[] = []): Dataset {
  return {
    articles: [
      {
        id: 'a-1',
        title: 'Raids on Palmyra',
        outlet: 'daily',
        outletNamedInText: true,
        outletEvidence: '',
        byline: null,
        publishedAt: '2016-03-23',
        publishedAtEvidence: 'dateline',
        publishedAtInferred: false,
        publishedAtConfidence: 'high',
        file: 'a-1.txt',
        url: null,
        accessedOn: null,
        archiveUrl: null,
        language: null,
      },
    ],
    sources: [
      { id: 'daily', name: 'The Daily', kind: 'outlet', alignment: 'independent', description: '', parentId: null, aliases: [] },
      {
        id: 'activists',
        name: 'Palmyra activists',
        kind: 'activist group',
        alignment: 'Syrian opposition',
        description: '',
        parentId: null,
        aliases: [],
      },
      {
        id: 'ministry',
        name: 'Defence Ministry',
        kind: 'military',
        alignment: 'Russian government',
        description: '',
        parentId: null,
        aliases: [],
      },
    ],
    measures: [
      { id: 'raids', label: 'Air raids on Palmyra', unit: 'raids', description: '', total: null, context: false, comparableWith: [] },
      { id: 'sorties', label: 'Sorties over Palmyra', unit: 'sorties', description: '', total: null, context: false, comparableWith: [] },
    ],
    claims,
  };
}

/** Opens a fresh database and creates a workspace in it; returns the workspace id. */
export async function freshWorkspace(dataset: Dataset = smallDataset(), texts = new Map([['a-1.txt', ARTICLE_TEXT]])): Promise<string> {
  const db = createDb(new IDBFactory(), IDBKeyRange);
  await db.open();
  setDbForTesting({ db, persistent: true, reason: null });
  const ws = await createWorkspace('Test', 'empty', { dataset, texts });
  return ws.id;
}
