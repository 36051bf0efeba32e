import { Form, Input } from 'antd';
import type { ServicePoint } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { useAddWindow } from './servicePointApi.ts';

/** Adds a service window (窗口) to a hall. */
export function WindowModal({ point, onClose }: { point: ServicePoint | null; onClose: () => void }) {
  const { t } = useI18n();
  const add = useAddWindow(point);
  return (
    <FormModal<{ number: string; name: string }>
      open={point !== null}
      title={t('servicePoint.addWindowTitle', { name: point?.name ?? '' })}
      mutation={add}
      onClose={onClose}
      successText={t('servicePoint.windowAdded')}
      testId="window-modal"
    >
      <Form.Item
        name="number"
        label={t('servicePoint.windowNumber')}
        extra={t('servicePoint.windowNumberHint')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={10} data-testid="window-number" style={{ maxWidth: 160 }} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('servicePoint.windowName')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={100} data-testid="window-name" />
      </Form.Item>
    </FormModal>
  );
}
