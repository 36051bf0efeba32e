import { Alert } from 'antd';
import { useI18n } from '../i18n/index.ts';
import { describeError } from './describeError.ts';

/** A refusal as the server worded it, with its code so a help desk can look it up. */
export function ErrorAlert({ error, testId = 'error-alert' }: { error: unknown; testId?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const { message, code, retryAfterSeconds } = describeError(error, t);
  const retry = retryAfterSeconds ? t('error.retryAfter', { seconds: retryAfterSeconds }) : null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={message}
      description={
        <>
          {retry && <div data-testid="retry-after">{retry}</div>}
          <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{t('error.code', { code })}</div>
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
