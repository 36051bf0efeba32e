import { Tag } from 'antd';
import type { MaterialStatus } from '../api/deskTypes.ts';
import { useI18n } from '../i18n/index.ts';

const colours: Record<MaterialStatus, string> = {
  received: 'success',
  missing: 'error',
  waived: 'default',
  not_provided: 'default',
};

/** 已收取 / 待补正 / 免交 / 未提供. */
export function MaterialStatusTag({ status }: { status: MaterialStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={colours[status]} data-status={status}>
      {t(`materialStatus.${status}`)}
    </Tag>
  );
}
