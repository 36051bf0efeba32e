import { Tag } from 'antd';
import { useI18n, type MessageKey } from '../i18n/index.ts';

export type Status = 'active' | 'closed' | 'disabled' | 'throttled' | 'success' | 'denied' | 'failed';

const look: Record<Status, { color: string; key: MessageKey }> = {
  active: { color: 'green', key: 'status.active' },
  closed: { color: 'default', key: 'status.closed' },
  disabled: { color: 'default', key: 'status.disabled' },
  throttled: { color: 'orange', key: 'staff.throttled' },
  success: { color: 'green', key: 'outcome.success' },
  denied: { color: 'orange', key: 'outcome.denied' },
  failed: { color: 'red', key: 'outcome.failed' },
};

/** A status word in the interface language, coloured by what it means. */
export function StatusTag({ status }: { status: Status }) {
  const { t } = useI18n();
  const { color, key } = look[status];
  return (
    <Tag color={color} data-status={status}>
      {t(key)}
    </Tag>
  );
}
