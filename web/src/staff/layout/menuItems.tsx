import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  FormOutlined,
  HomeOutlined,
  MailOutlined,
  KeyOutlined,
  IdcardOutlined,
  NumberOutlined,
  SafetyOutlined,
  ShopOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/index.ts';
import { collectionMenu } from '../collection/collectionMenu.tsx';
import { policyMenu } from '../policy/policyMenu.tsx';
import { ledgerMenu } from '../ledger/ledgerMenu.tsx';
import { registrationMenu } from '../registration/registrationMenu.tsx';

export type StaffMenuGroup =
  'desk' | 'registration' | 'collection' | 'ledger' | 'supervision' | 'catalog' | 'system' | null;

export interface StaffMenuEntry {
  path: string;
  label: MessageKey;
  description: MessageKey;
  icon: ReactNode;
  /** null: every logged-in member of staff sees it. */
  permission: string | null;
  testId: string;
  /** The heading the entry is listed under (null: at the top or bottom, ungrouped). */
  group: StaffMenuGroup;
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
    group: null,
  },
  {
    path: '/staff/window',
    label: 'menu.window',
    description: 'home.windowText',
    icon: <NumberOutlined />,
    permission: 'queue.operate',
    testId: 'menu-window',
    group: 'desk',
  },
  {
    path: '/staff/intake',
    label: 'menu.intake',
    description: 'home.intakeText',
    icon: <FormOutlined />,
    permission: 'case.accept',
    testId: 'menu-intake',
    group: 'desk',
  },
  {
    path: '/staff/name-overrides',
    label: 'identity.override.menu',
    description: 'identity.override.menuText',
    icon: <IdcardOutlined />,
    permission: 'case.review',
    testId: 'menu-name-overrides',
    group: 'desk',
  },
  {
    path: '/staff/cases',
    label: 'menu.cases',
    description: 'home.casesText',
    icon: <FileSearchOutlined />,
    permission: 'case.read',
    testId: 'menu-cases',
    group: 'desk',
  },
  {
    path: '/staff/alerts',
    label: 'menu.alerts',
    description: 'home.alertsText',
    icon: <AlertOutlined />,
    permission: 'case.read',
    testId: 'menu-alerts',
    group: 'desk',
  },
  ...registrationMenu,
  ...collectionMenu,
  ...ledgerMenu,
  {
    path: '/staff/monitor',
    label: 'menu.monitor',
    description: 'home.monitorText',
    icon: <DashboardOutlined />,
    permission: 'service.monitor',
    testId: 'menu-monitor',
    group: 'supervision',
  },
  {
    path: '/staff/callbacks',
    label: 'menu.callbacks',
    description: 'home.callbacksText',
    icon: <CustomerServiceOutlined />,
    permission: 'callback.handle',
    testId: 'menu-callbacks',
    group: 'supervision',
  },
  {
    path: '/staff/catalog',
    label: 'menu.catalog',
    description: 'home.catalogText',
    icon: <BookOutlined />,
    permission: 'catalog.manage',
    testId: 'menu-catalog',
    group: 'catalog',
  },
  {
    path: '/staff/archive',
    label: 'menu.archive',
    description: 'home.archiveText',
    icon: <FolderOpenOutlined />,
    permission: 'archive.read',
    testId: 'menu-archive',
    group: 'catalog',
  },
  ...policyMenu,
  {
    path: '/staff/agencies',
    label: 'menu.agencies',
    description: 'home.agenciesText',
    icon: <ApartmentOutlined />,
    permission: 'org.read',
    testId: 'menu-agencies',
    group: 'system',
  },
  {
    path: '/staff/service-points',
    label: 'menu.servicePoints',
    description: 'home.servicePointsText',
    icon: <ShopOutlined />,
    permission: 'org.read',
    testId: 'menu-service-points',
    group: 'system',
  },
  {
    path: '/staff/staff',
    label: 'menu.staff',
    description: 'home.staffText',
    icon: <TeamOutlined />,
    permission: 'staff.read',
    testId: 'menu-staff',
    group: 'system',
  },
  {
    path: '/staff/roles',
    label: 'menu.roles',
    description: 'home.rolesText',
    icon: <SafetyOutlined />,
    permission: 'role.manage',
    testId: 'menu-roles',
    group: 'system',
  },
  {
    path: '/staff/credential-resets',
    label: 'credentialReset.menu',
    description: 'credentialReset.home',
    icon: <KeyOutlined />,
    permission: 'credential_reset.approve',
    testId: 'menu-credential-resets',
    group: 'system',
  },
  {
    path: '/staff/holidays',
    label: 'menu.holidays',
    description: 'home.holidaysText',
    icon: <CalendarOutlined />,
    permission: 'calendar.manage',
    testId: 'menu-holidays',
    group: 'system',
  },
  {
    path: '/staff/audit',
    label: 'menu.audit',
    description: 'home.auditText',
    icon: <AuditOutlined />,
    permission: 'audit.read',
    testId: 'menu-audit',
    group: 'system',
  },
  {
    path: '/staff/messages',
    label: 'menu.messages',
    description: 'home.messagesText',
    icon: <MailOutlined />,
    permission: 'message.monitor',
    testId: 'menu-messages',
    group: 'system',
  },
  {
    path: '/staff/account',
    label: 'menu.account',
    description: 'home.accountText',
    icon: <UserOutlined />,
    permission: null,
    testId: 'menu-account',
    group: null,
  },
];

/** The entries a user with these permissions may open. */
export function visibleMenu(permissions: readonly string[]): StaffMenuEntry[] {
  return staffMenu.filter((e) => e.permission === null || permissions.includes(e.permission));
}
