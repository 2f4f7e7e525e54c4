import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useContext, useEffect, useState } from 'react';
import { eventQueries } from '../../api/events';
import { SlowAfterContext } from './query-state';
import type { ControlEvent } from '../../domain/events';
import { restartQuery } from '../../api/active-dataset';

function reason(error: unknown): string {
  return error instanceof Error ? error.message : 'events.json could not be read.';
}

/** The events file failed, or has not answered for ten seconds: the chart is drawn without the changes of control, and says so. */
export function EventsNotice({ events }: { events: UseQueryResult<ControlEvent[]> }) {
  const client = useQueryClient();
  const [attempt, setAttempt] = useState(0);
  const [slowAttempt, setSlowAttempt] = useState<number | null>(null);
  const slowAfter = useContext(SlowAfterContext);
  useEffect(() => {
    if (!events.isPending) return undefined;
    const timer = setTimeout(() => setSlowAttempt(attempt), slowAfter);
    return () => clearTimeout(timer);
  }, [events.isPending, attempt, slowAfter]);
  const slow = events.isPending && slowAttempt === attempt;
  if (!events.isError && !slow) return null;
  const retry = () => {
    // A new attempt gets its own ten seconds; a hung request is abandoned, not waited on.
    setAttempt((a) => a + 1);
    void restartQuery(client, eventQueries.list().queryKey);
  };
  return (
    <p role="alert" className="chart-note">
      The changes of control could not be loaded; the chart shows the figures without them.{' '}
      {/* Say why, so a reader can tell a missing file from a slow connection. */}
      {events.isError ? reason(events.error) : 'events.json has not arrived yet.'}{' '}
      <button type="button" onClick={retry} disabled={events.isFetching && !slow}>
        Retry
      </button>
    </p>
  );
}
