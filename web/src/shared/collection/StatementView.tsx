/**
 * 对账单: one payer's statement of one period as the server computed it. The hall's statement page
 * and the employer 360 view show this same component.
 */
import { Descriptions, Empty, Flex, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useI18n, type MessageKey, type Translate } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { labelOf } from '../../ui/labels.ts';
import { isOverdue, schemeLabel } from './CollectionUi.tsx';
import type { PeriodStatement, StatementFund } from './statementApi.ts';
import { MoneyText } from '../../ui/MoneyText.tsx';
import { periodLabel } from '../../ui/periods.ts';
import { StatusTag } from '../../ui/StatusTag.tsx';

type Bill = PeriodStatement['bills'][number];
type Paid = PeriodStatement['payments'][number];
type Declared = PeriodStatement['declarations'][number];

const money = (title: string, key: keyof StatementFund) => ({
  title,
  dataIndex: key,
  align: 'right' as const,
  render: (v: string) => <MoneyText value={v} />,
});

/** The funds with the 合计 row last (marked so a test and the print can find it). */
function fundRows(s: PeriodStatement): StatementFund[] {
  return [...s.funds, s.totals];
}

const fundName = (t: Translate, scheme: string) =>
  scheme === 'total' ? t('hcoll.statement.total') : schemeLabel(t, scheme);

type FundFigure = Exclude<keyof StatementFund, 'scheme'>;

/** One row per fund and the 合计 row, with the figures asked for (the funds table, the late fees table). */
function FundFigures({
  statement,
  testId,
  figures,
}: {
  statement: PeriodStatement;
  testId: string;
  figures: ReadonlyArray<readonly [label: MessageKey, key: FundFigure]>;
}) {
  const { t } = useI18n();
  return (
    <Table<StatementFund>
      rowKey="scheme"
      size="small"
      pagination={false}
      dataSource={fundRows(statement)}
      data-testid={testId}
      onRow={(f) => ({ 'data-scheme': f.scheme }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('hcoll.statement.scheme'),
          dataIndex: 'scheme',
          render: (v: string) => (v === 'total' ? <strong>{fundName(t, v)}</strong> : fundName(t, v)),
        },
        ...figures.map(([label, key]) => money(t(label), key)),
      ]}
    />
  );
}

function FundsTable({ statement }: { statement: PeriodStatement }) {
  return (
    <FundFigures
      statement={statement}
      testId="coll-statement-funds"
      figures={[
        ['hcoll.statement.employer', 'employer'],
        ['hcoll.statement.employee', 'employee'],
        ['hcoll.statement.due', 'due'],
        ['hcoll.statement.paid', 'paid'],
        ['hcoll.statement.open', 'open'],
      ]}
    />
  );
}

function LateFeesTable({ statement }: { statement: PeriodStatement }) {
  return (
    <FundFigures
      statement={statement}
      testId="coll-statement-late-fees"
      figures={[
        ['hcoll.statement.lateFee', 'lateFee'],
        ['hcoll.statement.lateFeePaid', 'lateFeePaid'],
        ['hcoll.statement.lateFeeOpen', 'lateFeeOpen'],
      ]}
    />
  );
}

