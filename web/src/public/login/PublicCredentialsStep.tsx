import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { type Schema, api, data } from '../../api/typed.ts';
import type { PublicKind } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { IdentifierField } from '../IdentifierField.tsx';

/** The password was right; a code went to the account's phone. */
export type PublicOtp = Schema<'AuthPublicLoginStarted'>;

interface Values {
  identifier: string;
  password: string;
}

/** Step 1 of the hall login: identifier and password; the server then texts a code. */
export function PublicCredentialsStep({ kind, onOtp }: { kind: PublicKind; onOtp: (otp: PublicOtp) => void }) {
  const { t } = useI18n();
  const login = useMutation({
    mutationFn: async (v: Values) => data(await api.POST('/api/public/login', { body: { kind, ...v } })),
    onSuccess: onOtp,
  });
  return (
    <Form<Values> layout="vertical" onFinish={(v) => login.mutate(v)} requiredMark={false}>
      <ErrorAlert error={login.error} testId="login-error" />
      <IdentifierField kind={kind} />
      <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('form.required') }]}>
        <Input.Password autoComplete="current-password" data-testid="public-password" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={login.isPending}
        data-testid="public-login-submit"
      >
        {t('public.next')}
      </Button>
    </Form>
  );
}
