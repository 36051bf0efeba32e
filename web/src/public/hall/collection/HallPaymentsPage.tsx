import { Card } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Figures, PaymentsTable } from '../../../shared/collection/CollectionUi.tsx';
import { useHallCredit, useHallPayments } from './hallCollectionApi.ts';
import { MoneyText } from '../../../ui/MoneyText.tsx';
import { sumDecimals } from '../../../ui/money.ts';

/** 缴款记录: every payment received from the employer, what it paid and what it left as credit. */
export function HallPaymentsPage() {
  const { t } = useI18n();
  const payments = useHallPayments();
  const credit = useHallCredit();
  const list = payments.data ?? [];
  return (
    <>
      <Figures
        items={[
          { key: 'n', title: t('hcoll.payments.count'), value: list.length },
          {
            key: 'sum',
            title: t('hcoll.payments.total'),
            value: <MoneyText value={sumDecimals(list.map((p) => p.amount))} />,
          },
          {
            key: 'credit',
            title: t('hcoll.payments.credit'),
            value: <MoneyText value={credit.data ?? null} testId="coll-credit-balance" />,
          },
        ]}
      />
      <Card title={t('hcoll.nav.payments')} style={{ marginTop: 16 }}>
        <ErrorAlert error={payments.error} />
        <PaymentsTable payments={list} loading={payments.isFetching} />
      </Card>
      <ErrorAlert error={credit.error} />
    </>
  );
}
