import { Alert } from 'antd';
import { useI18n } from '../i18n/index.ts';
import { describeError } from './describeError.ts';
import { formatInstant } from './formatTime.ts';

/** A refusal as the server worded it, with its code so a help desk can look it up. */
export function ErrorAlert({ error, testId = 'error-alert' }: { error: unknown; testId?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const { message, code, lockedUntil } = describeError(error, t);
  const locked = lockedUntil ? t('error.lockedUntil', { time: formatInstant(lockedUntil, false) }) : null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={message}
      description={
        <>
          {locked && <div data-testid="locked-until">{locked}</div>}
          <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{t('error.code', { code })}</div>
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
