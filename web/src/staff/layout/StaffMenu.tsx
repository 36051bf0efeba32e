import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/index.ts';
import { visibleMenu } from './menuItems.tsx';

/** The side menu; it lists only what the session's permissions open. */
export function StaffMenu({ permissions }: { permissions: readonly string[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = visibleMenu(permissions);
  const selected = [...entries].reverse().find((e) => pathname === e.path || pathname.startsWith(`${e.path}/`));
  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected.path] : []}
      style={{ borderInlineEnd: 'none', paddingTop: 8 }}
      onClick={({ key }) => navigate(key)}
      items={entries.map((e) => ({
        key: e.path,
        icon: e.icon,
        label: <span data-testid={e.testId}>{t(e.label)}</span>,
      }))}
    />
  );
}
