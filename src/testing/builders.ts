// Small records for engine tests: ids and figures from the test, everything else from the schema's defaults.
import type { z } from 'zod';
import { claimSchema, measureSchema, sourceSchema, type Claim, type Measure, type Source } from '../domain/schema';

/** A source named after its id in capitals; `parentId` ties it to an organisation. */
export function testSource(id: string, parentId: string | null = null): Source {
  return sourceSchema.parse({ id, name: id.toUpperCase(), kind: 'monitoring group', alignment: 'x', description: '', parentId });
}

/** A measure counting people unless the test says otherwise. */
export function testMeasure(x: Partial<z.input<typeof measureSchema>> & { id: string }): Measure {
  return measureSchema.parse({ label: x.id, unit: 'people', description: '', ...x });
}

let seq = 0;

/** The words a report would print for [low, high]: "12", "20 to 25", "at least 40", "up to 300". */
function writtenAs(low: number | null, high: number | null): string {
  if (low !== null && high !== null) return low === high ? String(low) : `${low} to ${high}`;
  if (low !== null) return `at least ${low}`;
  return high !== null ? `up to ${high}` : 'any number';
}

/** A closed-interval claim [low, high]; ids run c001, c002… unless `extra` sets one. */
export function testClaim(
  claimantId: string,
  measureId: string,
  low: number | null,
  high: number | null,
  extra: Partial<Claim> = {},
): Claim {
  return claimSchema.parse({
    id: `c${String(++seq).padStart(3, '0')}`,
    articleId: 'a',
    quote: 'q',
    span: [0, 1],
    claimantId,
    outletId: 'outlet',
    via: [],
    measureId,
    period: null,
    per: null,
    statedOn: null,
    place: 'Palmyra',
    value: {
      low,
      high,
      lowInclusive: true,
      highInclusive: true,
      approximate: false,
      asWritten: writtenAs(low, high),
      interpretation: null,
    },
    ...extra,
  });
}
