import { Alert, Card, Col, Descriptions, Flex, Progress, Row, Statistic, Table, Typography } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useI18n, type Translate } from '../../i18n/index.ts';
import { labelOf } from '../../ui/labels.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { billPaidPercent, totalsByScheme } from './collectionFormat.ts';
import type { Bill, BillDetail, BillLine, Payment, RowError } from './collectionTypes.ts';
import { rowErrorsOf } from './rowErrors.ts';
import { todayIso } from '../../ui/formatTime.ts';
import { MoneyText } from '../../ui/MoneyText.tsx';
import { periodLabel } from '../../ui/periods.ts';
import { StatusTag } from '../../ui/StatusTag.tsx';

/** Whether an open bill is past its due date (China's today). */
export function isOverdue(bill: Pick<Bill, 'status' | 'dueOn'>): boolean {
  return bill.status === 'open' && bill.dueOn < todayIso();
}

export const schemeLabel = (t: Translate, scheme: string) => labelOf(t, 'coll.scheme', scheme);

/** A payer as the lists name it (they carry its id, not its name): 'Employer 12', 'Person 34'. */
function payerLabel(t: Translate, payer: { employerId?: number | null; personId?: number | null }): string {
  return payer.employerId != null
    ? t('coll.payerEmployerN', { id: payer.employerId })
    : t('coll.payerPersonN', { id: payer.personId ?? '' });
}

/** The bills of a payer (or of a search), each row opening its detail. */
export function BillsTable({
  bills,
  loading,
  onOpen,
  showPayer = false,
  testId = 'coll-bills',
}: {
  bills: Bill[];
  loading?: boolean;
  onOpen?: (bill: Bill) => void;
  showPayer?: boolean;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <Table<Bill>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={bills}
      pagination={{ pageSize: 12, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('coll.bill.none') }}
      data-testid={testId}
      onRow={(b) =>
        ({
          'data-testid': `coll-bill-row-${b.period}`,
          'data-bill-no': b.billNo,
          'data-status': b.status,
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t('coll.bill.no'),
          dataIndex: 'billNo',
          render: (v: string, b) =>
            onOpen ? (
              <a onClick={() => onOpen(b)} className="mono" data-testid="coll-bill-open">
                {v}
              </a>
            ) : (
              <span className="mono">{v}</span>
            ),
        },
        ...(showPayer
          ? [
              {
                title: t('coll.payer'),
                key: 'payer',
                render: (_: unknown, b: Bill) => payerLabel(t, b.payer),
              },
            ]
          : []),
        { title: t('coll.period'), dataIndex: 'period', render: (v: string) => periodLabel(v) },
        { title: t('coll.bill.kind'), dataIndex: 'kind', render: (v: string) => labelOf(t, 'coll.bill.kind', v) },
        { title: t('coll.bill.basis'), dataIndex: 'basis', render: (v: string) => labelOf(t, 'coll.bill.basis', v) },
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
          render: (v: string) => <MoneyText value={v} testId="coll-bill-paid" />,
        },
        {
          title: t('coll.bill.open'),
          dataIndex: 'open',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        { title: t('coll.bill.dueOn'), dataIndex: 'dueOn', render: (v: string) => <DateText value={v} /> },
        {
          title: t('common.status'),
          dataIndex: 'status',
          render: (v: string, b) => (
            <span data-testid="coll-bill-status">
              <StatusTag family="bill" status={isOverdue(b) ? 'overdue' : v} />
            </span>
          ),
        },
      ]}
    />
  );
}

