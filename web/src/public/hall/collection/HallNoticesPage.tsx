import { Alert, Button, Card, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n/index.ts';
import { todayIso } from '../../../ui/formatTime.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useNotify } from '../../../ui/useNotify.ts';
import { amountRule } from '../../../ui/amountRule.ts';
import { amountDecimal } from '../../../ui/money.ts';
import { NoticesTable } from '../../../shared/collection/NoticesTable.tsx';
import { useHallBills, useHallNotices, useSendNotice } from './hallCollectionApi.ts';

interface NoticeForm {
  amount: string;
  paidOn: Dayjs;
  bank: string;
  reference: string;
  billNos?: string[];
  note?: string;
}

/** The form: what the employer paid at its bank. The notice is its word; the bank's report is the money. */
function SendNotice() {
  const { t } = useI18n();
  const notify = useNotify();
  const send = useSendNotice();
  const bills = useHallBills('employer');
  const [form] = Form.useForm<NoticeForm>();
  const billOptions = (bills.data ?? [])
    .filter((b) => b.status !== 'cancelled')
    .map((b) => ({ value: b.billNo, label: `${b.billNo} · ${b.period}` }));
  const submit = (v: NoticeForm) =>
    send.mutate(
      {
        amount: amountDecimal(v.amount),
        paidOn: v.paidOn.format('YYYY-MM-DD'),
        bank: v.bank.trim(),
        reference: v.reference.trim(),
        billNos: v.billNos ?? [],
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      },
      {
        onSuccess: (n) => {
          notify.success(
            n.payment
              ? t('hcoll.notice.sentMatched', { no: n.noticeNo, payment: n.payment.paymentNo })
              : t('hcoll.notice.sent', { no: n.noticeNo }),
          );
          form.resetFields();
        },
      },
    );
  return (
    <Card title={t('hcoll.notice.formTitle')} data-testid="hcoll-notice-form">
      <Alert type="info" showIcon title={t('hcoll.notice.formIntro')} style={{ marginBottom: 16 }} />
      <ErrorAlert error={send.error} />
      <Form<NoticeForm> form={form} layout="vertical" requiredMark="optional" onFinish={submit}>
        <Form.Item
          name="amount"
          label={t('hcoll.notice.amount')}
          rules={[{ required: true, message: t('form.required') }, amountRule(t, 'positive')]}
        >
          <Input prefix="¥" inputMode="decimal" style={{ width: 220 }} data-testid="hcoll-notice-amount" />
        </Form.Item>
        <Form.Item
          name="paidOn"
          label={t('hcoll.notice.paidOn')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()} data-testid="hcoll-notice-paid-on" />
        </Form.Item>
        <Form.Item
          name="bank"
          label={t('hcoll.notice.bank')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input maxLength={100} style={{ width: 320 }} data-testid="hcoll-notice-bank" />
        </Form.Item>
        <Form.Item
          name="reference"
          label={t('hcoll.notice.reference')}
          extra={t('hcoll.notice.referenceHint')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input maxLength={100} className="mono" style={{ width: 320 }} data-testid="hcoll-notice-reference" />
        </Form.Item>
        <Form.Item name="billNos" label={t('hcoll.notice.bills')}>
          <Select mode="multiple" maxCount={24} options={billOptions} loading={bills.isFetching} allowClear />
        </Form.Item>
        <Form.Item name="note" label={t('hcoll.notice.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={send.isPending} data-testid="hcoll-notice-submit">
          {t('hcoll.notice.send')}
        </Button>
      </Form>
    </Card>
  );
}

/** 缴款通知: tell the agency about a payment made at the bank, and see whether the money has arrived. */
export function HallNoticesPage() {
  const { t } = useI18n();
  const notices = useHallNotices();
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={9}>
        <SendNotice />
      </Col>
      <Col xs={24} xl={15}>
        <Card title={t('hcoll.notice.listTitle')}>
          <ErrorAlert error={notices.error} />
          <NoticesTable notices={notices.data ?? []} loading={notices.isFetching} />
        </Card>
      </Col>
    </Row>
  );
}
