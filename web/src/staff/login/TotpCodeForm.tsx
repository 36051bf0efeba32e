import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import type { LoginStep } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { staffLogin } from './loginApi.ts';

/** The 6-digit authenticator code; used for enrolment and for every later login. */
export function TotpCodeForm({
  challenge,
  onStep,
  submitText,
}: {
  challenge: string;
  onStep: (step: LoginStep) => void;
  submitText: string;
}) {
  const { t } = useI18n();
  const verify = useMutation({ mutationFn: staffLogin.totp, onSuccess: onStep });
  return (
    <Form<{ code: string }>
      layout="vertical"
      onFinish={(v) => verify.mutate({ challenge, code: v.code })}
      requiredMark={false}
    >
      <ErrorAlert error={verify.error} testId="login-error" />
      <Form.Item
        name="code"
        label={t('login.totpCode')}
        normalize={(v: string) => v.replace(/\D/g, '')}
        rules={[
          { required: true, message: t('form.required') },
          { pattern: /^\d{6}$/, message: t('login.totpFormat') },
        ]}
      >
        <Input
          size="large"
          maxLength={6}
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          data-testid="totp-code"
          style={{ fontFamily: 'monospace', fontSize: 22, letterSpacing: 8, textAlign: 'center' }}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={verify.isPending} data-testid="totp-submit">
        {submitText}
      </Button>
    </Form>
  );
}
