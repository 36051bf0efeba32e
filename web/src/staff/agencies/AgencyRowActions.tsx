import { Button, Space } from 'antd';
import type { Agency } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';

export type AgencyAction = 'addChild' | 'edit' | 'move' | 'close' | 'history';

/** The row's links; changes only for org.manage, history for everyone who can read. */
export function AgencyRowActions({
  agency,
  canManage,
  onAction,
}: {
  agency: Agency;
  canManage: boolean;
  onAction: (action: AgencyAction, agency: Agency) => void;
}) {
  const { t } = useI18n();
  const active = agency.status === 'active';
  const link = (action: AgencyAction, label: string, show: boolean, danger = false) =>
    show && (
      <Button
        key={action}
        type="link"
        size="small"
        danger={danger}
        style={{ padding: '0 4px' }}
        onClick={() => onAction(action, agency)}
        data-testid={`agency-${action}-${agency.code}`}
      >
        {label}
      </Button>
    );
  return (
    <Space size={0} wrap>
      {link('addChild', t('agency.addChild'), canManage && active && agency.level < 5)}
      {link('edit', t('common.edit'), canManage && active)}
      {link('move', t('agency.move'), canManage && active && agency.level > 1)}
      {link('close', t('agency.close'), canManage && active, true)}
      {link('history', t('agency.history'), true)}
    </Space>
  );
}
