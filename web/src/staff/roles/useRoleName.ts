import { useCallback } from 'react';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useRoles } from './rolesApi.ts';

const builtIn: Record<string, MessageKey> = {
  clerk: 'role.clerk',
  reviewer: 'role.reviewer',
  approver: 'role.approver',
  fund_accountant: 'role.fund_accountant',
  auditor: 'role.auditor',
  supervisor: 'role.supervisor',
  sysadmin: 'role.sysadmin',
  security_officer: 'role.security_officer',
  audit_admin: 'role.audit_admin',
};

/** A role code in the user's language: the server's names when readable, else the built-in ones. */
export function useRoleName(): (code: string) => string {
  const { lang, t } = useI18n();
  const roles = useRoles().data?.items;
  return useCallback(
    (code: string) => {
      const role = roles?.find((r) => r.code === code);
      if (role) return lang === 'en' ? role.nameEn : role.nameZh;
      const key = builtIn[code];
      return key ? t(key) : code;
    },
    [roles, lang, t],
  );
}
