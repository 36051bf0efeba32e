import { DownloadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Row,
  Segmented,
  Table,
  Tabs,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { labelOf } from '../../../ui/labels.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useNotify } from '../../../ui/useNotify.ts';
import {
  collectionKey,
  paymentFileUploadPath,
  usePaymentFiles,
  usePayments,
  useRecordPayment,
} from '../../../shared/collection/collectionApi.ts';
import { amountRule } from '../../../ui/amountRule.ts';
import { amountDecimal } from '../../../ui/money.ts';
import type { Payer, PaymentFile, PaymentRecorded } from '../../../shared/collection/collectionTypes.ts';
import { PaymentsTable, RefusalView } from '../../../shared/collection/CollectionUi.tsx';
import { SpreadsheetUpload } from '../../../ui/SpreadsheetUpload.tsx';
import { PayerPicker } from '../shared/PayerPicker.tsx';
import { ReconciliationView } from '../shared/ReconciliationView.tsx';
import { PaymentNoticesTab } from './PaymentNoticesTab.tsx';
import { MoneyText } from '../../../ui/MoneyText.tsx';

interface PaymentForm {
  payer: Payer | null;
  amount: string;
  receivedOn: Dayjs;
  reference: string;
}

/** 窗口缴款: money received at the window, allocated at once to the oldest open amounts. */
function RecordPayment() {
  const { t } = useI18n();
  const notify = useNotify();
  const record = useRecordPayment();
  const [form] = Form.useForm<PaymentForm>();
  const [done, setDone] = useState<PaymentRecorded | null>(null);
  const canPay = useSessionInfo().data?.session?.permissions.includes('collection.pay') ?? false;
  const submit = (v: PaymentForm) => {
    if (!v.payer) return;
    setDone(null);
    record.mutate(
      {
        payer: v.payer,
        amount: amountDecimal(v.amount),
        receivedOn: v.receivedOn.format('YYYY-MM-DD'),
        reference: v.reference.trim(),
      },
      {
        onSuccess: (p) => {
          setDone(p);
          notify.success(t('coll.payment.recorded', { no: p.paymentNo }));
          form.resetFields(['amount', 'reference']);
        },
      },
    );
  };
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={12}>
        <Form<PaymentForm>
          form={form}
          layout="vertical"
          onFinish={submit}
          disabled={!canPay}
          data-testid="coll-pay-form"
        >
          <Form.Item name="payer" label={t('coll.payer')} rules={[{ required: true, message: t('form.required') }]}>
            <PayerPicker testId="coll-pay-payer" />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('coll.amount')}
            rules={[{ required: true, message: t('form.required') }, amountRule(t, 'positive')]}
          >
            <Input prefix="¥" inputMode="decimal" style={{ width: 220 }} data-testid="coll-pay-amount" />
          </Form.Item>
          <Form.Item
            name="receivedOn"
            label={t('coll.payment.receivedOn')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DatePicker data-testid="coll-pay-date" />
          </Form.Item>
          <Form.Item
            name="reference"
            label={t('coll.payment.reference')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input style={{ width: 320 }} data-testid="coll-pay-reference" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="coll-pay-submit">
            {t('coll.payment.record')}
          </Button>
          {!canPay && <Typography.Paragraph type="secondary">{t('coll.needPay')}</Typography.Paragraph>}
        </Form>
        <div style={{ marginTop: 16 }}>
          <RefusalView error={record.error} />
        </div>
      </Col>
      <Col xs={24} xl={12}>
        {done && (
          <Card size="small" title={t('coll.payment.where')} data-testid="coll-pay-done">
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'no', label: t('coll.payment.no'), children: <span className="mono">{done.paymentNo}</span> },
                { key: 'amount', label: t('coll.amount'), children: <MoneyText value={done.amount} /> },
                {
                  key: 'allocated',
                  label: t('coll.payment.allocated'),
                  children: <MoneyText value={done.allocated} />,
                },
                { key: 'held', label: t('coll.payment.held'), children: <MoneyText value={done.held} /> },
                { key: 'match', label: t('coll.recon.outcome'), children: labelOf(t, 'coll.recon', done.match) },
                {
                  key: 'fee',
                  label: t('coll.lateFee.title'),
                  children: <MoneyText value={done.lateFeesCharged} />,
                },
                ...(done.noticeNo
                  ? [
                      {
                        key: 'notice',
                        label: t('coll.notice.tab'),
                        children: <span className="mono">{done.noticeNo}</span>,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        )}
      </Col>
    </Row>
  );
}

/** 银行/税务缴款文件: upload, progress, the reconciliation report, or every bad row. */
function ImportFile() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [source, setSource] = useState<'bank' | 'tax'>('bank');
  const files = usePaymentFiles();
  const [shown, setShown] = useState<PaymentFile | null>(null);
  const canPay = useSessionInfo().data?.session?.permissions.includes('collection.pay') ?? false;
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={10}>
        <Typography.Paragraph type="secondary">{t('coll.file.intro')}</Typography.Paragraph>
        <Segmented<'bank' | 'tax'>
          value={source}
          onChange={setSource}
          options={[
            { value: 'bank', label: t('coll.file.source.bank') },
            { value: 'tax', label: t('coll.file.source.tax') },
          ]}
          style={{ marginBottom: 12 }}
          data-testid="coll-file-source"
        />
        <SpreadsheetUpload<PaymentFile>
          path={paymentFileUploadPath}
          query={{ source }}
          fields={{ source }}
          disabled={!canPay}
          testId="coll-file-upload"
          renderError={(error) => <RefusalView error={error} />}
          hint={t('coll.file.hint')}
          onDone={(f) => {
            setShown(f);
            void client.invalidateQueries({ queryKey: collectionKey });
          }}
          render={(f) => (
            <Typography.Text type="success" data-testid="coll-file-done" data-file-no={f.fileNo}>
              {t('coll.file.done', { no: f.fileNo, rows: f.rowCount })} <MoneyText value={f.total} />
            </Typography.Text>
          )}
        />
      </Col>
      <Col xs={24} xl={14}>
        {shown ? (
          <Card size="small" title={t('coll.file.report', { no: shown.fileNo })}>
            <ReconciliationView report={shown.report} />
          </Card>
        ) : (
          <Typography.Text type="secondary">{t('coll.file.pickToSee')}</Typography.Text>
        )}
      </Col>
      <Col xs={24}>
        <Card size="small" title={t('coll.file.history')}>
          <ErrorAlert error={files.error} />
          <Table<PaymentFile>
            rowKey="id"
            size="small"
            loading={files.isFetching}
            dataSource={files.data ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('coll.file.no'),
                dataIndex: 'fileNo',
                render: (v: string) => <span className="mono">{v}</span>,
              },
              { title: t('coll.file.name'), dataIndex: 'fileName' },
              {
                title: t('coll.file.sourceLabel'),
                dataIndex: 'source',
                render: (v: string) => t(v === 'tax' ? 'coll.file.source.tax' : 'coll.file.source.bank'),
              },
              { title: t('coll.file.rows'), dataIndex: 'rowCount', align: 'right' },
              {
                title: t('coll.bill.total'),
                dataIndex: 'total',
                align: 'right',
                render: (v: string) => <MoneyText value={v} />,
              },
              { title: t('coll.at'), dataIndex: 'importedAt', render: (v: string) => <DateText value={v} instant /> },
              {
                title: t('common.actions'),
                key: 'report',
                render: (_, f) => (
                  <Button size="small" icon={<DownloadOutlined />} onClick={() => setShown(f)}>
                    {t('coll.file.showReport')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}

function PaymentList() {
  const { t } = useI18n();
  const [payer, setPayer] = useState<Payer | null>(null);
  const payments = usePayments({ payer });
  return (
    <>
      <div style={{ marginBottom: 12 }}>
        <PayerPicker value={payer} onChange={setPayer} testId="coll-payments-payer" />
      </div>
      <ErrorAlert error={payments.error} />
      <PaymentsTable payments={payments.data ?? []} loading={payments.isFetching} showPayer />
      <Typography.Text type="secondary">{t('coll.payment.listHint')}</Typography.Text>
    </>
  );
}

/**
 * `/staff/collection/payments`: import a payment file, record a payment at the window, the payments
 * received, and the employers' payment notices waiting to be matched.
 */
export default function PaymentsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t('coll.menu.payments')} description={t('coll.home.payments')} />
      <Card>
        <Tabs
          destroyOnHidden
          items={[
            {
              key: 'file',
              label: <span data-testid="coll-tab-file">{t('coll.file.tab')}</span>,
              children: <ImportFile />,
            },
            {
              key: 'window',
              label: <span data-testid="coll-tab-window">{t('coll.payment.tab')}</span>,
              children: <RecordPayment />,
            },
            {
              key: 'list',
              label: <span data-testid="coll-tab-list">{t('coll.payment.listTab')}</span>,
              children: <PaymentList />,
            },
            {
              key: 'notices',
              label: <span data-testid="coll-tab-notices">{t('coll.notice.tab')}</span>,
              children: <PaymentNoticesTab />,
            },
          ]}
        />
      </Card>
    </>
  );
}
