import { Card, Table } from 'antd';
import type { PublicKind } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.ts';
import { labelOf } from '../../../ui/labels.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import type { CreditMovement } from '../../../shared/collection/collectionTypes.ts';
import { Figures, PaymentsTable } from '../../../shared/collection/CollectionUi.tsx';
import { useHallCredit, useHallPayments } from './hallCollectionApi.ts';
import { MoneyText } from '../../../ui/MoneyText.tsx';
import { sumDecimals } from '../../../ui/money.ts';

/** 缴款记录: every payment received from the payer and where its money went; the credit held. */
export function HallPaymentsPage({ kind }: { kind: PublicKind }) {
  const { t } = useI18n();
  const payments = useHallPayments(kind);
  const credit = useHallCredit(kind);
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
            value: (
              <MoneyText value={credit.data?.credit ?? credit.data?.balance ?? null} testId="coll-credit-balance" />
            ),
          },
        ]}
      />
      <Card title={t('hcoll.nav.payments')} style={{ marginTop: 16 }}>
        <ErrorAlert error={payments.error} />
        <PaymentsTable payments={list} loading={payments.isFetching} />
      </Card>
      {(credit.data?.movements ?? []).length > 0 && (
        <Card title={t('hcoll.payments.creditMovements')} style={{ marginTop: 16 }}>
          <Table<CreditMovement>
            rowKey={(m, i) => `${m.at}:${i}`}
            size="small"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={credit.data?.movements}
            columns={[
              { title: t('coll.at'), dataIndex: 'at', render: (v: string) => <DateText value={v} instant /> },
              {
                title: t('hcoll.payments.movement'),
                dataIndex: 'movement',
                render: (v: string) => labelOf(t, 'coll.credit', v),
              },
              {
                title: t('coll.amount'),
                dataIndex: 'amount',
                align: 'right',
                render: (v: string) => <MoneyText value={v} />,
              },
              {
                title: t('coll.payment.no'),
                key: 'doc',
                render: (_, m) => <span className="mono">{m.paymentNo ?? m.refundNo ?? '—'}</span>,
              },
            ]}
          />
        </Card>
      )}
      <ErrorAlert error={credit.error} />
    </>
  );
}
