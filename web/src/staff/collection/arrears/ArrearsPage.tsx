import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Form, Input, Modal, Row, Select, Table, Tabs, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { addDays } from '../../../../../src/kernel/calendar-date.ts';
import { useMemo, useState } from 'react';
import { useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { todayIso } from '../../../ui/formatTime.ts';
import { labelOf } from '../../../ui/labels.ts';
import { EChart } from '../../../ui/charts/EChart.tsx';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useNotify } from '../../../ui/useNotify.ts';
import {
  orderPdfHref,
  useArrears,
  useDecideDeferral,
  useDeferrals,
  useEnforcementSteps,
  useIssueOrder,
  usePaymentOrders,
  useProposeDeferral,
  useRecordStep,
} from '../../../shared/collection/collectionApi.ts';
import { arrearsByMonthOption, arrearsByPayerOption } from '../../../shared/collection/collectionFormat.ts';
import {
  ENFORCEMENT_STEPS,
  type ArrearsRow,
  type Deferral,
  type EnforcementStep,
  type EnforcementStepKind,
  type Payer,
  type PaymentOrder,
} from '../../../shared/collection/collectionTypes.ts';
import { DecisionButtons } from '../shared/DecisionButtons.tsx';
import { Figures } from '../../../shared/collection/CollectionUi.tsx';
import { MoneyText } from '../../../ui/MoneyText.tsx';
import { periodLabel } from '../../../ui/periods.ts';

const payerOf = (r: ArrearsRow): Payer =>
  r.payerKind === 'employer'
    ? { kind: 'employer', employerId: r.employerId! }
    : { kind: 'flexible', personId: r.personId! };

