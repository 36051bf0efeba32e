import { Select } from 'antd';
import { useCan } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';
import { useRoles } from '../roles/rolesApi.ts';

interface Props {
  value?: string[];
  onChange?: (roles: string[]) => void;
}

/** Roles the user may grant: business roles with staff.manage, every role with role.manage. */
export function RoleSelect({ value, onChange }: Props) {
  const { lang } = useI18n();
  const can = useCan();
  const roles = useRoles();
  const grantable = (roles.data?.items ?? []).filter((r) => r.kind === 'business' || can('role.manage'));
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      loading={roles.isPending}
      data-testid="staff-roles"
      optionFilterProp="label"
      options={grantable.map((r) => ({ value: r.code, label: lang === 'en' ? r.nameEn : r.nameZh }))}
    />
  );
}
