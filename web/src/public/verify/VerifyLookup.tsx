import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, Row, Typography } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

export interface LookupValues {
  no: string;
  code: string;
}

/** The texts of a lookup page, by role. */
export interface LookupTexts {
  readonly title: MessageKey;
  readonly intro: MessageKey;
  readonly no: MessageKey;
  readonly code: MessageKey;
  readonly check: MessageKey;
  readonly notFound: MessageKey;
  readonly notFoundText: MessageKey;
  readonly emptyHint: MessageKey;
}

const clean = (v: LookupValues): LookupValues => ({ no: v.no.trim().toUpperCase(), code: v.code.trim().toUpperCase() });

/**
 * A public check of a printed document by its number and verification code (certificates at
 * `/verify`, statements at `/verify-statement`). The QR code opens the page with `?no=…&code=…`,
 * which fills the form and checks at once; a wrong code reads as an unknown number.
 */
export function VerifyLookup<T>(props: {
  readonly check: UseMutationResult<T, Error, LookupValues>;
  readonly notFoundCode: string;
  readonly texts: LookupTexts;
  /** Prefix of the form's test ids: `<prefix>-form`, `-no`, `-code`, `-submit`, `-not-found`. */
  readonly testId: string;
  readonly renderResult: (result: T) => ReactNode;
}) {
  const { check, texts, testId } = props;
  const { t } = useI18n();
  const [params] = useSearchParams();
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
  const unknown = error instanceof ApiError && (error.code === props.notFoundCode || error.status === 404);
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t(texts.title)}
      </Typography.Title>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={9}>
          <Card data-testid={`${testId}-form`}>
            <Typography.Paragraph type="secondary">{t(texts.intro)}</Typography.Paragraph>
            <Form<LookupValues>
              layout="vertical"
              requiredMark={false}
              initialValues={{ no, code }}
              onFinish={(v) => check.mutate(clean(v))}
            >
              <Form.Item
                name="no"
                label={t(texts.no)}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
              >
                <Input className="mono" maxLength={40} autoComplete="off" data-testid={`${testId}-no`} />
              </Form.Item>
              <Form.Item
                name="code"
                label={t(texts.code)}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
              >
                <Input className="mono" maxLength={40} autoComplete="off" data-testid={`${testId}-code`} />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SafetyCertificateOutlined />}
                block
                loading={check.isPending}
                data-testid={`${testId}-submit`}
              >
                {t(texts.check)}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {unknown ? (
            <Alert
              type="error"
              showIcon
              data-testid={`${testId}-not-found`}
              title={t(texts.notFound)}
              description={t(texts.notFoundText)}
            />
          ) : (
            <ErrorAlert error={error} />
          )}
          {check.data !== undefined && !check.isPending && props.renderResult(check.data)}
          {check.data === undefined && !error && (
            <Card>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t(texts.emptyHint)}
              </Typography.Paragraph>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
