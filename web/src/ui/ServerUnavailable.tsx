import { Button, Result } from 'antd';
import { useI18n } from '../i18n/index.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

/** The session could not even be asked for: the server is down or unreachable. */
export function ServerUnavailable({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <Result
      status="500"
      title={t('error.serverUnavailable')}
      subTitle={<ErrorAlert error={error} />}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </Button>
      }
    />
  );
}
