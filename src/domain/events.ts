import { z } from './zod';
import { isoDate } from './schema';

/** A dated event the articles report (a change of control), placed on timelines; its quote is evidence like a claim's. */
const controlEventSchema = z.object({
  id: z.string().min(1).max(200),
  date: isoDate,
  /** True when the article gives only the month or a relative day. */
  dateApproximate: z.boolean().default(false),
  label: z.string().min(1).max(500),
  /** Who held the place afterwards, as the article puts it. */
  controlAfter: z.string().min(1).max(200),
  articleId: z.string().min(1).max(200),
  quote: z.string().min(1).max(20_000),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
});

export const controlEventsSchema = z.array(controlEventSchema).max(10_000);

export type ControlEvent = z.infer<typeof controlEventSchema>;