function DeclarationsList({ declarations }: { declarations: Declared[] }) {
  const { t } = useI18n();
  if (declarations.length === 0)
    return <Typography.Text type="secondary">{t('hcoll.statement.noDeclaration')}</Typography.Text>;
  return (
    <Table<Declared>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={declarations}
      data-testid="coll-statement-declarations"
      columns={[
        {
          title: t('hcoll.declare.no'),
          dataIndex: 'declarationNo',
          render: (v: string) => <span className="mono">{v}</span>,
        },
        { title: t('hcoll.declare.kind'), dataIndex: 'kind', render: (v: string) => labelOf(t, 'coll.declKind', v) },
        { title: t('hcoll.declare.revision'), dataIndex: 'revision' },
        { title: t('common.status'), dataIndex: 'status', render: (v: string) => labelOf(t, 'coll.declStatus', v) },
        { title: t('hcoll.statement.headcount'), dataIndex: 'headcount', align: 'right' },
        {
          title: t('hcoll.statement.wageTotal'),
          dataIndex: 'wageTotal',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
      ]}
    />
  );
}

function BillsList({ bills, onOpen }: { bills: Bill[]; onOpen?: (billId: number) => void }) {
  const { t } = useI18n();
  return (
    <Table<Bill>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={bills}
      locale={{ emptyText: t('coll.bill.none') }}
      data-testid="coll-statement-bills"
      columns={[
        {
          title: t('coll.bill.no'),
          dataIndex: 'billNo',
          render: (v: string, b) =>
            onOpen ? (
              <a onClick={() => onOpen(b.id)} className="mono">
                {v}
              </a>
            ) : (
              <span className="mono">{v}</span>
            ),
        },
        { title: t('coll.bill.kind'), dataIndex: 'kind', render: (v: string) => labelOf(t, 'coll.bill.kind', v) },
        { title: t('coll.bill.basis'), dataIndex: 'basis', render: (v: string) => labelOf(t, 'coll.bill.basis', v) },
        {
          title: t('common.status'),
          dataIndex: 'status',
          render: (v: string, b) => <StatusTag family="bill" status={isOverdue(b) ? 'overdue' : v} />,
        },
        {
          title: t('coll.bill.total'),
          dataIndex: 'total',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        {
          title: t('coll.bill.paid'),
          dataIndex: 'paid',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        {
          title: t('coll.bill.open'),
          dataIndex: 'open',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        { title: t('coll.bill.dueOn'), dataIndex: 'dueOn', render: (v: string) => <DateText value={v} /> },
      ]}
    />
  );
}

function PaymentsList({ payments }: { payments: Paid[] }) {
  const { t } = useI18n();
  return (
    <Table<Paid>
      rowKey={(p) => `${p.paymentId ?? ''}:${p.creditId ?? ''}`}
      size="small"
      pagination={false}
      dataSource={payments}
      locale={{ emptyText: t('hcoll.statement.noPayments') }}
      data-testid="coll-statement-payments"
      columns={[
        {
          title: t('coll.payment.no'),
          dataIndex: 'paymentNo',
          render: (v: string | null) => (v ? <span className="mono">{v}</span> : t('hcoll.statement.fromCredit')),
        },
        { title: t('coll.payment.receivedOn'), dataIndex: 'receivedOn', render: (v: string) => <DateText value={v} /> },
        {
          title: t('coll.payment.channel'),
          dataIndex: 'channel',
          render: (v: string) => (v === 'credit' ? t('hcoll.statement.fromCredit') : labelOf(t, 'coll.channel', v)),
        },
        {
          title: t('hcoll.statement.contribution'),
          dataIndex: 'contribution',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        {
          title: t('hcoll.statement.paymentLateFee'),
          dataIndex: 'lateFee',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        {
          title: t('coll.amount'),
          dataIndex: 'amount',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
      ]}
    />
  );
}

function Head({ statement: s }: { statement: PeriodStatement }) {
  const { t } = useI18n();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 3 }}
      items={[
        { key: 'period', label: t('coll.period'), children: periodLabel(s.period) },
        { key: 'payer', label: t('hcoll.statement.payer'), children: s.payer.name },
        { key: 'code', label: t('hcoll.statement.code'), children: <span className="mono">{s.payer.code}</span> },
        {
          key: 'basis',
          label: t('hcoll.statement.basis'),
          children: s.basis ? labelOf(t, 'coll.bill.basis', s.basis) : t('hcoll.statement.basisNone'),
        },
        {
          key: 'due',
          label: t('hcoll.statement.due'),
          children: <MoneyText value={s.totals.due} testId="coll-statement-due" />,
        },
        {
          key: 'paid',
          label: t('hcoll.statement.paid'),
          children: <MoneyText value={s.totals.paid} testId="coll-statement-paid" />,
        },
        {
          key: 'open',
          label: t('hcoll.statement.open'),
          children: <MoneyText value={s.totals.open} testId="coll-statement-open" />,
        },
        {
          key: 'received',
          label: t('hcoll.statement.received', { n: s.payments.length }),
          children: <MoneyText value={s.totals.received} />,
        },
        {
          key: 'credit',
          label: t('hcoll.statement.credit', { date: s.credit.asOf }),
          children: <MoneyText value={s.credit.balance} />,
        },
      ]}
    />
  );
}

/** The whole statement: head, declarations, funds with 合计, late fees, bills and payments. */
export function StatementView({
  statement,
  onOpenBill,
}: {
  statement: PeriodStatement | null | undefined;
  onOpenBill?: (billId: number) => void;
}) {
  const { t } = useI18n();
  if (!statement) return <Empty description={t('hcoll.statement.none')} />;
  const section = (title: string) => <Typography.Title level={5}>{title}</Typography.Title>;
  return (
    <Flex vertical gap={12} data-testid="coll-statement-view" data-period={statement.period}>
      <Head statement={statement} />
      {section(t('hcoll.statement.declarations'))}
      <DeclarationsList declarations={statement.declarations} />
      {section(t('hcoll.statement.funds'))}
      <FundsTable statement={statement} />
      {section(t('hcoll.statement.lateFees'))}
      <LateFeesTable statement={statement} />
      {section(t('hcoll.statement.bills'))}
      <BillsList bills={statement.bills} {...(onOpenBill ? { onOpen: onOpenBill } : {})} />
      {section(t('hcoll.statement.payments'))}
      <PaymentsList payments={statement.payments} />
    </Flex>
  );
}
