import { Card, Drawer, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { labelOf } from '../../../ui/labels.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { periodOrUndefined } from '../../../ui/periods.ts';
import { useBill, useBills } from '../../../shared/collection/collectionApi.ts';
import type { BillStatus, Payer } from '../../../shared/collection/collectionTypes.ts';
import { BillDetailView, BillsTable } from '../../../shared/collection/CollectionUi.tsx';
import { PayerPicker } from '../shared/PayerPicker.tsx';

/** A bill with its lines, late fees and allocations, in a drawer (shared by the pages that list bills). */
export function BillDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const bill = useBill(id);
  return (
    <Drawer open={id !== null} onClose={onClose} width={1000} title={t('hcoll.bills.detail')} destroyOnHidden>
      {bill.isPending ? (
        <PageSpinner />
      ) : bill.data ? (
        <BillDetailView bill={bill.data} />
      ) : (
        <ErrorAlert error={bill.error} />
      )}
    </Drawer>
  );
}

/** `/staff/collection/bills`: 缴费单 searched by payer, period and status. */
export default function BillsPage() {
  const { t } = useI18n();
  const [payer, setPayer] = useState<Payer | null>(null);
  const [period, setPeriod] = useState('');
  const [status, setStatus] = useState<BillStatus | undefined>('open');
  const [openId, setOpenId] = useState<number | null>(null);
  const validPeriod = periodOrUndefined(period);
  const bills = useBills({ payer, period: validPeriod, status });
  return (
    <>
      <PageTitle title={t('coll.menu.bills')} description={t('coll.home.bills')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <PayerPicker value={payer} onChange={setPayer} testId="coll-bills-payer" />
          <Input
            placeholder={t('coll.periodPlaceholder')}
            value={period}
            onChange={(e) => setPeriod(e.target.value.replace(/\D/g, '').slice(0, 6))}
            style={{ width: 140 }}
            allowClear
            data-testid="coll-bills-period"
          />
          <Select<BillStatus | 'all'>
            value={status ?? 'all'}
            onChange={(v) => setStatus(v === 'all' ? undefined : v)}
            style={{ width: 140 }}
            options={[
              { value: 'all', label: t('coll.all') },
              ...(['open', 'paid', 'cancelled'] as const).map((s) => ({
                value: s,
                label: labelOf(t, 'coll.bill.status', s),
              })),
            ]}
            data-testid="coll-bills-status"
          />
        </Flex>
        <ErrorAlert error={bills.error} />
        <BillsTable bills={bills.data ?? []} loading={bills.isFetching} onOpen={(b) => setOpenId(b.id)} showPayer />
      </Card>
      <BillDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
