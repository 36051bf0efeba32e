import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Typography } from 'antd';
import { api, data } from '../../api/typed.ts';
import type { OtpChallenge, PublicKind } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { IdentifierField } from '../IdentifierField.tsx';

interface Values {
  identifier: string;
  name: string;
}

/**
 * Step 1: who is opening the account. The server texts a code to the phone on file when the
 * register agrees, and answers the same either way, so the next step cannot say where it went.
 */
export function RegisterDetailsStep({ kind, onSent }: { kind: PublicKind; onSent: (sent: OtpChallenge) => void }) {
  const { t } = useI18n();
  const start = useMutation({
    mutationFn: async (v: Values) => data(await api.POST('/api/public/register/start', { body: { kind, ...v } })),
    onSuccess: onSent,
  });
  return (
    <Form<Values> layout="vertical" onFinish={(v) => start.mutate(v)} requiredMark={false}>
      <Typography.Paragraph type="secondary" data-testid="register-lead">
        {t('identity.register.lead')}
      </Typography.Paragraph>
      <ErrorAlert error={start.error} />
      <IdentifierField kind={kind} />
      <Form.Item
        name="name"
        label={t(kind === 'person' ? 'public.personName' : 'public.employerName')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={100} data-testid="public-name" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={start.isPending}
        data-testid="register-send-code"
      >
        {t('public.sendCode')}
      </Button>
    </Form>
  );
}
