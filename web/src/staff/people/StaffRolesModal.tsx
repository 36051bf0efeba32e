import { Form } from 'antd';
import type { Staff } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { RoleSelect } from './RoleSelect.tsx';
import { useSetStaffRoles } from './staffApi.ts';

/** Replaces a member of staff's roles. */
export function StaffRolesModal({ staff, onClose }: { staff: Staff | null; onClose: () => void }) {
  const { t } = useI18n();
  const setRoles = useSetStaffRoles(staff);
  return (
    <FormModal<{ roles: string[] }>
      open={staff !== null}
      title={t('staff.rolesTitle', { name: staff?.displayName ?? '' })}
      mutation={setRoles}
      onClose={onClose}
      successText={t('common.saved')}
      testId="staff-roles-modal"
      initialValues={{ roles: staff?.roles }}
    >
      <Form.Item name="roles" label={t('staff.roles')} extra={t('staff.rolesHint')}>
        <RoleSelect />
      </Form.Item>
    </FormModal>
  );
}
