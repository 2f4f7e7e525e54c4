import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodeBoundary, ErrorBoundary } from './error-boundary';
import { CodeLoadError, lazyCode } from './lazy-code';

// What Chromium says when a chunk cannot be fetched.
const refused = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/timeline-page-x1.js'));

function Broken(): never {
  throw new Error('boom');
}

describe('a view whose code did not download', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says the view did not load and offers a reload of the page, not a retry of the view', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Timeline = lazyCode<object>(refused);
    render(
      <ErrorBoundary what="the timeline">
        <Suspense fallback={<p>Loading the timeline…</p>}>
          <Timeline />
        </Suspense>
      </ErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The timeline did not load' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The app may have been updated since this page was opened, or the connection dropped.');
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(within(alert).queryByRole('button', { name: 'Reload this view' })).not.toBeInTheDocument();
  });

  it('keeps the download error as the cause', async () => {
    const error = await lazyCodeError();
    expect(error).toBeInstanceOf(CodeLoadError);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect((error.cause as TypeError).message).toBe('Failed to fetch dynamically imported module: /assets/timeline-page-x1.js');
  });

  it('renders the component once its code has arrived', async () => {
    const Loaded = lazyCode(() => Promise.resolve(({ name }: { name: string }) => <p>Hello {name}</p>));
    render(
      <Suspense fallback={null}>
        <Loaded name="reader" />
      </Suspense>,
    );
    expect(await screen.findByText('Hello reader')).toBeInTheDocument();
  });
});

describe('CodeBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('leaves the view around a chart whose code did not download, and says so in the chart’s place', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Chart = lazyCode<object>(refused);
    render(
      <ErrorBoundary what="the timeline">
        <h2>Deaths, by source</h2>
        <CodeBoundary what="the chart">
          <Suspense fallback={null}>
            <Chart />
          </Suspense>
        </CodeBoundary>
        <table aria-label="The chart as a table" />
      </ErrorBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The chart did not load. Reload the page');
    expect(screen.getByRole('heading', { name: 'Deaths, by source' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'The chart as a table' })).toBeInTheDocument();
  });

  it('passes any other error to the view’s boundary, whose “Reload this view” works', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function MaybeBroken() {
      return broken ? <Broken /> : <p>The chart</p>;
    }
    const user = userEvent.setup();
    render(
      <ErrorBoundary what="the timeline">
        <CodeBoundary what="the chart">
          <MaybeBroken />
        </CodeBoundary>
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Something went wrong in the timeline' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('boom');
    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Reload this view' }));
    expect(screen.getByText('The chart')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

async function lazyCodeError(): Promise<CodeLoadError> {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  let caught: unknown = null;
  const Failing = lazyCode<object>(refused);
  class Catch extends ErrorBoundary {
    override componentDidCatch(error: Error) {
      caught = error;
    }
  }
  render(
    <Catch what="the timeline">
      <Suspense fallback={null}>
        <Failing />
      </Suspense>
    </Catch>,
  );
  await screen.findByRole('alert');
  return caught as CodeLoadError;
}
