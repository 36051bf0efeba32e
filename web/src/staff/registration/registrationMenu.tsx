import { BankOutlined, IdcardOutlined, SafetyCertificateOutlined, UsergroupDeleteOutlined } from '@ant-design/icons';
import type { StaffMenuEntry } from '../layout/menuEntry.ts';

/** The 参保登记 group of the side menu (and of the home page's sections). */
export const registrationMenu: StaffMenuEntry[] = [
  {
    path: '/staff/registration/employers',
    label: 'reg.menu.employers',
    description: 'reg.home.employers',
    icon: <BankOutlined />,
    permission: 'registration.read',
    testId: 'menu-reg-employers',
    group: 'registration',
  },
  {
    path: '/staff/registration/persons',
    label: 'reg.menu.persons',
    description: 'reg.home.persons',
    icon: <IdcardOutlined />,
    permission: 'registration.read',
    testId: 'menu-reg-persons',
    group: 'registration',
  },
  {
    path: '/staff/registration/duplicates',
    label: 'reg.menu.duplicates',
    description: 'reg.home.duplicates',
    icon: <UsergroupDeleteOutlined />,
    permission: 'registration.read',
    testId: 'menu-reg-duplicates',
    group: 'registration',
  },
  {
    path: '/staff/registration/certificates',
    label: 'reg.menu.certificates',
    description: 'reg.home.certificates',
    icon: <SafetyCertificateOutlined />,
    permission: 'registration.read',
    testId: 'menu-reg-certificates',
    group: 'registration',
  },
];
