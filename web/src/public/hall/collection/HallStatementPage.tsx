import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { PublicKind } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { billPeriods, periodLabel, periodStatement } from '../../../staff/collection/collectionFormat.ts';
import { BillsTable, PaymentsTable, Yuan } from '../../../staff/collection/shared/CollectionUi.tsx';
import { useHallBills, useHallCredit, useHallPayments } from './hallCollectionApi.ts';

/** 对账单: one period's bills, what was paid on them, what is open and the payments of that month. */
export function HallStatementPage({ kind }: { kind: PublicKind }) {
  const { t } = useI18n();
  const bills = useHallBills(kind);
  const payments = useHallPayments(kind);
  const credit = useHallCredit(kind);
  const periods = useMemo(() => billPeriods(bills.data ?? []), [bills.data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen ?? periods[0] ?? null;
  const view = useMemo(
    () => (period ? periodStatement(period, bills.data ?? [], payments.data ?? []) : null),
    [period, bills.data, payments.data],
  );
  if (bills.isPending || payments.isPending) return <PageSpinner />;
  const monthPayments = (payments.data ?? []).filter((p) => period && p.receivedOn.replace('-', '').startsWith(period));
  return (
    <Card
      title={t('hcoll.statement.title')}
      data-testid="coll-statement"
      extra={
        <Flex gap={8} align="center">
          <Select
            value={period ?? undefined}
            onChange={setChosen}
            style={{ width: 140 }}
            options={periods.map((p) => ({ value: p, label: periodLabel(p) }))}
            data-testid="coll-statement-period"
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('hcoll.statement.print')}
          </Button>
        </Flex>
      }
    >
      <ErrorAlert error={bills.error ?? payments.error} />
      {!view ? (
        <Empty description={t('coll.bill.none')} />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Paragraph type="secondary">{t('hcoll.statement.intro')}</Typography.Paragraph>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'period', label: t('coll.period'), children: periodLabel(view.period) },
              {
                key: 'due',
                label: t('hcoll.statement.due'),
                children: <Yuan value={view.due} testId="coll-statement-due" />,
              },
              { key: 'paid', label: t('hcoll.statement.paid'), children: <Yuan value={view.paid} /> },
              { key: 'open', label: t('hcoll.statement.open'), children: <Yuan value={view.open} /> },
              {
                key: 'received',
                label: t('hcoll.statement.received', { n: view.paymentCount }),
                children: <Yuan value={view.received} />,
              },
              {
                key: 'credit',
                label: t('hcoll.payments.credit'),
                children: <Yuan value={credit.data?.credit ?? credit.data?.balance ?? null} />,
              },
            ]}
          />
          <BillsTable bills={view.bills} testId="coll-statement-bills" />
          <PaymentsTable payments={monthPayments} />
        </Flex>
      )}
    </Card>
  );
}
