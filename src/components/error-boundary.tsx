import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the view in the message, e.g. "the timeline". */
  what: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Contains a crash to one view and offers to reload it; the rest of the app keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
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
