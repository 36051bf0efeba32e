import { Alert, Card, Table } from 'antd';
import type { PublicKind } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.ts';
import { labelOf } from '../../../ui/labels.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { billOutstanding, periodLabel, toFen } from '../../../staff/collection/collectionFormat.ts';
import type { LateFee } from '../../../staff/collection/collectionTypes.ts';
import { BillsTable, Figures, schemeLabel, Yuan } from '../../../staff/collection/shared/CollectionUi.tsx';
import { useHallArrears } from './hallCollectionApi.ts';

/** 欠费与滞纳金: what is past due, the late fee accrued to today, and how it is computed. */
export function HallArrearsPage({ kind }: { kind: PublicKind }) {
  const { t } = useI18n();
  const arrears = useHallArrears(kind);
  if (arrears.isPending) return <PageSpinner />;
  if (!arrears.data) return <ErrorAlert error={arrears.error} />;
  const a = arrears.data;
  const none = toFen(a.arrears) === 0n && toFen(a.lateFee) === 0n;
  return (
    <div data-testid="coll-arrears">
      <Figures
        items={[
          {
            key: 'arrears',
            title: t('hcoll.arrears.amount'),
            value: <Yuan value={a.arrears} testId="coll-arrears-amount" />,
          },
          { key: 'fee', title: t('hcoll.arrears.lateFee'), value: <Yuan value={a.lateFee} /> },
          { key: 'asOf', title: t('hcoll.arrears.asOf'), value: <DateText value={a.asOf ?? null} /> },
        ]}
      />
      <Alert
        style={{ marginTop: 16 }}
        type={none ? 'success' : 'warning'}
        showIcon
        title={t(none ? 'hcoll.arrears.none' : 'hcoll.arrears.rule')}
      />
      {(a.periods ?? []).length > 0 && (
        <Card title={t('hcoll.arrears.byPeriod')} style={{ marginTop: 16 }}>
          <Table
            rowKey="period"
            size="small"
            pagination={false}
            dataSource={a.periods}
            columns={[
              { title: t('coll.period'), dataIndex: 'period', render: (v: string) => periodLabel(v) },
              {
                title: t('coll.bill.no'),
                dataIndex: 'billNo',
                render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
              },
              {
                title: t('hcoll.arrears.amount'),
                dataIndex: 'arrears',
                align: 'right',
                render: (v: string) => <Yuan value={v} />,
              },
              { title: t('coll.lateFee.days'), dataIndex: 'days', align: 'right' },
              {
                title: t('hcoll.arrears.lateFee'),
                dataIndex: 'lateFee',
                align: 'right',
                render: (v: string) => <Yuan value={v} />,
              },
            ]}
          />
        </Card>
      )}
      {(a.bills ?? []).length > 0 && (
        <Card title={t('hcoll.arrears.bills')} style={{ marginTop: 16 }}>
          <BillsTable
            bills={(a.bills ?? []).filter((b) => toFen(billOutstanding(b)) > 0n)}
            testId="coll-arrears-bills"
          />
        </Card>
      )}
      {(a.lateFees ?? []).length > 0 && (
        <Card title={t('coll.lateFee.title')} style={{ marginTop: 16 }}>
          <Table<LateFee>
            rowKey="id"
            size="small"
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            dataSource={a.lateFees}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('coll.period'), dataIndex: 'period', render: (v: string | null) => periodLabel(v) },
              { title: t('coll.line.person'), dataIndex: 'name', render: (v: string | null, f) => v ?? f.personId },
              { title: t('coll.scheme'), dataIndex: 'scheme', render: (v: string) => schemeLabel(t, v) },
              {
                title: t('coll.lateFee.arrears'),
                dataIndex: 'arrears',
                align: 'right',
                render: (v: string) => <Yuan value={v} />,
              },
              { title: t('coll.lateFee.from'), dataIndex: 'startOn', render: (v: string) => <DateText value={v} /> },
              { title: t('coll.lateFee.to'), dataIndex: 'endOn', render: (v: string) => <DateText value={v} /> },
              { title: t('coll.lateFee.days'), dataIndex: 'days', align: 'right' },
              {
                title: t('coll.lateFee.fee'),
                dataIndex: 'fee',
                align: 'right',
                render: (v: string) => <Yuan value={v} />,
              },
              {
                title: t('common.status'),
                dataIndex: 'status',
                render: (v: string) => labelOf(t, 'coll.lateFee.status', v),
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
