import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PermissionInfo, Role } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FixedPermissions, PermissionChecks } from './PermissionChecks.tsx';
import { useNotify } from '../../ui/useNotify.ts';
import { useSaveRolePermissions } from './rolesApi.ts';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** One role with its permissions as checkboxes and its own save button. */
export function RoleCard({ role, catalogue }: { role: Role; catalogue: PermissionInfo[] }) {
  const { lang, t } = useI18n();
  const notify = useNotify();
  const save = useSaveRolePermissions();
  const [checked, setChecked] = useState<string[]>(role.permissions);
  const fixed = role.kind === 'admin'; // the three administrator roles are fixed by design
  const dirty = !sameSet(checked, role.permissions);
  const title = (
    <Flex gap={8} align="center">
      <span>{lang === 'en' ? role.nameEn : role.nameZh}</span>
      <Typography.Text type="secondary" className="mono">
        {role.code}
      </Typography.Text>
      <Tag color={fixed ? 'volcano' : 'blue'}>{t(fixed ? 'roles.kindAdmin' : 'roles.kindBusiness')}</Tag>
      {fixed && (
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
          {t('roles.fixed')}
        </Typography.Text>
      )}
    </Flex>
  );
  const submit = () =>
    save.mutate({ code: role.code, permissions: checked }, { onSuccess: () => notify.success(t('roles.saved')) });
  const actions = !fixed && (
    <Flex gap={8}>
      <Button size="small" disabled={!dirty} onClick={() => setChecked(role.permissions)}>
        {t('common.reset')}
      </Button>
      <Button
        size="small"
        type="primary"
        disabled={!dirty}
        loading={save.isPending}
        onClick={submit}
        data-testid={`role-save-${role.code}`}
      >
        {t('common.save')}
      </Button>
    </Flex>
  );
  return (
    <Card size="small" title={title} data-testid={`role-card-${role.code}`} extra={actions}>
      <ErrorAlert error={save.error} />
      {fixed ? (
        <FixedPermissions granted={role.permissions} catalogue={catalogue} />
      ) : (
        <PermissionChecks
          roleCode={role.code}
          value={checked}
          onChange={setChecked}
          catalogue={catalogue.filter((p) => p.kind !== 'admin')}
        />
      )}
    </Card>
  );
}
