import { Button, Form, Input, Modal, Result, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { SCHEMES, useRaiseDiscrepancy, type Scheme } from './statementsApi.ts';

/** Longest description the server takes. */
const DESCRIPTION_LENGTH_MAX = 1000;

interface Values {
  year?: number;
  month?: string;
  scheme?: Scheme;
  description: string;
}

interface Props {
  open: boolean;
  years: number[];
  onClose: () => void;
}

/** 对记录有疑问: year, month and insurance (all optional) and what is wrong; shows the case it opened. */
export function DiscrepancyModal({ open, years, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const raise = useRaiseDiscrepancy();
  const [caseNumber, setCaseNumber] = useState<string | null>(null);
  const year = Form.useWatch('year', form);
  const close = () => {
    form.resetFields();
    raise.reset();
    setCaseNumber(null);
    onClose();
  };
  const submit = (v: Values) =>
    raise.mutate(
      {
        ...(v.year === undefined ? {} : { year: v.year }),
        ...(v.year !== undefined && v.month ? { period: `${v.year}${v.month}` } : {}),
        ...(v.scheme === undefined ? {} : { scheme: v.scheme }),
        description: v.description.trim(),
      },
      { onSuccess: (answer) => setCaseNumber(answer.caseNumber) },
    );
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  return (
    <Modal
      open={open}
      title={t('stmt.discrepancy.title')}
      onCancel={close}
      footer={null}
      destroyOnHidden
      data-testid="discrepancy-modal"
    >
      {caseNumber ? (
        <Result
          status="success"
          title={
            <span data-testid="discrepancy-done">
              {t('stmt.discrepancy.done')}
              <br />
              <span className="mono" data-testid="discrepancy-case-number">
                {caseNumber}
              </span>
            </span>
          }
          subTitle={t('stmt.discrepancy.doneText')}
          extra={
            <Space>
              <Link to={`/hall/cases/${encodeURIComponent(caseNumber)}`}>{t('stmt.discrepancy.viewCase')}</Link>
              <Button onClick={close}>{t('stmt.discrepancy.close')}</Button>
            </Space>
          }
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('stmt.discrepancy.intro')}</Typography.Paragraph>
          <ErrorAlert error={raise.error} />
          <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
            <Space wrap>
              <Form.Item name="year" label={t('stmt.discrepancy.year')}>
                <Select
                  allowClear
                  style={{ width: 120 }}
                  placeholder={t('stmt.discrepancy.any')}
                  options={years.map((y) => ({ value: y, label: String(y) }))}
                  onChange={() => form.setFieldValue('month', undefined)}
                  data-testid="discrepancy-year"
                />
              </Form.Item>
              <Form.Item name="month" label={t('stmt.discrepancy.period')}>
                <Select
                  allowClear
                  disabled={year === undefined}
                  style={{ width: 110 }}
                  placeholder={t('stmt.discrepancy.any')}
                  options={months.map((m) => ({ value: m, label: year ? `${year}-${m}` : m }))}
                  data-testid="discrepancy-month"
                />
              </Form.Item>
              <Form.Item name="scheme" label={t('stmt.discrepancy.scheme')}>
                <Select
                  allowClear
                  style={{ width: 170 }}
                  placeholder={t('stmt.discrepancy.any')}
                  options={SCHEMES.map((s) => ({ value: s, label: t(`stmt.scheme.${s}`) }))}
                  data-testid="discrepancy-scheme"
                />
              </Form.Item>
            </Space>
            <Form.Item
              name="description"
              label={t('stmt.discrepancy.description')}
              rules={[{ required: true, whitespace: true, message: t('form.required') }]}
            >
              <Input.TextArea
                rows={5}
                maxLength={DESCRIPTION_LENGTH_MAX}
                showCount
                placeholder={t('stmt.discrepancy.descriptionPlaceholder')}
                data-testid="discrepancy-description"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={raise.isPending} data-testid="discrepancy-submit">
              {t('stmt.discrepancy.submit')}
            </Button>
          </Form>
        </>
      )}
    </Modal>
  );
}
