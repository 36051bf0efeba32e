import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Typography } from 'antd';
import { api, data } from '../../api/typed.ts';
import type { OtpChallenge, PublicKind } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { IdentifierField } from '../IdentifierField.tsx';
import { looksLikeMobile } from '../../shared/identifierFormat.ts';

interface Values {
  identifier: string;
  activationCode: string;
  phone: string;
}

const ACTIVATION_CODE = /^[2-9A-HJKMNP-Z]{10}$/;

/** Step 1 of activation: identifier, the code from the window, and the phone to log in with. */
export function ActivateDetailsStep({ kind, onSent }: { kind: PublicKind; onSent: (sent: OtpChallenge) => void }) {
  const { t } = useI18n();
  const start = useMutation({
    mutationFn: async (v: Values) => data(await api.POST('/api/public/register/activate', { body: { kind, ...v } })),
    onSuccess: onSent,
  });
  return (
    <Form<Values> layout="vertical" onFinish={(v) => start.mutate(v)} requiredMark={false}>
      <Typography.Paragraph type="secondary">{t('identity.activate.lead')}</Typography.Paragraph>
      <ErrorAlert error={start.error} />
      <IdentifierField kind={kind} />
      <Form.Item
        name="activationCode"
        label={t('identity.activate.code')}
        extra={t('identity.activate.codeHint')}
        normalize={(v: string) => v.toUpperCase()}
        rules={[
          { required: true, message: t('form.required') },
          {
            warningOnly: true,
            validator: (_, v: string | undefined) =>
              !v || ACTIVATION_CODE.test(v.replace(/[\s-]/g, ''))
                ? Promise.resolve()
                : Promise.reject(new Error(t('identity.activate.codeLooksWrong'))),
          },
        ]}
      >
        <Input maxLength={20} autoComplete="off" className="mono" data-testid="activation-code" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('identity.activate.phone')}
        extra={t('identity.activate.phoneHint')}
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
        data-testid="activate-submit"
      >
        {t('identity.activate.submit')}
      </Button>
    </Form>
  );
}
