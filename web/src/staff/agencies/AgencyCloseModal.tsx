import { Alert, Form } from 'antd';
import type { Agency } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { todayIso } from '../../ui/formatTime.ts';
import { useCloseAgency } from './agencyApi.ts';
import { ReasonField } from './ReasonField.tsx';

/** Closes (撤销) an agency as of a date; its history is kept. */
export function AgencyCloseModal({ agency, onClose }: { agency: Agency | null; onClose: () => void }) {
  const { t } = useI18n();
  const close = useCloseAgency(agency);
  return (
    <FormModal<{ closedOn: string; reason: string }>
      open={agency !== null}
      title={t('agency.closeTitle', { name: agency?.name ?? '' })}
      mutation={close}
      onClose={onClose}
      successText={t('agency.closed')}
      okText={t('agency.close')}
      danger
      testId="agency-close-modal"
      initialValues={{ closedOn: todayIso() }}
    >
      <Alert type="warning" showIcon title={t('agency.closeWarning')} style={{ marginBottom: 16 }} />
      <Form.Item name="closedOn" label={t('agency.closedOn')} rules={[{ required: true, message: t('form.required') }]}>
        <DateField testId="agency-closed-on" />
      </Form.Item>
      <ReasonField />
    </FormModal>
  );
}
