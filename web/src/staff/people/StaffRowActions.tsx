import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, type MenuProps } from 'antd';
import type { Staff } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';

export type StaffAction =
  'edit' | 'roles' | 'resetPassword' | 'requestReset' | 'disable' | 'enable' | 'unlock' | 'resetTotp';

interface Props {
  staff: Staff;
  canManage: boolean;
  canManageRoles: boolean;
  onAction: (action: StaffAction, staff: Staff) => void;
}

/**
 * Edit and roles as links, the rarer account commands under "more". An administrator's password
 * and second factor are not reset here but requested, for a second administrator to approve.
 */
export function StaffRowActions({ staff, canManage, canManageRoles, onAction }: Props) {
  const { t } = useI18n();
  const item = (key: StaffAction, label: string, danger = false) => ({
    key,
    danger,
    label: <span data-testid={`staff-${key}-${staff.username}`}>{label}</span>,
  });
  const account = canManage
    ? [
        staff.status === 'active' ? item('disable', t('staff.disable'), true) : item('enable', t('staff.enable')),
        ...(staff.loginThrottled ? [item('unlock', t('staff.unlockThrottle'))] : []),
      ]
    : [];
  const direct = [
    item('resetPassword', t('staff.resetPassword')),
    ...(staff.totpEnrolled ? [item('resetTotp', t('staff.resetTotp'))] : []),
  ];
  // The security officer may ask for a reset too: of the system administrator, say.
  const resets = staff.resetNeedsApproval
    ? canManage || canManageRoles
      ? [item('requestReset', t('credentialReset.request'), true)]
      : []
    : canManage
      ? direct
      : [];
  const more: MenuProps['items'] = [...account, ...resets];
  return (
    <Space size={0}>
      {canManage && (
        <Button
          type="link"
          size="small"
          onClick={() => onAction('edit', staff)}
          data-testid={`staff-edit-${staff.username}`}
        >
          {t('common.edit')}
        </Button>
      )}
      {(canManage || canManageRoles) && (
        <Button
          type="link"
          size="small"
          onClick={() => onAction('roles', staff)}
          data-testid={`staff-roles-${staff.username}`}
        >
          {t('staff.roles')}
        </Button>
      )}
      {more.length > 0 && (
        <Dropdown trigger={['click']} menu={{ items: more, onClick: ({ key }) => onAction(key as StaffAction, staff) }}>
          <Button type="link" size="small" data-testid={`staff-more-${staff.username}`}>
            {t('common.more')} <DownOutlined style={{ fontSize: 10 }} />
          </Button>
        </Dropdown>
      )}
    </Space>
  );
}
