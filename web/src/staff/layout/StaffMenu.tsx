import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useI18n, type MessageKey, type Translate } from '../../i18n/index.ts';
import { visibleMenu, type StaffMenuEntry, type StaffMenuGroup } from './menuItems.tsx';

type Items = NonNullable<MenuProps['items']>;

const groupLabels: Record<Exclude<StaffMenuGroup, null>, MessageKey> = {
  desk: 'menuGroup.desk',
  registration: 'menuGroup.registration',
  collection: 'menuGroup.collection',
  ledger: 'menuGroup.ledger',
  supervision: 'menuGroup.supervision',
  catalog: 'menuGroup.catalog',
  system: 'menuGroup.system',
};

function toItem(e: StaffMenuEntry, t: Translate) {
  return { key: e.path, icon: e.icon, label: <span data-testid={e.testId}>{t(e.label)}</span> };
}

/** Groups consecutive entries under their heading; ungrouped ones stand alone. */
function grouped(entries: StaffMenuEntry[], t: Translate): Items {
  const items: Items = [];
  for (const e of entries) {
    if (e.group === null) {
      items.push(toItem(e, t));
      continue;
    }
    const last = items[items.length - 1];
    if (last && last.type === 'group' && last.key === e.group) last.children?.push(toItem(e, t));
    else items.push({ type: 'group', key: e.group, label: t(groupLabels[e.group]), children: [toItem(e, t)] });
  }
  return items;
}

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
      items={grouped(entries, t)}
    />
  );
}
