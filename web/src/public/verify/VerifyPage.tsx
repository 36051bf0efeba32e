import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Row, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CheckResult } from './CheckResult.tsx';
import { useCheckCertificate, type CheckValues } from './verifyApi.ts';

const clean = (v: CheckValues): CheckValues => ({ no: v.no.trim().toUpperCase(), code: v.code.trim().toUpperCase() });

/**
 * `/verify`: anyone checks a certificate by its number and verification code. The QR code on a
 * certificate opens `/verify?no=…&code=…`, which fills the form and checks at once.
 */
export default function VerifyPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const check = useCheckCertificate();
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
  const unknown = error instanceof ApiError && (error.code === 'certificate_not_found' || error.status === 404);
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('hreg.verify.title')}
      </Typography.Title>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={9}>
          <Card data-testid="verify-form">
            <Typography.Paragraph type="secondary">{t('hreg.verify.intro')}</Typography.Paragraph>
            <Form<CheckValues>
              layout="vertical"
              requiredMark={false}
              initialValues={{ no, code }}
              onFinish={(v) => check.mutate(clean(v))}
            >
              <Form.Item
                name="no"
                label={t('hreg.verify.no')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
              >
                <Input className="mono" maxLength={40} autoComplete="off" data-testid="verify-no" />
              </Form.Item>
              <Form.Item
                name="code"
                label={t('hreg.verify.code')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
              >
                <Input className="mono" maxLength={40} autoComplete="off" data-testid="verify-code" />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SafetyCertificateOutlined />}
                block
                loading={check.isPending}
                data-testid="verify-submit"
              >
                {t('hreg.verify.check')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {unknown ? (
            <Alert
              type="error"
              showIcon
              data-testid="verify-not-found"
              title={t('hreg.verify.notFound')}
              description={t('hreg.verify.notFoundText')}
            />
          ) : (
            <ErrorAlert error={error} />
          )}
          {check.data && !check.isPending && <CheckResult check={check.data} />}
          {!check.data && !error && (
            <Card>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t('hreg.verify.emptyHint')}
              </Typography.Paragraph>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
