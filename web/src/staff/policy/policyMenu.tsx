import { ControlOutlined } from '@ant-design/icons';
import type { StaffMenuEntry } from '../layout/menuEntry.ts';

/** The 政策参数 entry of the side menu (and of the home page's sections). */
export const policyMenu: StaffMenuEntry[] = [
  {
    path: '/staff/policy',
    label: 'policy.menu',
    description: 'policy.home',
    icon: <ControlOutlined />,
    permission: 'policy.read',
    testId: 'menu-policy',
    group: 'catalog',
  },
];
