import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { useCan } from '../../api/session.ts';
import type { Staff } from '../../api/types.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useConfirm } from '../../ui/useConfirm.ts';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect.tsx';
import { RequestResetModal } from './RequestResetModal.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { useStaffCommand, useStaffList, type StaffCommand, type StaffFilter } from './staffApi.ts';
import { StaffCreateModal } from './StaffCreateModal.tsx';
import { StaffEditModal } from './StaffEditModal.tsx';
import { StaffRolesModal } from './StaffRolesModal.tsx';
import type { StaffAction } from './StaffRowActions.tsx';
import { StaffTable } from './StaffTable.tsx';

const commands: Partial<
  Record<StaffAction, { command: StaffCommand; confirm: MessageKey; done: MessageKey; danger: boolean }>
> = {
  disable: { command: 'disable', confirm: 'staff.disableConfirm', done: 'staff.disabled', danger: true },
  enable: { command: 'enable', confirm: 'staff.enableConfirm', done: 'staff.enabled', danger: false },
  unlock: { command: 'unlock', confirm: 'staff.unlockThrottleConfirm', done: 'staff.throttleLifted', danger: false },
  resetTotp: { command: 'reset-totp', confirm: 'staff.resetTotpConfirm', done: 'staff.totpReset', danger: true },
};

type Open = { action: 'create' | 'edit' | 'roles' | 'resetPassword' | 'requestReset'; staff: Staff | null } | null;

/** `/staff/staff`: staff of the caller's subtree; changes with staff.manage (roles also role.manage). */
export default function StaffPage() {
  const { t } = useI18n();
  const can = useCan();
  const [filter, setFilter] = useState<StaffFilter>({ agencyId: null, q: '', page: 1, pageSize: 20 });
  const list = useStaffList(filter);
  const command = useStaffCommand();
  const confirm = useConfirm();
  const [open, setOpen] = useState<Open>(null);
  const onAction = (action: StaffAction, staff: Staff) => {
    const c = commands[action];
    if (!c) return setOpen({ action: action as NonNullable<Open>['action'], staff });
    confirm({
      title: t(c.confirm, { name: staff.displayName }),
      danger: c.danger,
      successText: t(c.done),
      run: () => command.mutateAsync({ staff, command: c.command }),
    });
  };
  // The row as the list now has it: after a refresh the modal sends the current version.
  const target = (action: NonNullable<Open>['action']) =>
    open?.action === action && open.staff
      ? (list.data?.items.find((s) => s.id === open.staff?.id) ?? open.staff)
      : null;
  return (
    <>
      <PageTitle
        title={t('menu.staff')}
        description={t('staff.description')}
        extra={
          can('staff.manage') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen({ action: 'create', staff: null })}
              data-testid="staff-create"
            >
              {t('staff.create')}
            </Button>
          )
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <AgencyTreeSelect
          value={filter.agencyId}
          onChange={(agencyId) => setFilter({ ...filter, agencyId, page: 1 })}
          allowClear
          placeholder={t('staff.allAgencies')}
          testId="staff-filter-agency"
          style={{ width: 300 }}
        />
        <Input.Search
          allowClear
          placeholder={t('staff.searchPlaceholder')}
          onSearch={(q) => setFilter({ ...filter, q: q.trim(), page: 1 })}
          style={{ width: 280 }}
          data-testid="staff-filter-q"
        />
      </Flex>
      <ErrorAlert error={list.error} />
      <StaffTable
        rows={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={filter.page}
        pageSize={filter.pageSize}
        loading={list.isFetching}
        canManage={can('staff.manage')}
        canManageRoles={can('role.manage')}
        onPage={(page, pageSize) => setFilter({ ...filter, page, pageSize })}
        onAction={onAction}
      />
      <StaffCreateModal open={open?.action === 'create'} agencyId={filter.agencyId} onClose={() => setOpen(null)} />
      <StaffEditModal staff={target('edit')} onClose={() => setOpen(null)} />
      <StaffRolesModal staff={target('roles')} onClose={() => setOpen(null)} />
      <ResetPasswordModal staff={target('resetPassword')} onClose={() => setOpen(null)} />
      <RequestResetModal staff={target('requestReset')} onClose={() => setOpen(null)} />
    </>
  );
}
