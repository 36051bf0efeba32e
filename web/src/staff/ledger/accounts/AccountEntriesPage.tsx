import { Card, Descriptions, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n, useLocal } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useAccountEntries, useAccounts } from '../ledgerApi.ts';
import type { EntrySummary } from '../ledgerTypes.ts';
import { fundLabel } from '../shared.tsx';
import { MoneyText } from '../../../ui/MoneyText.tsx';

/** `/staff/ledger/accounts/:id`: the entries that touch one account, newest first, each opening its detail. */
export default function AccountEntriesPage() {
  const { t } = useI18n();
  const local = useLocal();
  const id = Number(useParams().id);
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const accounts = useAccounts({});
  const account = accounts.data?.items.find((a) => a.id === id);
  const entries = useAccountEntries(id, page, pageSize);
  return (
    <>
      <PageTitle title={account ? `${account.code} ${local.name(account)}` : t('ledger.account.title', { id })} />
      <ErrorAlert error={entries.error ?? accounts.error} />
      {account && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('ledger.fund')}>{fundLabel(t, account.fund)}</Descriptions.Item>
            <Descriptions.Item label={t('ledger.region')}>{account.region}</Descriptions.Item>
            <Descriptions.Item label={t('ledger.account.normalSide')}>
              {t(`ledger.side.${account.normalSide}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('ledger.debit')}>
              <MoneyText value={account.balance.debit} />
            </Descriptions.Item>
            <Descriptions.Item label={t('ledger.credit')}>
              <MoneyText value={account.balance.credit} />
            </Descriptions.Item>
            <Descriptions.Item label={t('ledger.balance')}>
              <MoneyText value={account.balance.balance} testId="account-balance" />
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <EntriesTable
        entries={entries.data?.items ?? []}
        loading={entries.isFetching}
        total={entries.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        onPage={setPage}
      />
    </>
  );
}

/** Journal entries as a table, each linking to its detail; with the account's debit and credit when given. */
export function EntriesTable(props: {
  entries: EntrySummary[];
  loading: boolean;
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  return (
    <Table<EntrySummary>
      rowKey="id"
      size="middle"
      loading={props.loading}
      dataSource={props.entries}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: props.page,
        pageSize: props.pageSize,
        total: props.total,
        onChange: props.onPage,
        showTotal: (n) => t('common.total', { n }),
      }}
      columns={[
        {
          title: t('ledger.entry.id'),
          dataIndex: 'id',
          render: (id: number) => (
            <Link to={`/staff/ledger/entries/${id}`} data-testid={`entry-link-${id}`}>
              #{id}
            </Link>
          ),
        },
        {
          title: t('ledger.entry.effectiveOn'),
          dataIndex: 'effectiveOn',
          render: (v: string) => <DateText value={v} />,
        },
        {
          title: t('ledger.entry.bookedAt'),
          dataIndex: 'bookedAt',
          render: (v: string) => <DateText value={v} instant />,
        },
        {
          title: t('ledger.entry.kind'),
          dataIndex: 'kind',
          render: (kind: EntrySummary['kind']) => (
            <Tag color={kind === 'reversal' ? 'orange' : 'default'}>{t(`ledger.entryKind.${kind}`)}</Tag>
          ),
        },
        { title: t('ledger.entry.source'), key: 'source', render: (_, e) => `${e.sourceModule} · ${e.sourceRef}` },
        { title: t('ledger.entry.reason'), dataIndex: 'reason' },
        {
          title: t('ledger.debit'),
          dataIndex: 'accountDebit',
          align: 'right',
          render: (v?: string) => (v ? <MoneyText value={v} /> : ''),
        },
        {
          title: t('ledger.credit'),
          dataIndex: 'accountCredit',
          align: 'right',
          render: (v?: string) => (v ? <MoneyText value={v} /> : ''),
        },
        {
          title: t('ledger.entry.amount'),
          dataIndex: 'amount',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
      ]}
    />
  );
}
