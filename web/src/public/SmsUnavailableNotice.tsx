import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { api, data } from '../api/typed.ts';
import { useI18n } from '../i18n/index.ts';

/** Whether the system can send one-time codes by text message at all. */
function usePublicMessaging() {
  return useQuery({
    queryKey: ['public', 'messaging'],
    queryFn: async () => data(await api.GET('/api/public/messaging')),
    staleTime: 60_000,
  });
}

/**
 * On a system without an SMS gateway the hall cannot send the codes that open accounts and log
 * people in: say so before anyone types, and send them to the window.
 */
export function SmsUnavailableNotice() {
  const { t } = useI18n();
  const messaging = usePublicMessaging();
  if (messaging.data?.sms !== false) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('msg.hall.smsUnavailable')}
      data-testid="sms-unavailable"
    />
  );
}
