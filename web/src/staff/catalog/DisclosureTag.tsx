import { Tag } from 'antd';
import type { DisclosureStatus } from '../../api/deskTypes.ts';
import { useI18n } from '../../i18n/index.ts';

const colours: Record<DisclosureStatus, string> = {
  disclosed: 'green',
  disclosed_late: 'gold',
  pending: 'blue',
  overdue: 'red',
};

/** 已公示 / 逾期公示 / 待公示 / 公示超期. */
export function DisclosureTag({ status }: { status: DisclosureStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={colours[status]} data-status={status}>
      {t(`disclosure.${status}`)}
    </Tag>
  );
}
