import { Alert, Card, Col, Row, Table } from 'antd';
import { useMemo } from 'react';
import type { PublicKind } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.ts';
import { EChart } from '../../../ui/charts/EChart.tsx';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { arrearsByMonthOption } from '../../../shared/collection/collectionFormat.ts';
import type { ArrearsByPeriod } from '../../../shared/collection/collectionTypes.ts';
import { Figures } from '../../../shared/collection/CollectionUi.tsx';
import { useHallArrears } from './hallCollectionApi.ts';
import { MoneyText } from '../../../ui/MoneyText.tsx';
import { centsOf } from '../../../ui/money.ts';
import { periodLabel } from '../../../ui/periods.ts';

/** 欠费与滞纳金: what is past due by period, the late fee accrued to today, and how it is computed. */
export function HallArrearsPage({ kind }: { kind: PublicKind }) {
  const { t } = useI18n();
  const arrears = useHallArrears(kind);
  const periods = useMemo(() => arrears.data?.payers[0]?.byPeriod ?? arrears.data?.byPeriod ?? [], [arrears.data]);
  const option = useMemo(
    () => arrearsByMonthOption(periods, { arrears: t('hcoll.arrears.amount'), lateFee: t('hcoll.arrears.lateFee') }),
    [periods, t],
  );
  if (arrears.isPending) return <PageSpinner />;
  if (!arrears.data) return <ErrorAlert error={arrears.error} />;
  const a = arrears.data;
  const mine = a.payers[0];
  const none = centsOf(a.total) === 0;
  return (
    <div data-testid="coll-arrears">
      <Figures
        items={[
          {
            key: 'arrears',
            title: t('hcoll.arrears.amount'),
            value: <MoneyText value={a.total} testId="coll-arrears-amount" />,
          },
          { key: 'fee', title: t('hcoll.arrears.lateFee'), value: <MoneyText value={a.lateFeeAccrued} /> },
          { key: 'months', title: t('coll.arrears.months'), value: mine?.months ?? 0 },
          { key: 'asOf', title: t('hcoll.arrears.asOf'), value: <DateText value={a.asOf} /> },
        ]}
      />
      <Alert
        style={{ marginTop: 16 }}
        type={none ? 'success' : 'warning'}
        showIcon
        title={t(none ? 'hcoll.arrears.none' : 'hcoll.arrears.rule')}
      />
      {mine?.deferral && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          title={t('coll.arrears.deferredTo', { no: mine.deferral.agreementNo, date: mine.deferral.payBy })}
        />
      )}
      {periods.length > 0 && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('hcoll.arrears.byPeriod')}>
              <Table<ArrearsByPeriod>
                rowKey="period"
                size="small"
                pagination={{ pageSize: 12, hideOnSinglePage: true }}
                dataSource={periods}
                columns={[
                  { title: t('coll.period'), dataIndex: 'period', render: (v: string) => periodLabel(v) },
                  {
                    title: t('hcoll.arrears.amount'),
                    dataIndex: 'amount',
                    align: 'right',
                    render: (v: string) => <MoneyText value={v} />,
                  },
                  {
                    title: t('hcoll.arrears.lateFee'),
                    dataIndex: 'lateFee',
                    align: 'right',
                    render: (v: string) => <MoneyText value={v} />,
                  },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('coll.arrears.byMonth')}>
              <EChart option={option} height={260} testId="coll-hall-arrears-chart" />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
