import { Tag } from 'antd';
import type { TicketStatus } from '../../api/deskTypes.ts';
import { useI18n } from '../../i18n/index.ts';

const colours: Record<TicketStatus, string> = {
  waiting: 'default',
  called: 'gold',
  serving: 'processing',
  done: 'success',
  no_show: 'error',
};

export function TicketStatusTag({ status }: { status: TicketStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={colours[status]} data-status={status}>
      {t(`ticketStatus.${status}`)}
    </Tag>
  );
}
