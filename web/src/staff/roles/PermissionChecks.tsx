import { Checkbox, Flex, Tag, Typography } from 'antd';
import type { PermissionInfo } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';

interface ChecksProps {
  roleCode: string;
  value: string[];
  onChange: (permissions: string[]) => void;
  catalogue: PermissionInfo[];
}

/** The grantable permissions of a business role as a grid of checkboxes. */
export function PermissionChecks({ roleCode, value, onChange, catalogue }: ChecksProps) {
  const { lang } = useI18n();
  return (
    <Checkbox.Group
      value={value}
      onChange={onChange}
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 8 }}
    >
      {catalogue.map((p) => (
        <Checkbox key={p.code} value={p.code} data-testid={`role-${roleCode}-perm-${p.code}`}>
          {lang === 'en' ? p.en : p.zh}{' '}
          <Typography.Text type="secondary" className="mono">
            {p.code}
          </Typography.Text>
        </Checkbox>
      ))}
    </Checkbox.Group>
  );
}

/** The fixed permissions of an administrator role, read-only. */
export function FixedPermissions({ granted, catalogue }: { granted: string[]; catalogue: PermissionInfo[] }) {
  const { lang } = useI18n();
  const label = (code: string) => {
    const p = catalogue.find((c) => c.code === code);
    return p ? (lang === 'en' ? p.en : p.zh) : code;
  };
  return (
    <Flex wrap gap={6}>
      {granted.map((code) => (
        <Tag key={code} title={code}>
          {label(code)}
        </Tag>
      ))}
    </Flex>
  );
}
