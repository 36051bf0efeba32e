import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, DatePicker, Form, Input, Modal, Table, Tag } from 'antd';
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
import { useBackPayments, useDecideBackPayment, useProposeBackPayment } from '../collectionApi.ts';
import { addMonths, isYuan, normalizeYuan, periodLabel } from '../collectionFormat.ts';
import { COLLECTION_SCHEMES, type BackPayment, type Payer } from '../collectionTypes.ts';
import { DecisionButtons } from '../shared/DecisionButtons.tsx';
import { PayerPicker } from '../shared/PayerPicker.tsx';
import { schemeLabel, Yuan } from '../shared/CollectionUi.tsx';

interface ProposeForm {
  payer: Payer | null;
  personId: number | null;
  range: [Dayjs, Dayjs];
  wage: string;
  schemes: string[];
  reason: string;
  employerAtFault: boolean;
}

/** The periods from `from` to `to` (YYYYMM, inclusive). */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to && out.length < 600; p = addMonths(p, 1)) out.push(p);
  return out;
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
        initialValues={{ schemes: [...COLLECTION_SCHEMES], employerAtFault: true }}
        onFinish={(v) => {
          const from = v.range[0].format('YYYYMM');
          const to = v.range[1].format('YYYYMM');
          propose.mutate(
            {
              payer: v.payer!,
              personId: v.payer?.kind === 'flexible' ? v.payer.personId : v.personId!,
              periods: periodsBetween(from, to),
              wage: normalizeYuan(v.wage),
              schemes: v.schemes,
              reason: v.reason,
              employerAtFault: v.employerAtFault,
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
          rules={[
            { required: true, message: t('form.required') },
            {
              validator: (_, v: string) =>
                !v || isYuan(v) ? Promise.resolve() : Promise.reject(new Error(t('coll.invalidAmount'))),
            },
          ]}
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
              key: 'no',
              render: (_, b) => <span className="mono">{b.backPaymentNo ?? b.no ?? b.id}</span>,
            },
            { title: t('coll.back.person'), key: 'person', render: (_, b) => b.personName ?? b.personId },
            {
              title: t('coll.payer'),
              key: 'payer',
              render: (_, b) => b.employerName ?? (b.employerId ? b.employerId : t('coll.payerKind.flexible')),
            },
            {
              title: t('coll.back.periods'),
              dataIndex: 'periods',
              render: (v: string[]) =>
                v?.length ? `${periodLabel(v[0])} ~ ${periodLabel(v[v.length - 1])}（${v.length}）` : '—',
            },
            {
              title: t('coll.back.wage'),
              dataIndex: 'wage',
              align: 'right',
              render: (v: string | null) => <Yuan value={v} />,
            },
            {
              title: t('coll.bill.total'),
              dataIndex: 'total',
              align: 'right',
              render: (v: string | null) => <Yuan value={v ?? null} />,
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
