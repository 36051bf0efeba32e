import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { http } from '../../api/client.ts';
import type { OtpChallenge, PublicKind } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { IdentifierField } from '../IdentifierField.tsx';
import { looksLikeMobile } from '../identifierFormat.ts';

interface Values {
  identifier: string;
  name: string;
  phone: string;
}

/** Step 1: who is registering; the server texts a one-time code to the phone. */
export function RegisterDetailsStep({ kind, onSent }: { kind: PublicKind; onSent: (sent: OtpChallenge) => void }) {
  const { t } = useI18n();
  const start = useMutation({
    mutationFn: (v: Values) => http.post<OtpChallenge>('/api/public/register/start', { kind, ...v }),
    onSuccess: onSent,
  });
  return (
    <Form<Values> layout="vertical" onFinish={(v) => start.mutate(v)} requiredMark={false}>
      <ErrorAlert error={start.error} />
      <IdentifierField kind={kind} />
      <Form.Item
        name="name"
        label={t(kind === 'person' ? 'public.personName' : 'public.employerName')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input maxLength={100} data-testid="public-name" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('public.phone')}
        extra={t('public.phoneHint')}
        rules={[
          { required: true, message: t('form.required') },
          {
            warningOnly: true,
            validator: (_, v: string | undefined) =>
              !v || looksLikeMobile(v) ? Promise.resolve() : Promise.reject(new Error(t('public.phoneLooksWrong'))),
          },
        ]}
      >
        <Input maxLength={11} inputMode="tel" autoComplete="tel" data-testid="public-phone" />
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
