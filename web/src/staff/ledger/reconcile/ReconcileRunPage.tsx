import { Card, Col, Descriptions, Row, Segmented, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n, useLocal } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useReconcileRun } from '../ledgerApi.ts';
import { RECONCILE_CHECKS, type ReconcileCheck, type ReconcileDifference } from '../ledgerTypes.ts';
import { Filters, fundLabel } from '../shared.tsx';
import { ReconcileStatusTag } from './ReconcileTags.tsx';
import { MoneyText } from '../../../ui/MoneyText.tsx';

function Where({ d }: { d: ReconcileDifference }) {
  const local = useLocal();
  const { t } = useI18n();
  const parts = [];
  if (d.accountId !== null)
    parts.push(
      <Link key="account" to={`/staff/ledger/accounts/${d.accountId}`} className="mono">
        {d.accountCode ?? `#${d.accountId}`}
      </Link>,
      <span key="name"> {local.name({ nameZh: d.accountNameZh ?? '', nameEn: d.accountNameEn ?? '' })}</span>,
    );
  if (d.personId !== null)
    parts.push(
      <span key="person">
        {t('ledger.person')}{' '}
        <Link to={`/staff/registration/persons/${d.personId}`}>
          {d.personName ?? ''} #{d.personId}
        </Link>{' '}
        {fundLabel(t, d.fund)}
      </span>,
    );
  if (d.entryId !== null)
    parts.push(
      <Link key="entry" to={`/staff/ledger/entries/${d.entryId}`} data-testid={`difference-entry-${d.entryId}`}>
        {t('ledger.entry.title', { id: d.entryId })}
      </Link>,
    );
  if (d.batchNo !== null) parts.push(<span key="batch"> {t('ledger.batch.title', { no: d.batchNo })}</span>);
  if (d.employerId !== null)
    parts.push(
      <Link key="employer" to={`/staff/registration/employers/${d.employerId}`}>
        {t('ledger.difference.employer', { id: d.employerId })}
      </Link>,
    );
  if (d.billId !== null)
    parts.push(
      <span key="bill" className="mono" data-testid={`difference-bill-${d.billId}`}>
        {' '}
        {t('ledger.difference.bill', { id: d.billId })}
      </span>,
    );
  if (d.paymentId !== null)
    parts.push(
      <span key="payment" className="mono">
        {' '}
        {t('ledger.difference.payment', { id: d.paymentId })}
      </span>,
    );
  return <>{parts}</>;
}

/** `/staff/ledger/reconcile/:id`: one run, its counts per check and its differences with drill-down. */
export default function ReconcileRunPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const [kind, setKind] = useState<ReconcileCheck | 'all'>('all');
  const [page, setPage] = useState(1);
  const pageSize = 50;
  const run = useReconcileRun(id, { kind: kind === 'all' ? undefined : kind, page, pageSize });
  const data = run.data;
  return (
    <>
      <PageTitle title={t('ledger.reconcile.title', { id })} extra={data ? <ReconcileStatusTag run={data} /> : null} />
      <ErrorAlert error={run.error} />
      {data && (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('ledger.reconcile.trigger')}>
              {t(`ledger.trigger.${data.trigger}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('ledger.reconcile.startedAt')}>
              <DateText value={data.startedAt} instant />
            </Descriptions.Item>
            <Descriptions.Item label={t('ledger.reconcile.finishedAt')}>
              <DateText value={data.finishedAt} instant />
            </Descriptions.Item>
          </Descriptions>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {RECONCILE_CHECKS.map((check) => {
              const counts = data.checks[check];
              return (
                <Col key={check} xs={12} md={8} xl={4}>
                  <Card size="small" data-testid={`check-${check}`}>
                    <Statistic
                      title={t(`ledger.check.${check}`)}
                      value={counts?.differences ?? 0}
                      suffix={`/ ${counts?.checked ?? 0}`}
                      valueStyle={{ color: (counts?.differences ?? 0) > 0 ? '#cf1322' : '#389e0d' }}
                    />
                  </Card>
                </Col>
              );
            })}
          </Row>
          <Filters>
            <Segmented<ReconcileCheck | 'all'>
              value={kind}
              onChange={(v) => {
                setKind(v);
                setPage(1);
              }}
              options={[
                { value: 'all', label: t('ledger.all') },
                ...RECONCILE_CHECKS.map((c) => ({ value: c, label: t(`ledger.check.${c}`) })),
              ]}
            />
          </Filters>
          <Table<ReconcileDifference>
            rowKey="seq"
            size="middle"
            loading={run.isFetching}
            dataSource={data.differences.items}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: page,
              pageSize,
              total: data.differences.total,
              onChange: setPage,
              showTotal: (n) => t('common.total', { n }),
            }}
            columns={[
              { title: '#', dataIndex: 'seq' },
              {
                title: t('ledger.reconcile.kind'),
                dataIndex: 'kind',
                render: (k: ReconcileCheck) => <Tag color="red">{t(`ledger.check.${k}`)}</Tag>,
              },
              { title: t('ledger.reconcile.where'), key: 'where', render: (_, d) => <Where d={d} /> },
              {
                title: t('ledger.reconcile.expected'),
                dataIndex: 'expected',
                align: 'right',
                render: (v: string | null) => <MoneyText value={v} />,
              },
              {
                title: t('ledger.reconcile.actual'),
                dataIndex: 'actual',
                align: 'right',
                render: (v: string | null) => <MoneyText value={v} />,
              },
              {
                title: t('ledger.reconcile.detail'),
                dataIndex: 'detail',
                render: (v: string) => <span className="mono">{v}</span>,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
