import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useSessionInfo } from '../../../api/session.ts';
import { type BodyOf, type Schema, api, data } from '../../../api/typed.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DemoSmsBox } from '../../../ui/DemoSmsBox.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useNotify } from '../../../ui/useNotify.ts';
import { looksLikeMobile } from '../../../shared/identifierFormat.ts';

/** One code went to the current phone, another to the new one. */
type PhoneChallenge = Schema<'AuthPhoneChangeStarted'>;
type PhoneCodes = Omit<BodyOf<'/api/hall/account/phone/confirm'>, 'challenge'>;

const phoneKey = ['hall', 'login-phone'] as const;

/** The masked login phone with a "change" button; changing it needs codes to both phones. */
export function LoginPhone() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const phone = useQuery({
    queryKey: phoneKey,
    queryFn: async () => data(await api.GET('/api/hall/account/phone')),
  });
  return (
    <Flex gap={12} align="center">
      <span className="mono" data-testid="hall-login-phone">
        {phone.data?.phoneMasked ?? '—'}
      </span>
      <Button size="small" onClick={() => setOpen(true)} data-testid="hall-phone-change">
        {t('identity.phone.change')}
      </Button>
      <Modal
        open={open}
        title={t('identity.phone.title')}
        footer={null}
        destroyOnHidden
        onCancel={() => setOpen(false)}
      >
        {open && <PhoneChange onDone={() => setOpen(false)} />}
      </Modal>
    </Flex>
  );
}

function PhoneChange({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const demo = useSessionInfo().data?.demo ?? false;
  const client = useQueryClient();
  const notify = useNotify();
  const [sent, setSent] = useState<PhoneChallenge | null>(null);
  const start = useMutation({
    mutationFn: async (body: BodyOf<'/api/hall/account/phone'>) =>
      data(await api.POST('/api/hall/account/phone', { body })),
    onSuccess: setSent,
  });
  const confirm = useMutation({
    mutationFn: async (v: PhoneCodes) => {
      // The codes' form is shown only once the codes went out, with their challenge.
      if (sent === null) throw new Error('No codes sent');
      return data(await api.POST('/api/hall/account/phone/confirm', { body: { challenge: sent.challenge, ...v } }));
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: phoneKey });
      notify.success(t('identity.phone.changed'));
      onDone();
    },
  });
  const code = { pattern: /^\d{6}$/, message: t('public.smsCodeFormat') };
  if (!sent)
    return (
      <Form<{ phone: string }> layout="vertical" onFinish={(v) => start.mutate(v)} requiredMark={false}>
        <Typography.Paragraph type="secondary">{t('identity.phone.lead')}</Typography.Paragraph>
        <ErrorAlert error={start.error} />
        <Form.Item
          name="phone"
          label={t('identity.phone.new')}
          rules={[
            { required: true, message: t('form.required') },
            {
              validator: (_, v: string | undefined) =>
                !v || looksLikeMobile(v) ? Promise.resolve() : Promise.reject(new Error(t('public.phoneLooksWrong'))),
            },
          ]}
        >
          <Input maxLength={11} inputMode="tel" data-testid="hall-new-phone" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={start.isPending} data-testid="hall-phone-send">
          {t('identity.phone.send')}
        </Button>
      </Form>
    );
  return (
    <Form<{ currentCode: string; newCode: string }>
      layout="vertical"
      onFinish={(v) => confirm.mutate(v)}
      requiredMark={false}
    >
      {demo && <DemoSmsBox challenge={sent.challenge} all />}
      <ErrorAlert error={confirm.error} />
      <Form.Item
        name="currentCode"
        label={t('identity.phone.currentCode', { to: sent.currentMasked })}
        rules={[{ required: true, message: t('form.required') }, code]}
      >
        <Input maxLength={6} inputMode="numeric" className="mono" data-testid="hall-phone-current-code" />
      </Form.Item>
      <Form.Item
        name="newCode"
        label={t('identity.phone.newCode', { to: sent.newMasked })}
        rules={[{ required: true, message: t('form.required') }, code]}
      >
        <Input maxLength={6} inputMode="numeric" className="mono" data-testid="hall-phone-new-code" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={confirm.isPending} data-testid="hall-phone-confirm">
        {t('identity.phone.confirm')}
      </Button>
    </Form>
  );
}
