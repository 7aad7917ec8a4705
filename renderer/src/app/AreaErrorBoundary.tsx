import { Alert } from '@mui/material';
import { Component, type ReactNode } from 'react';

interface Props {
  message: string;
  /** Changing it (e.g. the route) clears a previous error. */
  resetKey: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
  resetKey: string;
}

/** Keeps one broken area (or a failed lazy chunk) from taking down the whole shell. */
export class AreaErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override render() {
    if (this.state.error) {
      return (
        <Alert severity="error">
          {this.props.message} ({this.state.error.message})
        </Alert>
      );
    }
    return this.props.children;
  }
}
