import { EditOutlined, PauseCircleOutlined, PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import {
  useChangeEmployer,
  useEmployerStatus,
  type EmployerChange,
  type EmployerInput,
  type EmployerStatusAction,
} from '../registrationApi.ts';
import type { EmployerDetail, EmployerType } from '../registrationTypes.ts';
import { caseNumberRule, maxLength, required, trimmed } from '../shared/rules.ts';
import { EmployerFields } from './EmployerFields.tsx';
import { HallActivationButton } from '../shared/HallActivation.tsx';

type ChangeValues = Partial<Record<Exclude<keyof EmployerInput, 'type'>, string>> & {
  type?: EmployerType;
  reason: string;
  effectiveOn?: string | null;
};

const plainFields = [
  'name',
  'industryCode',
  'legalRepName',
  'address',
  'contactName',
  'bankName',
  'poolingRegion',
] as const;
/** Fields shown masked: the form starts empty and sends them only when the clerk enters a new value. */
const sealedFields = ['legalRepId', 'contactPhone', 'bankAccount'] as const;

/** Only the fields that differ from the record go into `changes`. */
function changesOf(e: EmployerDetail, v: ChangeValues): EmployerChange['changes'] {
  const changes: EmployerChange['changes'] = {};
  if (v.type !== undefined && v.type !== e.type) changes.type = v.type;
  for (const f of plainFields) {
    const value = trimmed(v[f]);
    if (value !== undefined && value !== (e[f] ?? undefined)) changes[f] = value;
  }
  for (const f of sealedFields) {
    const value = trimmed(v[f]);
    if (value !== undefined) changes[f] = value;
  }
  return changes;
}

const icons = { suspend: <PauseCircleOutlined />, resume: <PlayCircleOutlined />, cancel: <StopOutlined /> };

/**
 * Change, suspend, resume and cancel an employer, each with a reason, against the version shown;
 * issue an activation code for its hall account.
 */
export function EmployerActions({ employer: e }: { employer: EmployerDetail }) {
  const { t } = useI18n();
  const can = useCan();
  const change = useChangeEmployer(e.id);
  const status = useEmployerStatus(e.id);
  const [open, setOpen] = useState<'change' | EmployerStatusAction | null>(null);
  if (!can('registration.write')) return null;
  const actions: EmployerStatusAction[] =
    e.status === 'active' ? ['suspend', 'cancel'] : e.status === 'suspended' ? ['resume', 'cancel'] : [];
  const statusAction = open === 'change' ? null : open;
  return (
    <>
      <Flex gap={8} wrap data-testid="employer-actions">
        {e.status !== 'cancelled' && (
          <Button icon={<EditOutlined />} onClick={() => setOpen('change')} data-testid="employer-change">
            {t('reg.action.change')}
          </Button>
        )}
        <HallActivationButton kind="employer" holderId={e.id} holderName={e.name} />
        {actions.map((a) => (
          <Button
            key={a}
            danger={a === 'cancel'}
            icon={icons[a]}
            onClick={() => setOpen(a)}
            data-testid={`employer-${a}`}
          >
            {t(`reg.action.${a}`)}
          </Button>
        ))}
      </Flex>

      <FormModal<ChangeValues, Parameters<typeof change.mutate>[0]>
        open={open === 'change'}
        title={t('reg.employers.changeTitle', { name: e.name })}
        mutation={change}
        width={640}
        initialValues={Object.fromEntries(plainFields.map((f) => [f, e[f] ?? undefined]))}
        check={(v) => (Object.keys(changesOf(e, v)).length === 0 ? t('reg.nothingChanged') : null)}
        toVariables={(v) => ({
          version: e.version,
          changes: changesOf(e, v),
          reason: v.reason.trim(),
          effectiveOn: v.effectiveOn || undefined,
          caseNumber: trimmed(v.caseNumber),
        })}
        onClose={() => setOpen(null)}
        successText={t('common.saved')}
        testId="employer-change-modal"
      >
        <EmployerFields change />
        <Form.Item name="effectiveOn" label={t('reg.effectiveOn')}>
          <DateField testId="employer-change-effective" />
        </Form.Item>
        <Form.Item name="reason" label={t('reg.reason')} rules={[required(t), maxLength(t, 500)]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="employer-change-reason" />
        </Form.Item>
        <Form.Item name="caseNumber" label={t('reg.caseNumber')} rules={[caseNumberRule(t)]}>
          <Input className="mono" maxLength={48} />
        </Form.Item>
      </FormModal>

      <FormModal<{ reason: string; effectiveOn?: string | null }, Parameters<typeof status.mutate>[0]>
        open={statusAction !== null}
        title={statusAction ? t(`reg.action.${statusAction}`) : ''}
        mutation={status}
        danger={statusAction === 'cancel'}
        toVariables={(v) => ({
          action: statusAction ?? 'suspend',
          version: e.version,
          reason: v.reason.trim(),
          effectiveOn: v.effectiveOn || undefined,
        })}
        onClose={() => setOpen(null)}
        successText={t('common.saved')}
        testId="employer-status-modal"
      >
        <Form.Item name="effectiveOn" label={t('reg.effectiveOn')}>
          <DateField testId="employer-status-effective" />
        </Form.Item>
        <Form.Item name="reason" label={t('reg.reason')} rules={[required(t), maxLength(t, 500)]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="employer-status-reason" />
        </Form.Item>
      </FormModal>
    </>
  );
}
