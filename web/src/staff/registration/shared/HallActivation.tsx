import { KeyOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { postForBlob } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { looksLikeMobile } from '../../../shared/identifierFormat.ts';
import { type HallActivationRequest, useIssueHallActivation } from '../registrationApi.ts';
import type { HallActivationIssued } from '../registrationTypes.ts';

type Kind = 'person' | 'employer';
type Delivery = HallActivationRequest['delivery'];

const DOCUMENTS = {
  person: ['resident_id_card', 'temporary_id_card', 'passport', 'residence_permit'],
  employer: ['business_licence', 'legal_person_certificate'],
} as const;
const DELIVERIES: Delivery[] = ['slip', 'letter', 'sms'];

interface Values {
  documentType: HallActivationRequest['documentType'];
  documentChecked: boolean;
  delivery: Delivery;
  phone?: string;
}

/**
 * The clerk's "activation code" action on a person's or an employer's page: after checking the
 * original document, issue a one-time code for opening (or re-binding) the hall account, and print
 * it on a slip or a letter to the registered address, or text it to a phone the clerk checked.
 */
export function HallActivationButton({
  kind,
  holderId,
  holderName,
}: {
  kind: Kind;
  holderId: number;
  holderName: string;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<KeyOutlined />} onClick={() => setOpen(true)} data-testid="hall-activation">
        {t('identity.activation.action')}
      </Button>
      <Modal
        open={open}
        title={t('identity.activation.title', { name: holderName })}
        footer={null}
        destroyOnHidden
        maskClosable={false}
        onCancel={() => setOpen(false)}
        width={600}
      >
        {open && <ActivationBody kind={kind} holderId={holderId} onDone={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

function ActivationBody({ kind, holderId, onDone }: { kind: Kind; holderId: number; onDone: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const delivery = Form.useWatch('delivery', form) ?? 'slip';
  const issue = useIssueHallActivation(kind, holderId);
  const submit = (v: Values) => {
    // The form refuses to submit unchecked; the server takes only a checked document.
    if (!v.documentChecked) return;
    issue.mutate({
      documentType: v.documentType,
      documentChecked: true,
      delivery: v.delivery,
      ...(v.delivery === 'sms' ? { phone: v.phone?.trim() } : {}),
    });
  };
  if (issue.data) return <IssuedCode issued={issue.data} onDone={onDone} />;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{ documentType: DOCUMENTS[kind][0], delivery: 'slip', documentChecked: false }}
      onFinish={submit}
    >
      <Typography.Paragraph type="secondary">{t('identity.activation.lead')}</Typography.Paragraph>
      <ErrorAlert error={issue.error} />
      <Form.Item name="documentType" label={t('identity.activation.documentType')} rules={[{ required: true }]}>
        <Select
          options={DOCUMENTS[kind].map((d) => ({ value: d, label: t(`identity.doc.${d}`) }))}
          data-testid="activation-document"
        />
      </Form.Item>
      <Form.Item
        name="documentChecked"
        valuePropName="checked"
        rules={[
          {
            validator: (_, v: boolean) =>
              v ? Promise.resolve() : Promise.reject(new Error(t('identity.activation.checkedRequired'))),
          },
        ]}
      >
        <Checkbox data-testid="activation-checked">{t('identity.activation.checked')}</Checkbox>
      </Form.Item>
      <Form.Item name="delivery" label={t('identity.activation.delivery')}>
        <Radio.Group
          options={DELIVERIES.map((d) => ({ value: d, label: t(`identity.delivery.${d}`) }))}
          data-testid="activation-delivery"
        />
      </Form.Item>
      {delivery === 'sms' && (
        <Form.Item
          name="phone"
          label={t('identity.activation.phone')}
          rules={[
            { required: true, message: t('form.required') },
            {
              validator: (_, v: string | undefined) =>
                !v || looksLikeMobile(v) ? Promise.resolve() : Promise.reject(new Error(t('public.phoneLooksWrong'))),
            },
          ]}
        >
          <Input maxLength={11} inputMode="tel" data-testid="activation-phone" />
        </Form.Item>
      )}
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={issue.isPending} data-testid="activation-submit">
          {t('identity.activation.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

/** The code, shown once, with its printout (the server prints it only for whoever holds the code). */
function IssuedCode({ issued, onDone }: { issued: HallActivationIssued; onDone: () => void }) {
  const { t } = useI18n();
  const print = useMutation({
    mutationFn: async () => {
      const pdf = await postForBlob(`/api/registration/hall-activations/${issued.activationId}/document`, {
        code: issued.code,
      });
      const url = URL.createObjectURL(pdf);
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  });
  return (
    <Flex vertical gap={12} data-testid="activation-issued">
      <Alert type="warning" showIcon title={t('identity.activation.once')} />
      {issued.accountExists && <Alert type="info" showIcon title={t('identity.activation.accountExists')} />}
      <Typography.Text type="secondary">{t('identity.activation.code')}</Typography.Text>
      <Typography.Text
        strong
        className="mono"
        style={{ fontSize: 30, letterSpacing: 4, textAlign: 'center' }}
        data-testid="activation-code-issued"
      >
        {issued.code}
      </Typography.Text>
      <Typography.Text>{t('identity.activation.validThrough', { date: issued.validThrough })}</Typography.Text>
      {issued.sentTo && <Typography.Text>{t('identity.activation.sentTo', { to: issued.sentTo })}</Typography.Text>}
      <ErrorAlert error={print.error} />
      <Flex justify="flex-end" gap={8}>
        <Button
          icon={<PrinterOutlined />}
          loading={print.isPending}
          onClick={() => print.mutate()}
          data-testid="activation-print"
        >
          {t(issued.delivery === 'letter' ? 'identity.activation.printLetter' : 'identity.activation.print')}
        </Button>
        <Button type="primary" onClick={onDone} data-testid="activation-done">
          {t('identity.activation.done')}
        </Button>
      </Flex>
    </Flex>
  );
}
