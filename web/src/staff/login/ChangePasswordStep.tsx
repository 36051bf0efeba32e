import { useMutation } from '@tanstack/react-query';
import { Button, Form, Typography } from 'antd';
import type { LoginStep } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NewPasswordFields } from '../../ui/NewPasswordFields.tsx';
import { PasswordPolicy } from '../../ui/PasswordPolicy.tsx';
import { staffLogin } from './loginApi.ts';

/** First login or after a reset: a new password before anything else. */
export function ChangePasswordStep({ challenge, onStep }: { challenge: string; onStep: (step: LoginStep) => void }) {
  const { t } = useI18n();
  const change = useMutation({ mutationFn: staffLogin.changePassword, onSuccess: onStep });
  return (
    <Form<{ newPassword: string }>
      layout="vertical"
      onFinish={(v) => change.mutate({ challenge, newPassword: v.newPassword })}
      requiredMark={false}
    >
      <Typography.Paragraph>{t('login.mustChange')}</Typography.Paragraph>
      <PasswordPolicy />
      <ErrorAlert error={change.error} testId="login-error" />
      <NewPasswordFields />
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={change.isPending}
        data-testid="change-password-submit"
      >
        {t('login.setPassword')}
      </Button>
    </Form>
  );
}
