import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { type RevealTarget, useReveal } from '../registrationApi.ts';

/** The record and its field (`subject`, `id`, `field`), the value as masked, and the test id. */
type Props = RevealTarget & { masked: string | null; testId: string };

/**
 * A masked value with a button that shows it in full: only for holders of `personal_data.reveal`,
 * and only after they state the purpose, which the server records in the audit log.
 */
export function RevealButton(props: Props) {
  const { masked, testId } = props;
  const { t } = useI18n();
  const can = useCan();
  const reveal = useReveal();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<string | null>(null);
  const [form] = Form.useForm<{ purpose: string }>();
  if (!masked) return <span style={{ color: 'rgba(0,0,0,0.35)' }}>—</span>;
  const close = () => {
    setOpen(false);
    reveal.reset();
    form.resetFields();
  };
  const submit = (v: { purpose: string }) =>
    reveal.mutate(
      { target: props, purpose: v.purpose.trim() },
      {
        onSuccess: (answer) => {
          setValue(answer.value);
          close();
        },
      },
    );
  return (
    <span data-testid={testId}>
      <Typography.Text className="mono" copyable={value ? { text: value } : false} data-testid={`${testId}-value`}>
        {value ?? masked}
      </Typography.Text>
      {can('personal_data.reveal') && !value && (
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          onClick={() => setOpen(true)}
          data-testid={`${testId}-reveal`}
        >
          {t('reg.reveal')}
        </Button>
      )}
      <Modal open={open} title={t('reg.revealTitle')} onCancel={close} footer={null} destroyOnHidden>
        <div data-testid={`${testId}-modal`}>
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('reg.revealHint')} />
          <ErrorAlert error={reveal.error} />
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item
              name="purpose"
              label={t('reg.revealPurpose')}
              rules={[
                { required: true, whitespace: true, message: t('form.required') },
                { max: 200, message: t('reg.tooLong', { n: 200 }) },
              ]}
            >
              <Input maxLength={200} data-testid={`${testId}-purpose`} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={reveal.isPending} data-testid={`${testId}-submit`}>
              {t('reg.reveal')}
            </Button>
          </Form>
        </div>
      </Modal>
    </span>
  );
}
