import { Alert, Button, Checkbox, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { labelOf } from '../../../ui/labels.ts';
import { useCreateApiKey } from './hallRegistrationApi.ts';
import { API_KEY_SCOPES, type ApiKeyScope } from './types.ts';

interface Values {
  label: string;
  scopes: ApiKeyScope[];
}

/** Creates an API key, then shows the full key once, with a copy button and a warning. */
export function CreateApiKeyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const create = useCreateApiKey();
  const [form] = Form.useForm<Values>();
  const [key, setKey] = useState<string | null>(null);
  const close = () => {
    create.reset();
    setKey(null);
    onClose();
  };
  const submit = (v: Values) =>
    create.mutate({ label: v.label.trim(), scopes: v.scopes }, { onSuccess: (answer) => setKey(answer.key) });
  return (
    <Modal
      open={open}
      title={t(key ? 'hreg.key.created' : 'hreg.key.createTitle')}
      onCancel={close}
      footer={null}
      destroyOnHidden
      maskClosable={!key}
      width={600}
    >
      {key ? (
        <div data-testid="hreg-key-created">
          <Alert type="warning" showIcon title={t('hreg.key.showOnce')} style={{ marginBottom: 16 }} />
          <Typography.Paragraph
            className="mono"
            copyable={{ text: key, tooltips: [t('hreg.key.copy'), t('hreg.key.copied')] }}
            style={{ background: '#f4f6f9', padding: '8px 12px', wordBreak: 'break-all' }}
            data-testid="hreg-key-value"
          >
            {key}
          </Typography.Paragraph>
          <Flex justify="flex-end">
            <Button type="primary" onClick={close} data-testid="hreg-key-close">
              {t('common.confirm')}
            </Button>
          </Flex>
        </div>
      ) : (
        <div data-testid="hreg-key-create">
          <ErrorAlert error={create.error} />
          <Form<Values>
            form={form}
            layout="vertical"
            requiredMark="optional"
            initialValues={{ scopes: [] }}
            onFinish={submit}
          >
            <Form.Item
              name="label"
              label={t('hreg.key.label')}
              extra={t('hreg.key.labelHint')}
              rules={[{ required: true, whitespace: true, message: t('form.required') }]}
            >
              <Input maxLength={100} data-testid="hreg-key-label" />
            </Form.Item>
            <Form.Item
              name="scopes"
              label={t('hreg.key.scopes')}
              extra={t('hreg.key.scopesHint')}
              rules={[{ required: true, type: 'array', min: 1, message: t('form.required') }]}
            >
              <Checkbox.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                options={API_KEY_SCOPES.map((s) => ({
                  value: s,
                  label: (
                    <span data-testid={`hreg-key-scope-${s}`}>
                      {labelOf(t, 'hreg.key.scope', s)} <code className="mono">{s}</code>
                    </span>
                  ),
                }))}
              />
            </Form.Item>
            <Flex justify="flex-end" gap={8}>
              <Button onClick={close}>{t('common.cancel')}</Button>
              <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="hreg-key-create-submit">
                {t('hreg.key.create')}
              </Button>
            </Flex>
          </Form>
        </div>
      )}
    </Modal>
  );
}
