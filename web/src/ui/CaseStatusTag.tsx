import { Tag } from 'antd';
import type { CaseStatus } from '../api/deskTypes.ts';
import { useI18n } from '../i18n/index.ts';

const colours: Record<CaseStatus, string> = {
  received: 'default',
  in_progress: 'processing',
  waiting_materials: 'gold',
  completed: 'success',
  refused: 'error',
  declined: 'volcano',
};

/** 已登记 / 办理中 / 待补正 / 已办结 / 不予批准 / 不予受理. */
export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={colours[status]} data-testid="case-status" data-status={status}>
      {t(`caseStatus.${status}`)}
    </Tag>
  );
}
