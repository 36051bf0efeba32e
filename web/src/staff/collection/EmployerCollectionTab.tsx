import { Card, Col, Flex, Row, Select, Tabs } from 'antd';
import { useState } from 'react';
import { useSessionInfo } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';
import { Forbidden } from '../../ui/Forbidden.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { DateText } from '../../ui/DateText.tsx';
import { DeclarationsTable } from '../../shared/collection/DeclarationsTable.tsx';
import { BillDrawer } from './bills/BillsPage.tsx';
import {
  useBills,
  useDeclarations,
  useEmployerSummary,
  usePaymentOrders,
  usePayments,
} from '../../shared/collection/collectionApi.ts';
import type { Payer } from '../../shared/collection/collectionTypes.ts';
import { BillsTable, Figures, PaymentsTable } from '../../shared/collection/CollectionUi.tsx';
import { useEmployerStatement, useEmployerStatementPeriods } from '../../shared/collection/statementApi.ts';
import { StatementView } from '../../shared/collection/StatementView.tsx';
import { MoneyText } from '../../ui/MoneyText.tsx';
import { sumDecimals } from '../../ui/money.ts';
import { periodLabel } from '../../ui/periods.ts';

/** The employer 360 view's 征缴 tab (for staff with `collection.read`). */
export function EmployerCollectionTab({ employerId }: { employerId: number }) {
  const allowed = useSessionInfo().data?.session?.permissions.includes('collection.read') ?? false;
  return allowed ? <EmployerCollection employerId={employerId} /> : <Forbidden />;
}

/** Figures, bills, payments, declarations and payment orders of one employer. */
function EmployerCollection({ employerId }: { employerId: number }) {
  const { t } = useI18n();
  const payer: Payer = { kind: 'employer', employerId };
  const summary = useEmployerSummary(employerId);
  const bills = useBills({ payer });
  const payments = usePayments({ payer });
  const declarations = useDeclarations({ payer });
  const orders = usePaymentOrders(payer);
  const [openId, setOpenId] = useState<number | null>(null);
  const s = summary.data;
  return (
    <div data-testid="employer-collection">
      <ErrorAlert error={summary.error} />
      <Figures
        items={[
          {
            key: 'open',
            title: t('coll.summary.open'),
            value: <MoneyText value={s ? sumDecimals(s.openBills.map((b) => b.open)) : null} />,
          },
          { key: 'arrears', title: t('coll.arrears.amount'), value: <MoneyText value={s?.arrears ?? null} /> },
          { key: 'fee', title: t('coll.summary.lateFeesOpen'), value: <MoneyText value={s?.lateFeesOpen ?? null} /> },
          { key: 'paid', title: t('coll.summary.paidThisYear'), value: <MoneyText value={s?.paidThisYear ?? null} /> },
          { key: 'credit', title: t('hcoll.payments.credit'), value: <MoneyText value={s?.credit ?? null} /> },
        ]}
      />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24}>
          <Card size="small">
            <Tabs
              size="small"
              items={[
                {
                  key: 'bills',
                  label: t('coll.menu.bills'),
                  children: (
                    <>
                      <ErrorAlert error={bills.error} />
                      <BillsTable bills={bills.data ?? []} loading={bills.isFetching} onOpen={(b) => setOpenId(b.id)} />
                    </>
                  ),
                },
                {
                  key: 'payments',
                  label: t('coll.menu.payments'),
                  children: (
                    <>
                      <ErrorAlert error={payments.error} />
                      <PaymentsTable payments={payments.data ?? []} loading={payments.isFetching} />
                    </>
                  ),
                },
                {
                  key: 'statement',
                  label: t('hcoll.statement.tab'),
                  children: <EmployerStatement employerId={employerId} onOpenBill={setOpenId} />,
                },
                {
                  key: 'declarations',
                  label: t('hcoll.declare.history'),
                  children: (
                    <>
                      <ErrorAlert error={declarations.error} />
                      <DeclarationsTable declarations={declarations.data ?? []} loading={declarations.isFetching} />
                    </>
                  ),
                },
                {
                  key: 'orders',
                  label: t('coll.order.tab'),
                  children: (
                    <ul>
                      {(orders.data ?? []).map((o) => (
                        <li key={o.id}>
                          <span className="mono">{o.orderNo}</span> <MoneyText value={o.arrears} />{' '}
                          <DateText value={o.payBy} />
                        </li>
                      ))}
                      {(orders.data ?? []).length === 0 && <li>{t('coll.order.none')}</li>}
                    </ul>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <BillDrawer id={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}

/** The employer's 对账单 of a period picked from those it has one for (newest first). */
function EmployerStatement({ employerId, onOpenBill }: { employerId: number; onOpenBill: (id: number) => void }) {
  const { t } = useI18n();
  const periods = useEmployerStatementPeriods(employerId);
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen ?? periods.data?.[0] ?? null;
  const statement = useEmployerStatement(employerId, period);
  return (
    <Flex vertical gap={12} data-testid="employer-statement">
      <Select
        value={period ?? undefined}
        onChange={setChosen}
        style={{ width: 140 }}
        placeholder={t('coll.period')}
        options={(periods.data ?? []).map((p) => ({ value: p, label: periodLabel(p) }))}
        data-testid="employer-statement-period"
      />
      <ErrorAlert error={periods.error ?? statement.error} />
      <StatementView statement={period === null ? null : statement.data} onOpenBill={onOpenBill} />
    </Flex>
  );
}
