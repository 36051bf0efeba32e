import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import type { LoginStep } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { staffLogin } from './loginApi.ts';

/** User name and password: the first factor. */
export function CredentialsStep({ onStep }: { onStep: (step: LoginStep) => void }) {
  const { t } = useI18n();
  const login = useMutation({ mutationFn: staffLogin.credentials, onSuccess: onStep });
  return (
    <Form<{ username: string; password: string }>
      layout="vertical"
      size="large"
      onFinish={(v) => login.mutate(v)}
      requiredMark={false}
    >
      <ErrorAlert error={login.error} testId="login-error" />
      <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('form.required') }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
      </Form.Item>
      <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('form.required') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
        {t('login.submit')}
      </Button>
    </Form>
  );
}
