import {
  ApartmentOutlined,
  AuditOutlined,
  HomeOutlined,
  SafetyOutlined,
  ShopOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/index.ts';

export interface StaffMenuEntry {
  path: string;
  label: MessageKey;
  description: MessageKey;
  icon: ReactNode;
  /** null: every logged-in member of staff sees it. */
  permission: string | null;
  testId: string;
}

/** The workbench sections and the permission each needs; the menu and the home page read this. */
export const staffMenu: StaffMenuEntry[] = [
  {
    path: '/staff',
    label: 'menu.home',
    description: 'home.homeText',
    icon: <HomeOutlined />,
    permission: null,
    testId: 'menu-home',
  },
  {
    path: '/staff/agencies',
    label: 'menu.agencies',
    description: 'home.agenciesText',
    icon: <ApartmentOutlined />,
    permission: 'org.read',
    testId: 'menu-agencies',
  },
  {
    path: '/staff/service-points',
    label: 'menu.servicePoints',
    description: 'home.servicePointsText',
    icon: <ShopOutlined />,
    permission: 'org.read',
    testId: 'menu-service-points',
  },
  {
    path: '/staff/staff',
    label: 'menu.staff',
    description: 'home.staffText',
    icon: <TeamOutlined />,
    permission: 'staff.read',
    testId: 'menu-staff',
  },
  {
    path: '/staff/roles',
    label: 'menu.roles',
    description: 'home.rolesText',
    icon: <SafetyOutlined />,
    permission: 'role.manage',
    testId: 'menu-roles',
  },
  {
    path: '/staff/audit',
    label: 'menu.audit',
    description: 'home.auditText',
    icon: <AuditOutlined />,
    permission: 'audit.read',
    testId: 'menu-audit',
  },
  {
    path: '/staff/account',
    label: 'menu.account',
    description: 'home.accountText',
    icon: <UserOutlined />,
    permission: null,
    testId: 'menu-account',
  },
];

/** The entries a user with these permissions may open. */
export function visibleMenu(permissions: readonly string[]): StaffMenuEntry[] {
  return staffMenu.filter((e) => e.permission === null || permissions.includes(e.permission));
}
