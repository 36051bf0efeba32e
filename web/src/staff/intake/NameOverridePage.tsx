import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Radio } from 'antd';
import { type BodyOf, api, data } from '../../api/typed.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatInstant } from '../../ui/formatTime.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';

/** The applicant's registered identifier, the name on their document, and why it differs. */
type Values = BodyOf<'/api/cases/applicant-name-overrides'>;

/**
 * `/staff/name-overrides`: a reviewer authorises one intake whose applicant's document name differs
 * from the register (姓名核对授权), after checking why, with the reason on record.
 */
export default function NameOverridePage() {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const identifierType = Form.useWatch('identifierType', form) ?? 'citizen_id';
  const grant = useMutation({
    mutationFn: async (body: Values) => data(await api.POST('/api/cases/applicant-name-overrides', { body })),
    onSuccess: () => form.resetFields(['name', 'reason']),
  });
  return (
    <div style={{ maxWidth: 640 }}>
      <PageTitle title={t('identity.override.title')} description={t('identity.override.lead')} />
      <Card size="small">
        <ErrorAlert error={grant.error} />
        {grant.data && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="override-granted"
            title={t('identity.override.granted', {
              name: grant.data.name,
              registered: grant.data.registeredName,
              time: formatInstant(grant.data.expiresAt),
            })}
          />
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={{ identifierType: 'citizen_id' }}
          onFinish={(v) => grant.mutate({ ...v, identifier: v.identifier.trim().toUpperCase() })}
        >
          <Form.Item name="identifierType" label={t('intake.identifierType')}>
            <Radio.Group
              optionType="button"
              size="small"
              options={(['citizen_id', 'credit_code'] as const).map((v) => ({
                value: v,
                label: t(`identifierShort.${v}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="identifier"
            label={t(`identifierType.${identifierType}`)}
            normalize={(v: string) => v.toUpperCase().replace(/\s/g, '')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input maxLength={18} className="mono" autoComplete="off" data-testid="override-identifier" />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('identity.override.name')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input maxLength={100} data-testid="override-name" />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('identity.override.reason')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input.TextArea rows={3} maxLength={500} data-testid="override-reason" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={grant.isPending} data-testid="override-submit">
            {t('identity.override.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
