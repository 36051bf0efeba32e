import {
  AccountBookOutlined,
  BellOutlined,
  ExclamationCircleOutlined,
  FileTextOutlined,
  FormOutlined,
  ProfileOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { PublicKind } from '../../../api/types.ts';
import type { MessageKey } from '../../../i18n/index.ts';

export interface CollectionSection {
  path: string;
  title: MessageKey;
  text: MessageKey;
  icon: ReactNode;
}

const declare: CollectionSection = {
  path: 'declare',
  title: 'hcoll.nav.declare',
  text: 'hcoll.entry.declareText',
  icon: <FormOutlined />,
};
const bills: CollectionSection = {
  path: 'bills',
  title: 'hcoll.nav.bills',
  text: 'hcoll.entry.billsText',
  icon: <ProfileOutlined />,
};
const payments: CollectionSection = {
  path: 'payments',
  title: 'hcoll.nav.payments',
  text: 'hcoll.entry.paymentsText',
  icon: <AccountBookOutlined />,
};
const notices: CollectionSection = {
  path: 'notices',
  title: 'hcoll.nav.notices',
  text: 'hcoll.entry.noticesText',
  icon: <BellOutlined />,
};
const arrears: CollectionSection = {
  path: 'arrears',
  title: 'hcoll.nav.arrears',
  text: 'hcoll.entry.arrearsText',
  icon: <ExclamationCircleOutlined />,
};
const statement: CollectionSection = {
  path: 'statement',
  title: 'hcoll.nav.statement',
  text: 'hcoll.entry.statementText',
  icon: <FileTextOutlined />,
};

/** The hall's 征缴 pages by account kind, under `/hall/collection/`. */
export const collectionSections: Record<PublicKind, CollectionSection[]> = {
  employer: [declare, bills, payments, notices, arrears, statement],
  person: [declare, bills, arrears, statement],
};
