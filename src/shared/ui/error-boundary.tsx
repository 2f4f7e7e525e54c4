import { Component, type ErrorInfo, type ReactNode } from 'react';

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

/** Contains a crash to one view and offers to reload it; the rest of the app keeps working. */
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
    if (this.state.error) {
      return (
        <div role="alert" className="state state-error">
          <h2>Something went wrong in {this.props.what}</h2>
          <p>{this.state.error.message}</p>
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
