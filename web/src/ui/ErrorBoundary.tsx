import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { getLanguage, translate } from '../i18n/index.ts';

interface State {
  error: Error | null;
}

/**
 * Catches render errors and failed lazy chunks (e.g. an old tab after a new release) and offers a
 * reload instead of a blank page.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    const lang = getLanguage();
    return (
      <Result
        status="warning"
        title={translate(lang, 'error.pageFailed')}
        subTitle={translate(lang, 'error.pageFailedText')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {translate(lang, 'error.reload')}
          </Button>
        }
      />
    );
  }
}
