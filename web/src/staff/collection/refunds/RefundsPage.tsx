import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { labelOf } from '../../../ui/labels.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useNotify } from '../../../ui/useNotify.ts';
import { useCredit, useDecideRefund, useProposeRefund, useRefunds } from '../../../shared/collection/collectionApi.ts';
import { amountRule } from '../../../ui/amountRule.ts';
import { amountDecimal } from '../../../ui/money.ts';
import type { Payer, Refund } from '../../../shared/collection/collectionTypes.ts';
import { DecisionButtons } from '../shared/DecisionButtons.tsx';
import { PayerPicker } from '../shared/PayerPicker.tsx';
import { MoneyText } from '../../../ui/MoneyText.tsx';

function ProposeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const propose = useProposeRefund();
  const [payer, setPayer] = useState<Payer | null>(null);
  const credit = useCredit(payer);
  const [form] = Form.useForm<{ amount: string; reason: string }>();
  return (
    <Modal
      open={open}
      title={t('coll.refund.propose')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: propose.isPending, disabled: !payer }}
      destroyOnHidden
    >
      <ErrorAlert error={propose.error} />
      <div style={{ marginBottom: 12 }}>
        <PayerPicker value={payer} onChange={setPayer} testId="coll-refund-payer" />
        {payer && (
          <Typography.Paragraph style={{ marginTop: 8 }}>
            {t('coll.refund.creditBalance')} <MoneyText value={credit.data ?? null} />
          </Typography.Paragraph>
        )}
      </div>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) =>
          payer &&
          propose.mutate(
            { payer, amount: amountDecimal(v.amount), reason: v.reason },
            {
              onSuccess: () => {
                notify.success(t('coll.refund.proposed'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item
          name="amount"
          label={t('coll.amount')}
          rules={[{ required: true, message: t('form.required') }, amountRule(t, 'positive')]}
        >
          <Input prefix="¥" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('coll.refund.reason')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** `/staff/collection/refunds`: 退费 of a payer's credit, proposed and approved by different people. */
export default function RefundsPage() {
  const { t } = useI18n();
  const refunds = useRefunds();
  const decide = useDecideRefund();
  const [open, setOpen] = useState(false);
  const canPropose = useSessionInfo().data?.session?.permissions.includes('collection.pay') ?? false;
  return (
    <>
      <PageTitle
        title={t('coll.menu.refunds')}
        description={t('coll.home.refunds')}
        extra={
          canPropose && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('coll.refund.propose')}
            </Button>
          )
        }
      />
      <Card>
        <ErrorAlert error={refunds.error} />
        <Table<Refund>
          rowKey="id"
          size="small"
          loading={refunds.isFetching}
          dataSource={refunds.data ?? []}
          pagination={{ pageSize: 15, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('coll.refund.no'),
              dataIndex: 'refundNo',
              render: (v: string) => <span className="mono">{v}</span>,
            },
            {
              title: t('coll.payer'),
              dataIndex: 'payerName',
              render: (v: string | null, r) => v ?? r.employerId ?? r.personId,
            },
            {
              title: t('coll.amount'),
              dataIndex: 'amount',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            { title: t('coll.refund.reason'), dataIndex: 'reason' },
            { title: t('coll.at'), dataIndex: 'proposedAt', render: (v: string) => <DateText value={v} instant /> },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (v: string) => <Tag>{labelOf(t, 'coll.decision.status', v)}</Tag>,
            },
            { title: t('coll.decision.note'), dataIndex: 'decisionNote', render: (v: string | null) => v ?? '' },
            {
              title: t('common.actions'),
              key: 'decide',
              render: (_, r) =>
                r.status === 'proposed' ? (
                  <DecisionButtons
                    id={r.id}
                    decide={decide.mutate}
                    pending={decide.isPending}
                    error={decide.error}
                    testId={`coll-refund-${r.id}`}
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