/** A bill: header figures, totals per scheme and one line per person and scheme. */
export function BillDetailView({ bill }: { bill: BillDetail }) {
  const { t } = useI18n();
  const lines = bill.lines;
  const totals = totalsByScheme(lines);
  return (
    <Flex vertical gap={16} data-testid="coll-bill-detail" data-status={bill.status} data-bill-no={bill.billNo}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'no', label: t('coll.bill.no'), children: <span className="mono">{bill.billNo}</span> },
          { key: 'period', label: t('coll.period'), children: periodLabel(bill.period) },
          {
            key: 'status',
            label: t('common.status'),
            children: (
              <span data-testid="coll-bill-detail-status">
                <StatusTag family="bill" status={isOverdue(bill) ? 'overdue' : bill.status} />
              </span>
            ),
          },
          { key: 'kind', label: t('coll.bill.kind'), children: labelOf(t, 'coll.bill.kind', bill.kind) },
          { key: 'basis', label: t('coll.bill.basis'), children: labelOf(t, 'coll.bill.basis', bill.basis) },
          { key: 'due', label: t('coll.bill.dueOn'), children: <DateText value={bill.dueOn} /> },
          {
            key: 'total',
            label: t('coll.bill.total'),
            children: <MoneyText value={bill.total} testId="coll-bill-total" />,
          },
          { key: 'paid', label: t('coll.bill.paid'), children: <MoneyText value={bill.paid} /> },
          { key: 'open', label: t('coll.bill.open'), children: <MoneyText value={bill.open} /> },
        ]}
      />
      <Progress percent={billPaidPercent(bill)} size="small" status={bill.status === 'paid' ? 'success' : 'normal'} />
      {totals.length > 0 && (
        <Table
          rowKey="scheme"
          size="small"
          pagination={false}
          dataSource={totals}
          title={() => t('coll.bill.byScheme')}
          columns={[
            { title: t('coll.scheme'), dataIndex: 'scheme', render: (v: string) => schemeLabel(t, v) },
            { title: t('coll.line.persons'), dataIndex: 'persons', align: 'right' },
            {
              title: t('coll.line.base'),
              dataIndex: 'base',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            {
              title: t('coll.line.employer'),
              dataIndex: 'employer',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            {
              title: t('coll.line.employee'),
              dataIndex: 'employee',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            {
              title: t('coll.line.accountCredit'),
              dataIndex: 'accountCredit',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            {
              title: t('coll.line.total'),
              dataIndex: 'total',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
          ]}
        />
      )}
      <BillLinesTable lines={lines} />
      {bill.lateFees.length > 0 && (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          title={() => t('coll.lateFee.title')}
          dataSource={bill.lateFees}
          columns={[
            { title: t('coll.line.person'), dataIndex: 'personId', render: (v: number) => nameOf(lines, v) },
            { title: t('coll.scheme'), dataIndex: 'scheme', render: (v: string) => schemeLabel(t, v) },
            {
              title: t('coll.lateFee.arrears'),
              dataIndex: 'arrears',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            { title: t('coll.lateFee.from'), dataIndex: 'startOn', render: (v: string) => <DateText value={v} /> },
            { title: t('coll.lateFee.to'), dataIndex: 'endOn', render: (v: string) => <DateText value={v} /> },
            { title: t('coll.lateFee.days'), dataIndex: 'days', align: 'right' },
            {
              title: t('coll.lateFee.fee'),
              dataIndex: 'fee',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (v: string) => labelOf(t, 'coll.lateFee.status', v),
            },
          ]}
        />
      )}
      {bill.allocations.length > 0 && (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          title={() => t('coll.bill.allocations')}
          dataSource={bill.allocations}
          columns={[
            {
              title: t('coll.payment.no'),
              dataIndex: 'paymentNo',
              render: (v: string | null) => (v ? <span className="mono">{v}</span> : t('coll.payment.fromCredit')),
            },
            {
              title: t('coll.line.person'),
              dataIndex: 'personId',
              render: (v: number | null) => (v ? nameOf(lines, v) : '—'),
            },
            {
              title: t('coll.scheme'),
              dataIndex: 'scheme',
              render: (v: string | null, a) => (a.lateFeeId ? t('coll.lateFee.title') : v ? schemeLabel(t, v) : '—'),
            },
            {
              title: t('coll.amount'),
              dataIndex: 'amount',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            { title: t('coll.at'), dataIndex: 'allocatedAt', render: (v: string) => <DateText value={v} instant /> },
          ]}
        />
      )}
    </Flex>
  );
}

function nameOf(lines: readonly BillLine[], personId: number): string {
  return lines.find((l) => l.personId === personId)?.name ?? String(personId);
}

/** One line per person and scheme: base, employer, employee, account credit, status. */
export function BillLinesTable({ lines }: { lines: BillLine[] }) {
  const { t } = useI18n();
  return (
    <Table<BillLine>
      rowKey={(l) => `${l.personId}:${l.scheme}`}
      size="small"
      dataSource={lines}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      data-testid="coll-bill-lines"
      onRow={(l) =>
        ({
          'data-testid': `coll-line-${l.personId}-${l.scheme}`,
          'data-status': l.status,
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t('coll.line.person'),
          dataIndex: 'name',
          render: (v: string, l) => (
            <>
              {v}{' '}
              <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
                {l.citizenId}
              </Typography.Text>
            </>
          ),
        },
        { title: t('coll.scheme'), dataIndex: 'scheme', render: (v: string) => schemeLabel(t, v) },
        {
          title: t('coll.line.wage'),
          dataIndex: 'wage',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        {
          title: t('coll.line.base'),
          dataIndex: 'base',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        {
          title: t('coll.line.employer'),
          dataIndex: 'employer',
          align: 'right',
          render: (v: string, l) => (
            <span title={l.employerRate}>
              <MoneyText value={v} />
            </span>
          ),
        },
        {
          title: t('coll.line.employee'),
          dataIndex: 'employee',
          align: 'right',
          render: (v: string, l) => (
            <span title={l.employeeRate}>
              <MoneyText value={v} />
            </span>
          ),
        },
        {
          title: t('coll.line.accountCredit'),
          dataIndex: 'accountCredit',
          align: 'right',
          render: (v: string) => <MoneyText value={v} testId="coll-line-credit" />,
        },
        {
          title: t('coll.line.total'),
          dataIndex: 'total',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        {
          title: t('common.status'),
          dataIndex: 'status',
          render: (v: string) => <StatusTag family="billLine" status={v} />,
        },
        { title: t('coll.line.paidOn'), dataIndex: 'paidOn', render: (v: string | null) => <DateText value={v} /> },
      ]}
    />
  );
}

/** Payments with where their money went (allocated to bills, held as credit). */
export function PaymentsTable({
  payments,
  loading,
  showPayer = false,
}: {
  payments: Payment[];
  loading?: boolean;
  showPayer?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Table<Payment>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={payments}
      pagination={{ pageSize: 12, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('coll.payment.none') }}
      data-testid="coll-payments"
      columns={[
        {
          title: t('coll.payment.no'),
          dataIndex: 'paymentNo',
          render: (v: string) => <span className="mono">{v}</span>,
        },
        ...(showPayer
          ? [
              {
                title: t('coll.payer'),
                key: 'payer',
                render: (_: unknown, p: Payment) => payerLabel(t, p),
              },
            ]
          : []),
        { title: t('coll.payment.receivedOn'), dataIndex: 'receivedOn', render: (v: string) => <DateText value={v} /> },
        {
          title: t('coll.payment.channel'),
          dataIndex: 'channel',
          render: (v: string) => labelOf(t, 'coll.channel', v),
        },
        {
          title: t('coll.payment.reference'),
          dataIndex: 'reference',
          render: (v: string) => <span className="mono">{v}</span>,
        },
        {
          title: t('coll.amount'),
          dataIndex: 'amount',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        {
          title: t('coll.payment.allocated'),
          dataIndex: 'allocated',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        {
          title: t('coll.payment.held'),
          dataIndex: 'held',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
      ]}
    />
  );
}

/** Every problem of a refused file or form, with its row number. */
export function RowErrorsTable({ errors, testId = 'coll-row-errors' }: { errors: RowError[]; testId?: string }) {
  const { t } = useI18n();
  return (
    <Table<RowError>
      rowKey={(e, i) => `${e.row ?? e.line ?? ''}:${e.column ?? e.field ?? ''}:${e.code}:${i}`}
      size="small"
      dataSource={errors}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
      columns={[
        { title: t('coll.upload.row'), key: 'row', width: 80, render: (_, e) => e.row ?? e.line ?? '—' },
        { title: t('coll.upload.column'), key: 'column', width: 160, render: (_, e) => e.column ?? e.field ?? '—' },
        { title: t('coll.upload.message'), dataIndex: 'message' },
        { title: t('coll.upload.code'), dataIndex: 'code', render: (v: string) => <span className="mono">{v}</span> },
      ]}
    />
  );
}

/** A refusal: the server's message, and every bad row when it sent them. */
export function RefusalView({ error, testId = 'coll-refusal' }: { error: unknown; testId?: string }) {
  const errors = rowErrorsOf(error);
  if (!error) return null;
  return (
    <div data-testid={testId}>
      <ErrorAlert error={error} />
      {errors.length > 0 && <RowErrorsTable errors={errors} />}
    </div>
  );
}

/** A row of figures at the top of a page. */
export function Figures({
  items,
}: {
  items: Array<{ key: string; title: string; value: ReactNode; testId?: string }>;
}) {
  return (
    <Row gutter={[16, 16]}>
      {items.map((i) => (
        <Col xs={12} md={6} key={i.key}>
          <Card size="small" data-testid={i.testId}>
            <Statistic title={i.title} valueRender={() => i.value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export function EmptyHint({ text }: { text: string }) {
  return <Alert type="info" showIcon title={text} />;
}
