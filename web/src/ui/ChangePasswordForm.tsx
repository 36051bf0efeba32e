import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { api, data } from '../api/typed.ts';
import { useI18n } from '../i18n/index.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { PasswordPolicy } from './PasswordPolicy.tsx';
import { useNotify } from './useNotify.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
}

/** Changes the logged-in user's password (staff or public user) with the current one. */
export function ChangePasswordForm() {
  const { t } = useI18n();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const change = useMutation({
    mutationFn: async (v: Values) =>
      data(
        await api.POST('/api/auth/password', {
          body: { currentPassword: v.currentPassword, newPassword: v.newPassword },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      notify.success(t('password.changed'));
    },
  });
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => change.mutate(v)}
      style={{ maxWidth: 420 }}
      requiredMark={false}
    >
      <PasswordPolicy />
      <ErrorAlert error={change.error} />
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="current-password" />
      </Form.Item>
      <NewPasswordFields />
      <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="change-password-submit">
        {t('password.submit')}
      </Button>
    </Form>
  );
}
