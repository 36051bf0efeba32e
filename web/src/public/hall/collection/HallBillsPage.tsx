import { Card, Drawer } from 'antd';
import { useState } from 'react';
import type { PublicKind } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { BillDetailView, BillsTable, Figures } from '../../../shared/collection/CollectionUi.tsx';
import { useHallBill, useHallBills } from './hallCollectionApi.ts';
import { MoneyText } from '../../../ui/MoneyText.tsx';
import { sumDecimals } from '../../../ui/money.ts';

/** 缴费单: the payer's bills with their status; a bill opens with its lines per person and scheme. */
export function HallBillsPage({ kind }: { kind: PublicKind }) {
  const { t } = useI18n();
  const bills = useHallBills(kind);
  const [openId, setOpenId] = useState<number | null>(null);
  const bill = useHallBill(kind, openId);
  const live = (bills.data ?? []).filter((b) => b.status !== 'cancelled');
  return (
    <>
      <Figures
        items={[
          { key: 'n', title: t('hcoll.bills.count'), value: live.length },
          { key: 'open', title: t('hcoll.bills.openCount'), value: live.filter((b) => b.status === 'open').length },
          {
            key: 'due',
            title: t('hcoll.bills.openTotal'),
            value: <MoneyText value={sumDecimals(live.map((b) => b.open))} />,
          },
          {
            key: 'paid',
            title: t('hcoll.bills.paidTotal'),
            value: <MoneyText value={sumDecimals(live.map((b) => b.paid))} />,
          },
        ]}
      />
      <Card title={t('hcoll.nav.bills')} style={{ marginTop: 16 }}>
        <ErrorAlert error={bills.error} />
        <BillsTable bills={bills.data ?? []} loading={bills.isFetching} onOpen={(b) => setOpenId(b.id)} />
      </Card>
      <Drawer
        open={openId !== null}
        onClose={() => setOpenId(null)}
        size="large"
        width={1000}
        title={t('hcoll.bills.detail')}
        destroyOnHidden
      >
        {bill.isPending ? (
          <PageSpinner />
        ) : bill.data ? (
          <BillDetailView bill={bill.data} />
        ) : (
          <ErrorAlert error={bill.error} />
        )}
      </Drawer>
    </>
  );
}
