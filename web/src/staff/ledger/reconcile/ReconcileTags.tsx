import { Tag } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import type { ReconcileRun } from '../ledgerTypes.ts';

/** A run's outcome: 一致 (green), 存在差异 (red), or 进行中 while it has no result yet. */
export function ReconcileStatusTag({ run }: { run: Pick<ReconcileRun, 'ok'> }) {
  const { t } = useI18n();
  if (run.ok === null)
    return (
      <Tag color="processing" data-status="running" data-testid="reconcile-status">
        {t('ledger.runStatus.running')}
      </Tag>
    );
  return (
    <Tag color={run.ok ? 'green' : 'red'} data-status={run.ok ? 'ok' : 'differences'} data-testid="reconcile-status">
      {t(run.ok ? 'ledger.reconcile.ok' : 'ledger.reconcile.differences')}
    </Tag>
  );
}
