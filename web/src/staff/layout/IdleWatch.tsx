import { Modal } from 'antd';
import { useEffect, useState } from 'react';
import { getLastActivityAt } from '../../api/client.ts';
import { useRefreshSession } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';

const warnBeforeMs = 60_000;
const tickMs = 5_000;

/**
 * Mirrors the server's idle timeout: warns a minute before it, and once it has passed sends the
 * user to the login page with "会话已超时" (the server has ended the session by then).
 */
export function IdleWatch({ idleTimeoutSeconds }: { idleTimeoutSeconds: number }) {
  const { t } = useI18n();
  const refresh = useRefreshSession();
  const [warning, setWarning] = useState(false);
  useEffect(() => {
    const timer = window.setInterval(() => {
      const idleMs = Date.now() - getLastActivityAt();
      if (idleMs >= idleTimeoutSeconds * 1000) window.location.assign('/staff/login?expired=1');
      else setWarning(idleMs >= idleTimeoutSeconds * 1000 - warnBeforeMs);
    }, tickMs);
    return () => window.clearInterval(timer);
  }, [idleTimeoutSeconds]);
  return (
    <Modal
      open={warning}
      title={t('session.idleTitle')}
      okText={t('session.stay')}
      cancelButtonProps={{ style: { display: 'none' } }}
      closable={false}
      onOk={() => void refresh().then(() => setWarning(false))}
    >
      {t('session.idleText')}
    </Modal>
  );
}
