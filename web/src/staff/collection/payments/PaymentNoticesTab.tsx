import { Button, Form, Input, Modal, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { labelOf } from '../../../ui/labels.ts';
import { useNotify } from '../../../ui/useNotify.ts';
import { useDismissNotice, useMatchNotice, usePaymentNotices } from '../../../shared/collection/collectionApi.ts';
import { NOTICE_STATUSES, type NoticeStatus, type PaymentNotice } from '../../../shared/collection/collectionTypes.ts';
import { NoticesTable } from '../../../shared/collection/NoticesTable.tsx';

type Settle = { kind: 'match' | 'dismiss'; notice: PaymentNotice };

/** Matches a notice to a payment the clerk names, or dismisses it with the reason. */
function SettleModal({ settle, onClose }: { settle: Settle | null; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const match = useMatchNotice();
  const dismiss = useDismissNotice();
  const [form] = Form.useForm<{ paymentNo: string; note: string }>();
  const isMatch = settle?.kind === 'match';
  const write = isMatch ? match : dismiss;
  const submit = (v: { paymentNo: string; note: string }) => {
    if (!settle) return;
    const done = () => {
      notify.success(t(isMatch ? 'coll.notice.matched' : 'coll.notice.dismissed'));
      onClose();
    };
    const note = v.note?.trim() ?? '';
    if (isMatch) match.mutate({ id: settle.notice.id, paymentNo: v.paymentNo.trim(), note }, { onSuccess: done });
    else dismiss.mutate({ id: settle.notice.id, note }, { onSuccess: done });
  };
  return (
    <Modal
      open={settle !== null}
      title={
        settle && t(isMatch ? 'coll.notice.matchTitle' : 'coll.notice.dismissTitle', { no: settle.notice.noticeNo })
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: write.isPending, danger: !isMatch }}
      afterClose={() => {
        match.reset();
        dismiss.reset();
      }}
      destroyOnHidden
    >
      <ErrorAlert error={write.error} />
      <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
        {isMatch && (
          <Form.Item
            name="paymentNo"
            label={t('coll.notice.paymentNo')}
            extra={t('coll.notice.matchHint')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input className="mono" maxLength={40} data-testid="coll-notice-payment-no" />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t(isMatch ? 'coll.notice.note' : 'coll.notice.dismissReason')}
          rules={isMatch ? [] : [{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="coll-notice-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 缴款通知: what employers say they paid; the open ones are those to look for among the payments. */
export function PaymentNoticesTab() {
  const { t } = useI18n();
  const [status, setStatus] = useState<NoticeStatus | 'all'>('open');
  const notices = usePaymentNotices(status === 'all' ? undefined : status);
  const [settle, setSettle] = useState<Settle | null>(null);
  const canPay = useSessionInfo().data?.session?.permissions.includes('collection.pay') ?? false;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('coll.notice.intro')}</Typography.Paragraph>
      <Segmented<NoticeStatus | 'all'>
        value={status}
        onChange={setStatus}
        options={[
          ...NOTICE_STATUSES.map((s) => ({ value: s, label: labelOf(t, 'coll.notice.status', s) })),
          { value: 'all' as const, label: t('coll.notice.all') },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="coll-notice-status"
      />
      <ErrorAlert error={notices.error} />
      <NoticesTable
        notices={notices.data ?? []}
        loading={notices.isFetching}
        showEmployer
        actions={(n) =>
          n.status === 'open' && canPay ? (
            <Space size={4}>
              <Button
                size="small"
                onClick={() => setSettle({ kind: 'match', notice: n })}
                data-testid="coll-notice-match"
              >
                {t('coll.notice.match')}
              </Button>
              <Button size="small" danger onClick={() => setSettle({ kind: 'dismiss', notice: n })}>
                {t('coll.notice.dismiss')}
              </Button>
            </Space>
          ) : null
        }
      />
      <SettleModal settle={settle} onClose={() => setSettle(null)} />
    </>
  );
}
