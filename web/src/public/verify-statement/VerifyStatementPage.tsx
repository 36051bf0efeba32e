import { CheckCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Result, Row, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useCheckStatement, type StatementCheck } from '../hall/statements/statementsApi.ts';

interface CheckValues {
  no: string;
  code: string;
}

const clean = (v: CheckValues): CheckValues => ({ no: v.no.trim().toUpperCase(), code: v.code.trim().toUpperCase() });

function CheckAnswer({ check }: { check: StatementCheck }) {
  const { t } = useI18n();
  return (
    <Card data-testid="verify-statement-result" style={{ borderTop: '4px solid #389e0d' }}>
      <Result
        status="success"
        icon={<CheckCircleFilled style={{ color: '#389e0d', fontSize: 64 }} />}
        title={<span data-testid="verify-statement-verdict">{t('stmt.verify.valid')}</span>}
        subTitle={<span className="mono">{check.statementNo}</span>}
        style={{ padding: '16px 0' }}
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'year', label: t('stmt.verify.year'), children: check.year },
          { key: 'holder', label: t('stmt.verify.holder'), children: check.holder },
          { key: 'issuedAt', label: t('stmt.verify.issuedAt'), children: <DateText value={check.issuedAt} instant /> },
        ]}
      />
    </Card>
  );
}

/**
 * `/verify-statement`: anyone checks an annual rights statement by its number and verification
 * code. The QR code on a statement opens `/verify-statement?no=…&code=…`, which checks at once.
 */
export default function VerifyStatementPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const check = useCheckStatement();
  const no = params.get('no') ?? '';
  const code = params.get('code') ?? '';
  const { mutate } = check;
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current || !no || !code) return;
    asked.current = true; // once per visit: the QR code's link checks at once, later checks use the form
    mutate(clean({ no, code }));
  }, [mutate, no, code]);
  const error = check.error;
  const unknown = error instanceof ApiError && (error.code === 'statement_not_found' || error.status === 404);
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('stmt.verify.title')}
      </Typography.Title>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={9}>
          <Card data-testid="verify-statement-form">
            <Typography.Paragraph type="secondary">{t('stmt.verify.intro')}</Typography.Paragraph>
            <Form<CheckValues>
              layout="vertical"
              requiredMark={false}
              initialValues={{ no, code }}
              onFinish={(v) => check.mutate(clean(v))}
            >
              <Form.Item
                name="no"
                label={t('stmt.verify.no')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
              >
                <Input className="mono" maxLength={40} autoComplete="off" data-testid="verify-statement-no" />
              </Form.Item>
              <Form.Item
                name="code"
                label={t('stmt.verify.code')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
              >
                <Input className="mono" maxLength={40} autoComplete="off" data-testid="verify-statement-code" />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SafetyCertificateOutlined />}
                block
                loading={check.isPending}
                data-testid="verify-statement-submit"
              >
                {t('stmt.verify.check')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {unknown ? (
            <Alert
              type="error"
              showIcon
              data-testid="verify-statement-not-found"
              title={t('stmt.verify.notFound')}
              description={t('stmt.verify.notFoundText')}
            />
          ) : (
            <ErrorAlert error={error} />
          )}
          {check.data && !check.isPending && <CheckAnswer check={check.data} />}
          {!check.data && !error && (
            <Card>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t('stmt.verify.emptyHint')}
              </Typography.Paragraph>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
