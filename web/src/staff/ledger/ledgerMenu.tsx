import {
  AccountBookOutlined,
  AuditOutlined,
  CalculatorOutlined,
  FundOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import type { StaffMenuEntry } from '../layout/menuEntry.ts';

/** The 基金账务 group of the side menu (and of the home page's sections): all behind ledger.read. */
export const ledgerMenu: StaffMenuEntry[] = [
  {
    path: '/staff/ledger',
    label: 'ledger.menu.overview',
    description: 'ledger.home.overview',
    icon: <FundOutlined />,
    permission: 'ledger.read',
    testId: 'menu-ledger-overview',
    group: 'ledger',
  },
  {
    path: '/staff/ledger/accounts',
    label: 'ledger.menu.accounts',
    description: 'ledger.home.accounts',
    icon: <AccountBookOutlined />,
    permission: 'ledger.read',
    testId: 'menu-ledger-accounts',
    group: 'ledger',
  },
  {
    path: '/staff/ledger/corrections',
    label: 'ledger.menu.corrections',
    description: 'ledger.home.corrections',
    icon: <RollbackOutlined />,
    permission: 'ledger.read',
    testId: 'menu-ledger-corrections',
    group: 'ledger',
  },
  {
    path: '/staff/ledger/reconcile',
    label: 'ledger.menu.reconcile',
    description: 'ledger.home.reconcile',
    icon: <AuditOutlined />,
    permission: 'ledger.read',
    testId: 'menu-ledger-reconcile',
    group: 'ledger',
  },
  {
    path: '/staff/ledger/runs',
    label: 'ledger.menu.runs',
    description: 'ledger.home.runs',
    icon: <CalculatorOutlined />,
    permission: 'ledger.read',
    testId: 'menu-ledger-runs',
    group: 'ledger',
  },
];
