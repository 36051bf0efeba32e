import { Form, Input, Select } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { labelOf } from '../../../ui/labels.ts';
import { looksLikeCitizenId } from '../../../shared/identifierFormat.ts';
import { useSeparate } from './hallRegistrationApi.ts';
import { REPORTABLE_SEPARATION_REASONS, type SeparationBody } from './types.ts';

/** Separation (减员) form: the employee's citizen ID, the first day no longer employed, the reason. */
export function SeparationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const separate = useSeparate();
  return (
    <FormModal<SeparationBody>
      open={open}
      title={t('hreg.sep.title')}
      mutation={separate}
      toVariables={(v) => ({ ...v, citizenId: v.citizenId.trim().toUpperCase() })}
      onClose={onClose}
      successText={t('hreg.sep.done')}
      okText={t('hreg.sep.submit')}
      testId="hreg-separate"
    >
      <Form.Item
        name="citizenId"
        label={t('hreg.hire.citizenId')}
        rules={[
          { required: true, message: t('form.required') },
          {
            validator: (_, v: string) =>
              !v || looksLikeCitizenId(v) ? Promise.resolve() : Promise.reject(new Error(t('hreg.hire.idBad'))),
          },
        ]}
      >
        <Input className="mono" maxLength={18} autoComplete="off" data-testid="hreg-separate-citizen-id" />
      </Form.Item>
      <Form.Item
        name="separatedOn"
        label={t('hreg.sep.separatedOn')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <DateField testId="hreg-separate-date" />
      </Form.Item>
      <Form.Item name="reason" label={t('hreg.sep.reason')} rules={[{ required: true, message: t('form.required') }]}>
        <Select
          data-testid="hreg-separate-reason"
          options={REPORTABLE_SEPARATION_REASONS.map((r) => ({ value: r, label: labelOf(t, 'hreg.reason', r) }))}
        />
      </Form.Item>
    </FormModal>
  );
}
