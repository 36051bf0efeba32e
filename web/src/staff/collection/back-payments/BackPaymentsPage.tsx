import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, DatePicker, Form, Input, Modal, Segmented, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { labelOf } from '../../../ui/labels.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useNotify } from '../../../ui/useNotify.ts';
import { PersonPicker } from '../../registration/shared/Pickers.tsx';
import {
  useBackPayments,
  useDecideBackPayment,
  useProposeBackPayment,
} from '../../../shared/collection/collectionApi.ts';
import { amountRule } from '../../../ui/amountRule.ts';
import {
  COLLECTION_SCHEMES,
  type BackPayment,
  type CollectionScheme,
  type Payer,
} from '../../../shared/collection/collectionTypes.ts';
import { DecisionButtons } from '../shared/DecisionButtons.tsx';
import { PayerPicker } from '../shared/PayerPicker.tsx';
import { schemeLabel } from '../../../shared/collection/CollectionUi.tsx';
import { MoneyText } from '../../../ui/MoneyText.tsx';
import { amountDecimal, sumDecimals } from '../../../ui/money.ts';
import { periodLabel } from '../../../ui/periods.ts';

interface ProposeForm {
  kind: 'back_payment' | 'extension';
  caseNumber?: string;
  payer: Payer | null;
  personId: number | null;
  range: [Dayjs, Dayjs];
  wage: string;
  schemes: CollectionScheme[];
  reason: string;
  employerAtFault: boolean;
}

function ProposeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const propose = useProposeBackPayment();
  const [form] = Form.useForm<ProposeForm>();
  return (
    <Modal
      open={open}
      width={720}
      title={t('coll.back.propose')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: propose.isPending }}
      destroyOnHidden
    >
      <ErrorAlert error={propose.error} />
      <Form<ProposeForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'back_payment', schemes: [...COLLECTION_SCHEMES], employerAtFault: true }}
        onFinish={(v) => {
          const from = v.range[0].format('YYYYMM');
          const to = v.range[1].format('YYYYMM');
          propose.mutate(
            {
              kind: v.kind,
              ...(v.payer?.kind === 'employer' ? { employerId: v.payer.employerId } : {}),
              personId: v.payer?.kind === 'flexible' ? v.payer.personId : v.personId!,
              fromPeriod: from,
              toPeriod: to,
              wage: amountDecimal(v.wage),
              schemes: v.schemes,
              reason: v.reason,
              employerAtFault: v.payer?.kind === 'employer' && v.employerAtFault,
              ...(v.caseNumber?.trim() ? { caseNumber: v.caseNumber.trim() } : {}),
            },
            {
              onSuccess: () => {
                notify.success(t('coll.back.proposed'));
                onClose();
              },
            },
          );
        }}
      >
        <Form.Item name="kind" label={t('coll.back.kind')}>
          <Segmented<ProposeForm['kind']>
            options={[
              { value: 'back_payment', label: t('coll.back.kind.back_payment') },
              { value: 'extension', label: t('coll.back.kind.extension') },
            ]}
          />
        </Form.Item>
        <Form.Item name="payer" label={t('coll.payer')} rules={[{ required: true, message: t('form.required') }]}>
          <PayerPicker testId="coll-back-payer" />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.payer !== b.payer}>
          {({ getFieldValue }) =>
            (getFieldValue('payer') as Payer | null)?.kind === 'flexible' ? null : (
              <Form.Item
                name="personId"
                label={t('coll.back.person')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <PersonPicker testId="coll-back-person" />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item
          name="range"
          label={t('coll.back.periods')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker.RangePicker picker="month" />
        </Form.Item>
        <Form.Item
          name="wage"
          label={t('coll.back.wage')}
          rules={[{ required: true, message: t('form.required') }, amountRule(t, 'positive')]}
        >
          <Input prefix="¥" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="schemes" label={t('coll.scheme')} rules={[{ required: true, message: t('form.required') }]}>
          <Checkbox.Group options={COLLECTION_SCHEMES.map((s) => ({ value: s, label: schemeLabel(t, s) }))} />
        </Form.Item>
        <Form.Item name="employerAtFault" valuePropName="checked">
          <Checkbox>{t('coll.back.atFault')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('coll.back.reason')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** `/staff/collection/back-payments`: 补缴, proposed by a clerk and approved by someone else. */
export default function BackPaymentsPage() {
  const { t } = useI18n();
  const list = useBackPayments();
  const decide = useDecideBackPayment();
  const [open, setOpen] = useState(false);
  const canPropose = useSessionInfo().data?.session?.permissions.includes('collection.declare') ?? false;
  return (
    <>
      <PageTitle
        title={t('coll.menu.backPayments')}
        description={t('coll.home.backPayments')}
        extra={
          canPropose && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('coll.back.propose')}
            </Button>
          )
        }
      />
      <Card>
        <ErrorAlert error={list.error} />
        <Table<BackPayment>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 15, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('coll.back.no'),
              dataIndex: 'backPaymentNo',
              render: (v: string) => <span className="mono">{v}</span>,
            },
            { title: t('coll.back.kind'), dataIndex: 'kind', render: (v: string) => labelOf(t, 'coll.back.kind', v) },
            { title: t('coll.back.person'), key: 'person', dataIndex: 'personName' },
            {
              title: t('coll.payer'),
              key: 'payer',
              render: (_, b) => b.employerName ?? (b.employerId ? b.employerId : t('coll.payerKind.flexible')),
            },
            {
              title: t('coll.back.periods'),
              key: 'periods',
              render: (_, b) => `${periodLabel(b.fromPeriod)} ~ ${periodLabel(b.toPeriod)}`,
            },
            {
              title: t('coll.back.wage'),
              dataIndex: 'wage',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            {
              title: t('coll.back.bills'),
              key: 'bills',
              render: (_, b) =>
                b.bills.length === 0 ? (
                  '—'
                ) : (
                  <span className="mono">
                    {b.bills.map((x) => x.billNo).join(t('coll.listSeparator'))}（
                    <MoneyText value={sumDecimals(b.bills.map((x) => x.total))} />）
                  </span>
                ),
            },
            {
              title: t('coll.back.case'),
              dataIndex: 'caseNumber',
              render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
            },
            { title: t('coll.at'), dataIndex: 'proposedAt', render: (v: string) => <DateText value={v} instant /> },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (v: string) => <Tag>{labelOf(t, 'coll.decision.status', v)}</Tag>,
            },
            {
              title: t('common.actions'),
              key: 'decide',
              render: (_, b) =>
                b.status === 'proposed' ? (
                  <DecisionButtons
                    id={b.id}
                    decide={decide.mutate}
                    pending={decide.isPending}
                    error={decide.error}
                    testId={`coll-back-${b.id}`}
                  />
                ) : null,
            },
          ]}
        />
      </Card>
      <ProposeModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
