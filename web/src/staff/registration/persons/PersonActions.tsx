import { EditOutlined, MergeCellsOutlined, StopOutlined, UserAddOutlined, WalletOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { todayIso } from '../../../ui/formatTime.ts';
import {
  useChangePerson,
  useDeath,
  useFlexibleEnrolment,
  useProposeMerge,
  type PersonChange,
  type PersonInput,
} from '../registrationApi.ts';
import {
  FLEXIBLE_SCHEMES,
  HUKOU_TYPES,
  type FlexibleScheme,
  type HukouType,
  type PersonDetail,
  type PersonReach,
} from '../registrationTypes.ts';
import { HireModal } from '../shared/EmploymentModals.tsx';
import { HallActivationButton } from '../shared/HallActivation.tsx';
import { PersonPicker } from '../shared/Pickers.tsx';
import {
  bankAccountRule,
  caseNumberRule,
  maxLength,
  phoneRule,
  regionRule,
  required,
  trimmed,
} from '../shared/rules.ts';

type Open = 'change' | 'hire' | 'flexible' | 'death' | 'merge' | null;
type ChangeValues = Partial<Record<Exclude<keyof PersonInput, 'hukouType'>, string>> & {
  hukouType?: HukouType;
  reason: string;
  effectiveOn?: string | null;
};

const plainFields = ['name', 'nationality', 'hukouPlace', 'address', 'bankName'] as const;
const sealedFields = ['phone', 'bankAccount'] as const;

function changesOf(p: PersonDetail, v: ChangeValues): PersonChange['changes'] {
  const changes: PersonChange['changes'] = {};
  if (v.hukouType !== undefined && v.hukouType !== p.hukouType) changes.hukouType = v.hukouType;
  for (const f of plainFields) {
    const value = trimmed(v[f]);
    if (value !== undefined && value !== (p[f] ?? undefined)) changes[f] = value;
  }
  for (const f of sealedFields) {
    const value = trimmed(v[f]);
    if (value !== undefined) changes[f] = value;
  }
  return changes;
}

/**
 * What a clerk may do with a living person's record: change, hire, flexible enrolment, a hall
 * activation code, merge, death. Reaching the person only through an employment, the clerk may hire them elsewhere in
 * the agency's subtree, nothing more.
 */
export function PersonActions({
  person: p,
  reach,
  defaultRegion,
}: {
  person: PersonDetail;
  reach: PersonReach;
  defaultRegion?: string;
}) {
  const { t } = useI18n();
  const can = useCan();
  const [open, setOpen] = useState<Open>(null);
  const change = useChangePerson(p.personId);
  const flexible = useFlexibleEnrolment(p.personId);
  const death = useDeath(p.personId);
  const merge = useProposeMerge();
  const close = () => setOpen(null);
  if (!can('registration.write') || p.status !== 'active') return null;
  const whole = reach === 'record';
  return (
    <>
      <Flex gap={8} wrap data-testid="person-actions">
        {whole && (
          <Button icon={<EditOutlined />} onClick={() => setOpen('change')} data-testid="person-change">
            {t('reg.action.change')}
          </Button>
        )}
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setOpen('hire')} data-testid="person-hire">
          {t('reg.action.hire')}
        </Button>
        {whole && (
          <>
            <Button icon={<WalletOutlined />} onClick={() => setOpen('flexible')} data-testid="person-flexible">
              {t('reg.action.flexible')}
            </Button>
            <HallActivationButton kind="person" holderId={p.personId} holderName={p.name} />
            <Button icon={<MergeCellsOutlined />} onClick={() => setOpen('merge')} data-testid="person-merge">
              {t('reg.action.merge')}
            </Button>
            <Button danger icon={<StopOutlined />} onClick={() => setOpen('death')} data-testid="person-death">
              {t('reg.action.death')}
            </Button>
          </>
        )}
      </Flex>

      <FormModal<ChangeValues, Parameters<typeof change.mutate>[0]>
        open={open === 'change'}
        title={t('reg.persons.changeTitle', { name: p.name })}
        mutation={change}
        width={640}
        initialValues={{
          ...Object.fromEntries(plainFields.map((f) => [f, p[f] ?? undefined])),
          hukouType: p.hukouType ?? undefined,
        }}
        check={(v) => (Object.keys(changesOf(p, v)).length === 0 ? t('reg.nothingChanged') : null)}
        toVariables={(v) => ({
          version: p.version,
          changes: changesOf(p, v),
          reason: v.reason.trim(),
          effectiveOn: v.effectiveOn || undefined,
          caseNumber: trimmed(v.caseNumber),
        })}
        onClose={close}
        successText={t('common.saved')}
        testId="person-change-modal"
      >
        <Form.Item name="name" label={t('reg.field.name')} rules={[maxLength(t, 100)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="nationality"
          label={t('reg.field.nationality')}
          normalize={(v: string) => v.toUpperCase()}
          rules={[{ pattern: /^[A-Z]{3}$/, message: t('reg.badNationality') }]}
        >
          <Input maxLength={3} className="mono" />
        </Form.Item>
        <Form.Item name="hukouType" label={t('reg.field.hukouType')}>
          <Select allowClear options={HUKOU_TYPES.map((h) => ({ value: h, label: t(`reg.hukou.${h}`) }))} />
        </Form.Item>
        <Form.Item name="hukouPlace" label={t('reg.field.hukouPlace')} rules={[regionRule(t)]}>
          <Input maxLength={6} className="mono" />
        </Form.Item>
        <Form.Item name="phone" label={t('reg.field.phone')} extra={t('reg.sealedHint')} rules={[phoneRule(t)]}>
          <Input maxLength={20} className="mono" />
        </Form.Item>
        <Form.Item name="address" label={t('reg.field.address')} rules={[maxLength(t, 200)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="bankName" label={t('reg.field.bankName')} rules={[maxLength(t, 100)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="bankAccount"
          label={t('reg.field.bankAccount')}
          extra={t('reg.sealedHint')}
          normalize={(v: string) => v.replace(/\s/g, '')}
          rules={[bankAccountRule(t)]}
        >
          <Input maxLength={30} className="mono" />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('reg.effectiveOn')}>
          <DateField />
        </Form.Item>
        <Form.Item name="reason" label={t('reg.reason')} rules={[required(t), maxLength(t, 500)]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="person-change-reason" />
        </Form.Item>
        <Form.Item name="caseNumber" label={t('reg.caseNumber')} rules={[caseNumberRule(t)]}>
          <Input className="mono" maxLength={48} />
        </Form.Item>
      </FormModal>

      <HireModal open={open === 'hire'} personId={p.personId} onClose={close} />

      <FormModal<
        { scheme: FlexibleScheme; startedOn: string; poolingRegion: string; caseNumber?: string },
        Parameters<typeof flexible.mutate>[0]
      >
        open={open === 'flexible'}
        title={t('reg.flexibleTitle')}
        mutation={flexible}
        initialValues={{ scheme: 'pension', startedOn: todayIso(), poolingRegion: defaultRegion }}
        check={(v) => (v.startedOn < p.birthDate ? t('reg.beforeBirth') : null)}
        toVariables={(v) => ({ ...v, poolingRegion: v.poolingRegion.trim(), caseNumber: trimmed(v.caseNumber) })}
        onClose={close}
        successText={t('reg.enrolled')}
        testId="flexible-modal"
      >
        <Form.Item name="scheme" label={t('reg.scheme')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={FLEXIBLE_SCHEMES.map((s) => ({ value: s, label: t(`reg.scheme.${s}`) }))} />
        </Form.Item>
        <Form.Item
          name="startedOn"
          label={t('reg.startedOn')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DateField />
        </Form.Item>
        <Form.Item name="poolingRegion" label={t('reg.field.poolingRegion')} rules={[required(t), regionRule(t)]}>
          <Input maxLength={6} className="mono" />
        </Form.Item>
        <Form.Item name="caseNumber" label={t('reg.caseNumber')} rules={[caseNumberRule(t)]}>
          <Input className="mono" maxLength={48} />
        </Form.Item>
      </FormModal>

      <FormModal<{ deathDate: string; caseNumber?: string }, Parameters<typeof death.mutate>[0]>
        open={open === 'death'}
        title={t('reg.deathTitle', { name: p.name })}
        mutation={death}
        danger
        okText={t('reg.deathConfirm')}
        check={(v) =>
          v.deathDate < p.birthDate ? t('reg.beforeBirth') : v.deathDate > todayIso() ? t('reg.inFuture') : null
        }
        toVariables={(v) => ({ version: p.version, deathDate: v.deathDate, caseNumber: trimmed(v.caseNumber) })}
        onClose={close}
        successText={t('reg.deathRegistered')}
        testId="death-modal"
      >
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('reg.deathWarning')} />
        <Form.Item
          name="deathDate"
          label={t('reg.deathDate')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DateField testId="death-date" />
        </Form.Item>
        <Form.Item name="caseNumber" label={t('reg.caseNumber')} rules={[caseNumberRule(t)]}>
          <Input className="mono" maxLength={48} />
        </Form.Item>
      </FormModal>

      <FormModal<{ survivorId: number; reason: string }, Parameters<typeof merge.mutate>[0]>
        open={open === 'merge'}
        title={t('reg.mergeTitle', { name: p.name })}
        mutation={merge}
        toVariables={(v) => ({ survivorId: v.survivorId, mergedId: p.personId, reason: v.reason.trim() })}
        onClose={close}
        successText={t('reg.mergeProposed')}
        testId="merge-modal"
      >
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('reg.mergeHint')} />
        <Form.Item
          name="survivorId"
          label={t('reg.survivor')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <PersonPicker excludeId={p.personId} testId="merge-survivor" />
        </Form.Item>
        <Form.Item name="reason" label={t('reg.reason')} rules={[required(t), maxLength(t, 500)]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}
