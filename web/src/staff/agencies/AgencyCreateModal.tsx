import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import type { Agency, AgencyLevel } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { todayIso } from '../../ui/formatTime.ts';
import { useCreateAgency, type AgencyCreate } from './agencyApi.ts';
import { levelKeys } from './AgencyLevelTag.tsx';
import { AgencyTreeSelect } from './AgencyTreeSelect.tsx';
import { DivisionCodeField } from './DivisionCodeField.tsx';

const levels: AgencyLevel[] = [1, 2, 3, 4, 5];
const cannotHaveChildren = (a: Agency) => a.level >= 5 || a.status !== 'active';

/** Proposes the level just below the chosen parent (the user may still pick a lower one). */
function LevelFollowsParent({ agencies }: { agencies: Agency[] }) {
  const form = Form.useFormInstance<AgencyCreate>();
  const parentId = Form.useWatch('parentId', form);
  useEffect(() => {
    const parent = agencies.find((a) => a.id === parentId);
    const level = form.getFieldValue('level') as AgencyLevel | undefined;
    if (parent && (level === undefined || level <= parent.level)) {
      form.setFieldValue('level', Math.min(parent.level + 1, 5) as AgencyLevel);
    }
  }, [parentId, agencies, form]);
  return null;
}

/** Adds an agency below a parent (preset when opened from a row). */
export function AgencyCreateModal({
  open,
  parent,
  agencies,
  onClose,
}: {
  open: boolean;
  parent: Agency | null;
  agencies: Agency[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const create = useCreateAgency();
  const parentLevel = (id: number | undefined) => agencies.find((a) => a.id === id)?.level ?? 0;
  const next = parent ? Math.min(parent.level + 1, 5) : undefined;
  return (
    <FormModal<AgencyCreate>
      open={open}
      title={t('agency.createTitle')}
      mutation={create}
      onClose={onClose}
      successText={t('agency.created')}
      testId="agency-create-modal"
      initialValues={{ parentId: parent?.id, level: next as AgencyLevel | undefined, openedOn: todayIso() }}
    >
      <Form.Item name="parentId" label={t('agency.parent')} rules={[{ required: true, message: t('form.required') }]}>
        <AgencyTreeSelect disable={cannotHaveChildren} testId="agency-parent" />
      </Form.Item>
      <LevelFollowsParent agencies={agencies} />
      <Form.Item noStyle dependencies={['parentId']}>
        {({ getFieldValue }) => (
          <Form.Item name="level" label={t('agency.level')} rules={[{ required: true, message: t('form.required') }]}>
            <Select
              data-testid="agency-level"
              options={levels.map((l) => ({
                value: l,
                label: t(levelKeys[l]),
                disabled: l <= parentLevel(getFieldValue('parentId') as number | undefined),
              }))}
            />
          </Form.Item>
        )}
      </Form.Item>
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
        extra={t('agency.codeHint')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={32} className="mono" data-testid="agency-code" />
      </Form.Item>
      <DivisionCodeField />
      <Form.Item name="openedOn" label={t('agency.openedOn')} rules={[{ required: true, message: t('form.required') }]}>
        <DateField testId="agency-opened-on" />
      </Form.Item>
    </FormModal>
  );
}
