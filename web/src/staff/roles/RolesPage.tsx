import { Flex } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../ui/PageSpinner.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { RoleCard } from './RoleCard.tsx';
import { useRoles } from './rolesApi.ts';

/** `/staff/roles`: each role's permissions, saved per role (role.manage). */
export default function RolesPage() {
  const { t } = useI18n();
  const roles = useRoles();
  return (
    <>
      <PageTitle title={t('menu.roles')} description={t('roles.description')} />
      <ErrorAlert error={roles.error} />
      {roles.isPending && <PageSpinner />}
      <Flex vertical gap={16}>
        {roles.data?.items.map((role) => (
          <RoleCard key={`${role.code}:${role.permissions.join(',')}`} role={role} catalogue={roles.data.permissions} />
        ))}
      </Flex>
    </>
  );
}
