import { Tag } from 'antd';
import { useRoleName } from './useRoleName.ts';

const adminRoles = new Set(['sysadmin', 'security_officer', 'audit_admin']);

/** Role names as tags; the three administrator roles stand out. */
export function RoleTags({ roles }: { roles: readonly string[] }) {
  const name = useRoleName();
  if (roles.length === 0) return <span style={{ color: 'rgba(0,0,0,0.35)' }}>—</span>;
  return (
    <>
      {roles.map((code) => (
        <Tag key={code} color={adminRoles.has(code) ? 'volcano' : 'blue'} data-role={code} style={{ marginBottom: 2 }}>
          {name(code)}
        </Tag>
      ))}
    </>
  );
}
