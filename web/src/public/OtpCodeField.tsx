import { Form, Input } from 'antd';
import { useI18n } from '../i18n/index.ts';

/** The 6-digit code from the text message. */
export function OtpCodeField() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="code"
      label={t('public.smsCode')}
      rules={[
        { required: true, message: t('form.required') },
        { pattern: /^\d{6}$/, message: t('public.smsCodeFormat') },
      ]}
    >
      <Input
        maxLength={6}
        inputMode="numeric"
        autoComplete="one-time-code"
        data-testid="otp-code"
        style={{ fontFamily: 'monospace', letterSpacing: 4, maxWidth: 200 }}
      />
    </Form.Item>
  );
}
