import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Typography } from 'antd';
import { useSessionInfo } from '../../api/session.ts';
import { api, data } from '../../api/typed.ts';
import type { OtpChallenge } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { DemoSmsBox } from '../../ui/DemoSmsBox.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NewPasswordFields } from '../../ui/NewPasswordFields.tsx';
import { PasswordPolicy } from '../../ui/PasswordPolicy.tsx';
import { OtpCodeField } from '../OtpCodeField.tsx';

interface Values {
  code: string;
  password: string;
}

/**
 * Step 2: the texted code and the password of the new account. Where the code went is said only
 * when the caller chose the phone (activation); opening with the phone on file gets the neutral text.
 */
export function RegisterCompleteStep({
  sent,
  onDone,
  onBack,
}: {
  sent: OtpChallenge;
  onDone: () => void;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const demo = useSessionInfo().data?.demo ?? false;
  const complete = useMutation({
    mutationFn: async (v: Values) =>
      data(
        await api.POST('/api/public/register/complete', {
          body: { challenge: sent.challenge, code: v.code, password: v.password },
        }),
      ),
    onSuccess: onDone,
  });
  return (
    <Form<Values> layout="vertical" onFinish={(v) => complete.mutate(v)} requiredMark={false}>
      {sent.sentTo ? (
        <Typography.Paragraph data-testid="otp-sent-to">
          {t('public.codeSentTo', { to: sent.sentTo })}
        </Typography.Paragraph>
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('identity.register.neutral')}
          data-testid="otp-neutral"
        />
      )}
      {demo && <DemoSmsBox challenge={sent.challenge} />}
      <ErrorAlert error={complete.error} />
      <OtpCodeField />
      <PasswordPolicy />
      <NewPasswordFields name="password" testIdPrefix="public-password" />
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={complete.isPending}
        data-testid="register-submit"
      >
        {t('public.completeRegistration')}
      </Button>
      <Button type="link" block onClick={onBack} style={{ marginTop: 8 }}>
        {t('common.back')}
      </Button>
    </Form>
  );
}
