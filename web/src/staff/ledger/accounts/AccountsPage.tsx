import { DatePicker, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useI18n, useLocal } from '../../../i18n/index.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useAccounts } from '../ledgerApi.ts';
import type { Account, Fund } from '../ledgerTypes.ts';
import { Filters, FundSelect, RegionField, useHomeRegion } from '../shared.tsx';
import { MoneyText } from '../../../ui/MoneyText.tsx';

/**
 * `/staff/ledger/accounts`: the chart with balances. Without dates the cached balances; with an
 * as-of day and/or a known-at instant the balances computed from the journal (bitemporal: what
 * did we believe on that instant about that day).
 */
export default function AccountsPage() {
  const { t } = useI18n();
  const local = useLocal();
  const home = useHomeRegion();
  const [region, setRegion] = useState<string | undefined>(
    home === undefined || home.endsWith('00') ? undefined : home,
  );
  const [fund, setFund] = useState<Fund | undefined>('pension');
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const [knownAt, setKnownAt] = useState<string | undefined>(undefined);
  const accounts = useAccounts({ region, fund, asOf, knownAt });
  const source = accounts.data?.source;
  return (
    <>
      <PageTitle title={t('ledger.menu.accounts')} description={t('ledger.accounts.description')} />
      <Filters>
        <RegionField value={region} onChange={setRegion} />
        <FundSelect value={fund} onChange={setFund} allowAll />
        <span>{t('ledger.asOf')}</span>
        <div style={{ width: 160 }}>
          <DateField value={asOf ?? null} onChange={(v) => setAsOf(v ?? undefined)} testId="accounts-asof" />
        </div>
        <span>{t('ledger.knownAt')}</span>
        <DatePicker
          showTime
          allowClear
          value={knownAt ? dayjs(knownAt) : null}
          onChange={(d) => setKnownAt(d ? d.toISOString() : undefined)}
          data-testid="accounts-known-at"
        />
        {source && (
          <Tag color={source === 'cache' ? 'default' : 'blue'} data-testid="accounts-source">
            {t(source === 'cache' ? 'ledger.accounts.fromCache' : 'ledger.accounts.fromJournal')}
          </Tag>
        )}
      </Filters>
      <ErrorAlert error={accounts.error} />
      <Table<Account>
        rowKey="id"
        size="middle"
        loading={accounts.isFetching}
        dataSource={accounts.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, showTotal: (n) => t('common.total', { n }) }}
        onRow={(a) => ({ 'data-testid': `account-row-${a.code}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('ledger.account.code'),
            dataIndex: 'code',
            render: (code: string, a) => (
              <Link to={`/staff/ledger/accounts/${a.id}`} className="mono">
                {code}
              </Link>
            ),
          },
          { title: t('ledger.account.name'), key: 'name', render: (_, a) => local.name(a) },
          {
            title: t('ledger.account.normalSide'),
            dataIndex: 'normalSide',
            render: (side: Account['normalSide']) => t(`ledger.side.${side}`),
          },
          {
            title: t('ledger.debit'),
            key: 'debit',
            align: 'right',
            render: (_, a) => <MoneyText value={a.balance.debit} />,
          },
          {
            title: t('ledger.credit'),
            key: 'credit',
            align: 'right',
            render: (_, a) => <MoneyText value={a.balance.credit} />,
          },
          {
            title: t('ledger.balance'),
            key: 'balance',
            align: 'right',
            render: (_, a) => <MoneyText value={a.balance.balance} testId={`balance-${a.code}`} />,
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (status: Account['status']) => (
              <Typography.Text type={status === 'open' ? undefined : 'secondary'}>
                {t(`ledger.accountStatus.${status}`)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </>
  );
}
