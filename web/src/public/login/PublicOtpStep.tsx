import { useMutation } from '@tanstack/react-query';
import { Button, Form, Typography } from 'antd';
import { useSessionInfo } from '../../api/session.ts';
import { api, data } from '../../api/typed.ts';
import { useI18n } from '../../i18n/index.ts';
import { DemoSmsBox } from '../../ui/DemoSmsBox.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { OtpCodeField } from '../OtpCodeField.tsx';
import type { PublicOtp } from './PublicCredentialsStep.tsx';

/** Step 2 of the hall login: the texted one-time code. */
export function PublicOtpStep({ otp, onOk, onBack }: { otp: PublicOtp; onOk: () => void; onBack: () => void }) {
  const { t } = useI18n();
  const demo = useSessionInfo().data?.demo ?? false;
  const verify = useMutation({
    mutationFn: async (v: { code: string }) =>
      data(await api.POST('/api/public/login/verify', { body: { challenge: otp.challenge, code: v.code } })),
    onSuccess: onOk,
  });
  return (
    <Form<{ code: string }> layout="vertical" onFinish={(v) => verify.mutate(v)} requiredMark={false}>
      <Typography.Paragraph data-testid="otp-sent-to">
        {t('public.codeSentTo', { to: otp.sentTo })}
      </Typography.Paragraph>
      {demo && <DemoSmsBox challenge={otp.challenge} />}
      <ErrorAlert error={verify.error} testId="login-error" />
      <OtpCodeField />
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={verify.isPending}
        data-testid="public-otp-submit"
      >
        {t('public.loginSubmit')}
      </Button>
      <Button type="link" block onClick={onBack} style={{ marginTop: 8 }}>
        {t('common.back')}
      </Button>
    </Form>
  );
}
