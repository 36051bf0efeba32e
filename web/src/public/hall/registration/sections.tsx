import {
  ApiOutlined,
  BankOutlined,
  CloudUploadOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { PublicKind } from '../../../api/types.ts';
import type { MessageKey } from '../../../i18n/index.ts';

export interface Section {
  path: string;
  title: MessageKey;
  text: MessageKey;
  icon: ReactNode;
}

/** The registration pages of the hall, by account kind, under `/hall/registration/`. */
export const sections: Record<PublicKind, Section[]> = {
  employer: [
    { path: 'employer', title: 'hreg.nav.unit', text: 'hreg.entry.unitText', icon: <BankOutlined /> },
    { path: 'employees', title: 'hreg.nav.employees', text: 'hreg.entry.employeesText', icon: <TeamOutlined /> },
    { path: 'imports', title: 'hreg.nav.imports', text: 'hreg.entry.importsText', icon: <CloudUploadOutlined /> },
    { path: 'api-keys', title: 'hreg.nav.apiKeys', text: 'hreg.entry.apiKeysText', icon: <ApiOutlined /> },
  ],
  person: [{ path: 'person', title: 'hreg.nav.mine', text: 'hreg.entry.mineText', icon: <IdcardOutlined /> }],
};

export const verifySection: Section = {
  path: '/verify',
  title: 'hreg.nav.verify',
  text: 'hreg.entry.verifyText',
  icon: <SafetyCertificateOutlined />,
};
