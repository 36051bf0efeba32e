import { Form, Input } from 'antd';
import type { Agency } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { useEditAgency, type AgencyEdit } from './agencyApi.ts';
import { DivisionCodeField } from './DivisionCodeField.tsx';
import { ReasonField } from './ReasonField.tsx';

type Values = Required<AgencyEdit>;

/** Renames or recodes an agency; only the fields that changed are sent, with the version read. */
export function AgencyEditModal({ agency, onClose }: { agency: Agency | null; onClose: () => void }) {
  const { t } = useI18n();
  const edit = useEditAgency(agency);
  const changedOnly = (v: Values): AgencyEdit => ({
    reason: v.reason,
    ...(v.name !== agency?.name ? { name: v.name } : {}),
    ...(v.code !== agency?.code ? { code: v.code } : {}),
    ...(v.divisionCode !== agency?.divisionCode ? { divisionCode: v.divisionCode } : {}),
  });
  return (
    <FormModal<Values, AgencyEdit>
      open={agency !== null}
      title={t('agency.editTitle', { name: agency?.name ?? '' })}
      mutation={edit}
      toVariables={changedOnly}
      check={(v) => (Object.keys(changedOnly(v)).length > 1 ? null : t('agency.noChanges'))}
      onClose={onClose}
      successText={t('common.saved')}
      testId="agency-edit-modal"
      initialValues={{ name: agency?.name, code: agency?.code, divisionCode: agency?.divisionCode }}
    >
      <Form.Item
        name="name"
        label={t('agency.name')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={100} data-testid="agency-name" />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('agency.code')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={32} className="mono" data-testid="agency-code" />
      </Form.Item>
      <DivisionCodeField />
      <ReasonField />
    </FormModal>
  );
}