function StepModal({ employerId, onClose }: { employerId: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const record = useRecordStep();
  const [form] = Form.useForm<{ step: EnforcementStepKind; takenOn: Dayjs; documentNo?: string; note: string }>();
  return (
    <Modal
      open={employerId !== null}
      title={t('coll.enf.record')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: record.isPending }}
      destroyOnHidden
    >
      <ErrorAlert error={record.error} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) =>
          record.mutate(
            {
              employerId: employerId!,
              step: v.step,
              takenOn: v.takenOn.format('YYYY-MM-DD'),
              note: v.note,
              ...(v.documentNo ? { documentNo: v.documentNo } : {}),
            },
            {
              onSuccess: () => {
                notify.success(t('common.saved'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="step" label={t('coll.enf.step')} rules={[{ required: true, message: t('form.required') }]}>
          <Select
            options={ENFORCEMENT_STEPS.map((s) => ({ value: s, label: t(`coll.enf.kind.${s}`) }))}
            data-testid="coll-step-kind"
          />
        </Form.Item>
        <Form.Item
          name="takenOn"
          label={t('coll.enf.takenOn')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="documentNo" label={t('coll.enf.documentNo')}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t('coll.enf.note')} rules={[{ required: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} data-testid="coll-step-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 催缴通知: the day to pay by (15 days from today unless changed), then the PDF opens. */
function OrderModal({ payer, onClose }: { payer: Payer | null; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const issue = useIssueOrder();
  const [payBy, setPayBy] = useState<Dayjs | null>(() => dayjs(addDays(todayIso(), 15)));
  return (
    <Modal
      open={payer !== null}
      title={t('coll.order.issue')}
      onCancel={onClose}
      okButtonProps={{ loading: issue.isPending, disabled: !payBy }}
      onOk={() =>
        payer &&
        payBy &&
        issue.mutate(
          {
            ...(payer.kind === 'employer' ? { employerId: payer.employerId } : { personId: payer.personId }),
            payBy: payBy.format('YYYY-MM-DD'),
          },
          {
            onSuccess: (o) => {
              notify.success(t('coll.order.issued', { no: o.orderNo }));
              window.open(orderPdfHref(o.id), '_blank');
              onClose();
            },
          },
        )
      }
      destroyOnHidden
    >
      <ErrorAlert error={issue.error} />
      <Flex gap={8} align="center">
        {t('coll.order.payBy')}
        <DatePicker value={payBy} onChange={setPayBy} data-testid="coll-order-pay-by" />
      </Flex>
    </Modal>
  );
}

function DeferralModal({ employerId, onClose }: { employerId: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const propose = useProposeDeferral();
  const [form] = Form.useForm<{ from: Dayjs; to: Dayjs; payBy: Dayjs; guarantee?: string; note?: string }>();
  return (
    <Modal
      open={employerId !== null}
      title={t('coll.deferral.propose')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: propose.isPending }}
      destroyOnHidden
    >
      <ErrorAlert error={propose.error} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) =>
          propose.mutate(
            {
              employerId: employerId!,
              fromPeriod: v.from.format('YYYYMM'),
              toPeriod: v.to.format('YYYYMM'),
              payBy: v.payBy.format('YYYY-MM-DD'),
              ...(v.guarantee ? { guarantee: v.guarantee } : {}),
              ...(v.note ? { note: v.note } : {}),
            },
            {
              onSuccess: () => {
                notify.success(t('coll.deferral.proposed'));
                onClose();
              },
            },
          )
        }
      >
        <Flex gap={12}>
          <Form.Item
            name="from"
            label={t('coll.deferral.from')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DatePicker picker="month" />
          </Form.Item>
          <Form.Item name="to" label={t('coll.deferral.to')} rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker picker="month" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="payBy"
          label={t('coll.deferral.payBy')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="guarantee" label={t('coll.deferral.guarantee')}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t('coll.enf.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ArrearsList() {
  const { t } = useI18n();
  const arrears = useArrears();
  const perms = useSessionInfo().data?.session?.permissions ?? [];
  const canEnforce = perms.includes('collection.enforce');
  const [stepFor, setStepFor] = useState<number | null>(null);
  const [deferFor, setDeferFor] = useState<number | null>(null);
  const rows = useMemo(() => arrears.data?.payers ?? [], [arrears.data]);
  const [orderFor, setOrderFor] = useState<Payer | null>(null);
  const labels = useMemo(() => ({ arrears: t('coll.arrears.amount'), lateFee: t('coll.arrears.lateFee') }), [t]);
  const byMonth = useMemo(() => arrearsByMonthOption(arrears.data?.byPeriod ?? [], labels), [arrears.data, labels]);
  const byPayer = useMemo(() => arrearsByPayerOption(rows, labels), [rows, labels]);
  return (
    <>
      <Figures
        items={[
          {
            key: 'payers',
            title: t('coll.arrears.payers'),
            value: arrears.data?.payerCount ?? rows.length,
            testId: 'coll-arrears-payers',
          },
          {
            key: 'amount',
            title: t('coll.arrears.amount'),
            value: <MoneyText value={arrears.data?.total ?? null} />,
          },
          {
            key: 'fee',
            title: t('coll.arrears.lateFee'),
            value: <MoneyText value={arrears.data?.lateFeeAccrued ?? null} />,
          },
          { key: 'asOf', title: t('coll.arrears.asOf'), value: <DateText value={arrears.data?.asOf ?? null} /> },
        ]}
      />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('coll.arrears.byMonth')}>
            <EChart option={byMonth} height={280} empty={rows.length === 0} testId="coll-arrears-month-chart" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('coll.arrears.byPayer')}>
            <EChart option={byPayer} height={280} empty={rows.length === 0} testId="coll-arrears-payer-chart" />
          </Card>
        </Col>
      </Row>
      <ErrorAlert error={arrears.error} />
      <Table<ArrearsRow>
        style={{ marginTop: 16 }}
        rowKey={(r) => `${r.payerKind}:${r.employerId ?? r.personId}`}
        size="small"
        loading={arrears.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        data-testid="coll-arrears-table"
        columns={[
          { title: t('coll.payer'), dataIndex: 'name' },
          {
            title: t('coll.payerKind.label'),
            dataIndex: 'payerKind',
            render: (v: string) => t(v === 'employer' ? 'coll.payerKind.employer' : 'coll.payerKind.flexible'),
          },
          {
            title: t('coll.arrears.code'),
            dataIndex: 'code',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          {
            title: t('coll.arrears.amount'),
            dataIndex: 'amount',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
          { title: t('coll.arrears.months'), dataIndex: 'months', align: 'right' },
          {
            title: t('coll.arrears.oldest'),
            dataIndex: 'oldestPeriod',
            render: (v: string) => periodLabel(v),
          },
          {
            title: t('coll.arrears.lateFee'),
            dataIndex: 'lateFeeAccrued',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
          {
            title: t('coll.arrears.enforcement'),
            key: 'enf',
            render: (_, r) => (
              <>
                {r.enforcement && (
                  <Tag>
                    {labelOf(t, 'coll.enf.kind', r.enforcement.step)} {r.enforcement.takenOn}
                  </Tag>
                )}
                {r.deferral && (
                  <Tag color="blue">
                    {t('coll.arrears.deferredTo', { no: r.deferral.agreementNo, date: r.deferral.payBy })}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, r) =>
              canEnforce ? (
                <Flex gap={6} wrap>
                  <Button
                    size="small"
                    icon={<FilePdfOutlined />}
                    onClick={() => setOrderFor(payerOf(r))}
                    data-testid="coll-issue-order"
                  >
                    {t('coll.order.issue')}
                  </Button>
                  {r.employerId !== null && (
                    <>
                      <Button size="small" onClick={() => setStepFor(r.employerId)}>
                        {t('coll.enf.record')}
                      </Button>
                      <Button size="small" onClick={() => setDeferFor(r.employerId)}>
                        {t('coll.deferral.propose')}
                      </Button>
                    </>
                  )}
                </Flex>
              ) : null,
          },
        ]}
      />
      <OrderModal payer={orderFor} onClose={() => setOrderFor(null)} />
      <StepModal employerId={stepFor} onClose={() => setStepFor(null)} />
      <DeferralModal employerId={deferFor} onClose={() => setDeferFor(null)} />
    </>
  );
}

function Orders() {
  const { t } = useI18n();
  const orders = usePaymentOrders();
  return (
    <>
      <ErrorAlert error={orders.error} />
      <Table<PaymentOrder>
        rowKey="id"
        size="small"
        loading={orders.isFetching}
        dataSource={orders.data ?? []}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('coll.order.no'), dataIndex: 'orderNo', render: (v: string) => <span className="mono">{v}</span> },
          { title: t('coll.payer'), dataIndex: 'payerName' },
          {
            title: t('coll.arrears.amount'),
            dataIndex: 'arrears',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
          {
            title: t('coll.arrears.lateFee'),
            dataIndex: 'lateFee',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
          {
            title: t('coll.order.periods'),
            dataIndex: 'periods',
            render: (v: string[]) => v.map(periodLabel).join(t('coll.listSeparator')),
          },
          { title: t('coll.order.asOf'), dataIndex: 'asOf', render: (v: string) => <DateText value={v} /> },
          { title: t('coll.order.payBy'), dataIndex: 'payBy', render: (v: string) => <DateText value={v} /> },
          {
            title: t('common.actions'),
            key: 'pdf',
            render: (_, o) => (
              <a href={orderPdfHref(o.id)} target="_blank" rel="noreferrer" data-testid="coll-order-pdf">
                <FilePdfOutlined /> PDF
              </a>
            ),
          },
        ]}
      />
    </>
  );
}

function Deferrals() {
  const { t } = useI18n();
  const deferrals = useDeferrals();
  const decide = useDecideDeferral();
  return (
    <>
      <ErrorAlert error={deferrals.error} />
      <Table<Deferral>
        rowKey="id"
        size="small"
        loading={deferrals.isFetching}
        dataSource={deferrals.data ?? []}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('coll.deferral.no'),
            dataIndex: 'agreementNo',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          { title: t('coll.payer'), dataIndex: 'employerName' },
          { title: t('coll.deferral.from'), dataIndex: 'fromPeriod', render: (v: string) => periodLabel(v) },
          { title: t('coll.deferral.to'), dataIndex: 'toPeriod', render: (v: string) => periodLabel(v) },
          { title: t('coll.deferral.payBy'), dataIndex: 'payBy', render: (v: string) => <DateText value={v} /> },
          { title: t('coll.deferral.guarantee'), dataIndex: 'guarantee', render: (v: string | null) => v ?? '—' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (v: string) => <Tag>{labelOf(t, 'coll.deferral.status', v)}</Tag>,
          },
          {
            title: t('common.actions'),
            key: 'decide',
            render: (_, d) =>
              d.status === 'proposed' ? (
                <DecisionButtons
                  id={d.id}
                  decide={decide.mutate}
                  pending={decide.isPending}
                  error={decide.error}
                  testId={`coll-deferral-${d.id}`}
                />
              ) : null,
          },
        ]}
      />
    </>
  );
}

function Steps() {
  const { t } = useI18n();
  const steps = useEnforcementSteps();
  return (
    <>
      <ErrorAlert error={steps.error} />
      <Table<EnforcementStep>
        rowKey="id"
        size="small"
        loading={steps.isFetching}
        dataSource={steps.data ?? []}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('coll.enf.takenOn'), dataIndex: 'takenOn', render: (v: string) => <DateText value={v} /> },
          { title: t('coll.payer'), dataIndex: 'employerName' },
          { title: t('coll.enf.step'), dataIndex: 'step', render: (v: string) => labelOf(t, 'coll.enf.kind', v) },
          {
            title: t('coll.enf.documentNo'),
            dataIndex: 'documentNo',
            render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
          },
          { title: t('coll.enf.note'), dataIndex: 'note' },
        ]}
      />
    </>
  );
}

/** `/staff/collection/arrears`: 欠费 of the agency's payers with charts; orders, deferrals, enforcement. */
export default function ArrearsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t('coll.menu.arrears')} description={t('coll.home.arrears')} />
      <Card>
        <Tabs
          destroyOnHidden
          items={[
            { key: 'arrears', label: t('coll.arrears.tab'), children: <ArrearsList /> },
            { key: 'orders', label: t('coll.order.tab'), children: <Orders /> },
            { key: 'deferrals', label: t('coll.deferral.tab'), children: <Deferrals /> },
            { key: 'steps', label: t('coll.enf.tab'), children: <Steps /> },
          ]}
        />
      </Card>
    </>
  );
}
