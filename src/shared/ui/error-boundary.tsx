import { Component, type ErrorInfo, type ReactNode } from 'react';
import { capitalise } from '../../domain/format';
import { CodeLoadError } from './lazy-code';
import { ReloadNotice } from './reload-notice';

interface Props {
  /** Names the view in the message, e.g. "the timeline". */
  what: string;
  /** When this changes (the page's path, say), a shown error is cleared: React keeps one boundary for every route. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Contains a crash to one view and offers to reload it; the rest of the app keeps working. A view whose code did not
 * download offers to reload the page instead: trying the view again would fail again. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // Navigating away from a crashed view must not carry its error into the next one.
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Keep the stack for whoever opens the console; the user sees the short message.
    console.warn(`View crashed: ${this.props.what}`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error instanceof CodeLoadError) {
      return (
        <div role="alert" className="state state-error">
          <h2>{capitalise(this.props.what)} did not load</h2>
          <p>The app may have been updated since this page was opened, or the connection dropped. The rest of the app still works.</p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      );
    }
    if (error) {
      return (
        <div role="alert" className="state state-error">
          <h2>Something went wrong in {this.props.what}</h2>
          <p>{error.message}</p>
          <p>The rest of the app still works. You can try this view again.</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Reload this view
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}

/** Around a part of a view loaded on demand (a chart, a dialog, a notice): if its code did not download, says so in
 * its place and offers a reload, and the view around it stays. Any other error goes on to the boundary above. */
export class CodeBoundary extends Component<{ what: string; children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error | null } {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error instanceof CodeLoadError) return <ReloadNotice what={capitalise(this.props.what)} />;
    // Thrown again from here, any other error reaches the boundary above.
    if (error !== null) throw error;
    return this.props.children;
  }
}
