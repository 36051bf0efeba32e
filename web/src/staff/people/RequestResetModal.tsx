import { Alert, Form, Input } from 'antd';
import type { Staff } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { useRequestCredentialReset } from './staffApi.ts';

/** Asks a second administrator to approve a reset of an administrator's password and second factor. */
export function RequestResetModal({ staff, onClose }: { staff: Staff | null; onClose: () => void }) {
  const { t } = useI18n();
  const request = useRequestCredentialReset(staff);
  return (
    <FormModal<{ reason: string }>
      open={staff !== null}
      title={t('credentialReset.requestTitle', { name: staff?.displayName ?? '' })}
      mutation={request}
      onClose={onClose}
      successText={t('credentialReset.requested')}
      testId="staff-request-reset-modal"
    >
      <Alert type="warning" showIcon title={t('credentialReset.requestHint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="reason"
        label={t('credentialReset.reason')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} data-testid="credential-reset-reason" />
      </Form.Item>
    </FormModal>
  );
}
