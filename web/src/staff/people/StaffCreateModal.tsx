import { Form, Input } from 'antd';
import type { Agency } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { NewPasswordFields } from '../../ui/NewPasswordFields.tsx';
import { PasswordPolicy } from '../../ui/PasswordPolicy.tsx';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect.tsx';
import { RoleSelect } from './RoleSelect.tsx';
import { useCreateStaff, type StaffCreate } from './staffApi.ts';

type Values = Omit<StaffCreate, 'password'> & { newPassword: string };
const closedAgency = (a: Agency) => a.status !== 'active';

/** A new member of staff; they must change the initial password and bind TOTP at first login. */
export function StaffCreateModal({
  open,
  agencyId,
  onClose,
}: {
  open: boolean;
  agencyId: number | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const create = useCreateStaff();
  return (
    <FormModal<Values, StaffCreate>
      open={open}
      title={t('staff.createTitle')}
      mutation={create}
      toVariables={(v) => ({
        username: v.username,
        displayName: v.displayName,
        agencyId: v.agencyId,
        roles: v.roles,
        password: v.newPassword,
      })}
      onClose={onClose}
      successText={t('staff.created')}
      testId="staff-create-modal"
      width={600}
      initialValues={{ agencyId: agencyId ?? undefined, roles: ['clerk'] }}
    >
      <Form.Item
        name="username"
        label={t('staff.username')}
        extra={t('staff.usernameHint')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={64} autoComplete="off" className="mono" data-testid="staff-username" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('staff.displayName')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={100} data-testid="staff-display-name" />
      </Form.Item>
      <Form.Item name="agencyId" label={t('staff.agency')} rules={[{ required: true, message: t('form.required') }]}>
        <AgencyTreeSelect disable={closedAgency} testId="staff-agency" />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('staff.roles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('staff.rolesRequired') }]}
      >
        <RoleSelect />
      </Form.Item>
      <PasswordPolicy />
      <NewPasswordFields testIdPrefix="staff-password" label={t('staff.initialPassword')} />
    </FormModal>
  );
}
