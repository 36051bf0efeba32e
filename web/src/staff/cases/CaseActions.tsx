import {
  CheckOutlined,
  CloseCircleOutlined,
  FileAddOutlined,
  FileExclamationOutlined,
  SwapOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../api/deskTypes.ts';
import { useCan, useSessionInfo } from '../../api/session.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { todayIso } from '../../ui/formatTime.ts';
import {
  useAcceptCase,
  useAssign,
  useDeclineCase,
  useHandOver,
  useReceiveMaterials,
  useRequestMaterials,
  useStep,
  type SuppliedMaterial,
} from './casesApi.ts';
import { choicesComplete, MaterialChoices, materialInputs, suppliedInputs, type Choices } from './MaterialChoices.tsx';
import { StaffPicker } from './StaffPicker.tsx';

type StepVars = Parameters<ReturnType<typeof useStep>['mutate']>[0];

type Open = 'accept' | 'decline' | 'pass' | 'refuse' | 'receive' | 'request' | 'handOver' | 'assign' | null;

/** The steps a user may not take because they performed a step the item separates from it (maker-checker). */
export function separatedConflict(c: CaseDetail, staffId: number | undefined): string | null {
  const next = c.nextStep;
  if (!next || staffId === undefined) return null;
  for (const [a, b] of c.separatedSteps) {
    const other = a === next.code ? b : b === next.code ? a : null;
    if (!other) continue;
    const done = c.steps.find((s) => s.code === other && s.done?.staff.id === staffId);
    if (done) return done.code;
  }
  return null;
}

/** What the user may do with the case now, as buttons, each opening its form. */
export function CaseActions({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  const local = useLocal();
  const can = useCan();
  const session = useSessionInfo().data?.session;
  const [open, setOpen] = useState<Open>(null);
  const [choices, setChoices] = useState<Choices>({});
  const close = () => {
    setOpen(null);
    setChoices({});
  };

  const accept = useAcceptCase(c);
  const decline = useDeclineCase(c);
  const step = useStep(c);
  const receive = useReceiveMaterials(c);
  const request = useRequestMaterials(c);
  const handOver = useHandOver(c);
  const assign = useAssign(c);

  const first = c.steps[0];
  const canFirst = first ? can(first.permission) : false;
  const next = c.nextStep;
  const canNext = next ? can(next.permission) : false;
  const isOwner = c.owner?.id === session?.id;
  const canHandOver = isOwner || can('service.monitor');
  const conflict = separatedConflict(c, session?.id);
  const missing = c.materials.filter((m) => m.status === 'missing');
  const notReceived = c.materials.filter((m) => m.status !== 'received');
  const isLast = next ? next.index === c.steps.length - 1 : false;
  const closed = ['completed', 'refused', 'declined'].includes(c.status);
  const conflictStep = conflict ? c.steps.find((s) => s.code === conflict) : undefined;

  return (
    <>
      {conflict && next && c.status === 'in_progress' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="case-maker-checker"
          title={t('case.makerChecker', {
            done: conflictStep ? local.name(conflictStep) : conflict,
            next: local.name(next),
          })}
        />
      )}
      <Flex gap={8} wrap data-testid="case-actions">
        {c.status === 'received' && canFirst && (
          <>
            <Button type="primary" icon={<CheckOutlined />} onClick={() => setOpen('accept')} data-testid="case-accept">
              {t('case.accept')}
            </Button>
            <Button danger icon={<CloseCircleOutlined />} onClick={() => setOpen('decline')} data-testid="case-decline">
              {t('case.decline')}
            </Button>
          </>
        )}
        {c.status === 'in_progress' && next && canNext && (
          <>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              onClick={() => setOpen('pass')}
              disabled={conflict !== null}
              data-testid="case-step-pass"
            >
              {t(isLast ? 'case.passLast' : 'case.pass', { step: local.name(next) })}
            </Button>
            <Button
              danger
              icon={<CloseCircleOutlined />}
              onClick={() => setOpen('refuse')}
              disabled={conflict !== null}
              data-testid="case-step-refuse"
            >
              {t('case.refuse')}
            </Button>
            <Button icon={<FileExclamationOutlined />} onClick={() => setOpen('request')} data-testid="case-request">
              {t('case.requestMaterials')}
            </Button>
          </>
        )}
        {c.status === 'waiting_materials' && (can('case.accept') || can('case.review')) && (
          <Button
            type="primary"
            icon={<FileAddOutlined />}
            onClick={() => setOpen('receive')}
            data-testid="case-receive"
          >
            {t('case.receiveMaterials')}
          </Button>
        )}
        {!closed && canHandOver && (
          <>
            <Button icon={<SwapOutlined />} onClick={() => setOpen('handOver')} data-testid="case-hand-over">
              {t('case.handOver')}
            </Button>
            <Button icon={<UserSwitchOutlined />} onClick={() => setOpen('assign')} data-testid="case-assign">
              {t('case.assign')}
            </Button>
          </>
        )}
      </Flex>

      <FormModal<
        { supplyDeadline?: string | null; comment?: string },
        { materials?: ReturnType<typeof materialInputs>; supplyDeadline?: string; comment?: string }
      >
        open={open === 'accept'}
        title={t('case.acceptTitle', { number: c.caseNumber })}
        mutation={accept}
        toVariables={(v) => ({
          materials: materialInputs(choices),
          ...(v.supplyDeadline ? { supplyDeadline: v.supplyDeadline } : {}),
          ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}),
        })}
        check={() => (choicesComplete(choices) ? null : t('intake.needUpload'))}
        onClose={close}
        successText={t('case.accepted')}
        testId="case-accept-modal"
        width={760}
      >
        {notReceived.length > 0 && (
          <MaterialChoices
            itemCode={c.item.code}
            materials={notReceived}
            choices={choices}
            onChange={setChoices}
            allowWaive
          />
        )}
        {notReceived.some((m) => m.requirement === 'later') && (
          <Form.Item
            name="supplyDeadline"
            label={t('intake.supplyDeadline')}
            extra={t('intake.supplyDeadlineHint')}
            style={{ marginTop: 16 }}
          >
            <DateField testId="case-accept-deadline" />
          </Form.Item>
        )}
        <Form.Item name="comment" label={t('case.comment')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </FormModal>

      <FormModal<{ reason: string }>
        open={open === 'decline'}
        title={t('case.declineTitle', { number: c.caseNumber })}
        mutation={decline}
        onClose={close}
        successText={t('case.declined')}
        testId="case-decline-modal"
        danger
      >
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('case.declineHint')} />
        <Form.Item
          name="reason"
          label={t('case.reason')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="case-decline-reason" />
        </Form.Item>
      </FormModal>

      {next && (
        <FormModal<{ comment?: string; outcomeNote?: string }, StepVars>
          open={open === 'pass'}
          title={t(isLast ? 'case.passLast' : 'case.pass', { step: local.name(next) })}
          mutation={step}
          toVariables={(v) => ({
            stepCode: next.code,
            decision: 'pass',
            ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}),
            ...(v.outcomeNote?.trim() ? { outcomeNote: v.outcomeNote.trim() } : {}),
          })}
          onClose={close}
          successText={t(isLast ? 'case.completedToast' : 'case.passed')}
          testId="case-pass-modal"
        >
          <Form.Item name="comment" label={t('case.comment')}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="case-pass-comment" />
          </Form.Item>
          {isLast && (
            <Form.Item name="outcomeNote" label={t('case.outcomeNote')} extra={t('case.outcomeNoteHint')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          )}
        </FormModal>
      )}

      {next && (
        <FormModal<{ reason: string; comment?: string }, StepVars>
          open={open === 'refuse'}
          title={t('case.refuseTitle', { step: local.name(next) })}
          mutation={step}
          toVariables={(v) => ({
            stepCode: next.code,
            decision: 'refuse',
            reason: v.reason.trim(),
            ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}),
          })}
          onClose={close}
          successText={t('case.refused')}
          testId="case-refuse-modal"
          danger
        >
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('case.refuseHint')} />
          <Form.Item
            name="reason"
            label={t('case.reason')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="case-refuse-reason" />
          </Form.Item>
          <Form.Item name="comment" label={t('case.comment')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </FormModal>
      )}

      <FormModal<object, { materials: SuppliedMaterial[] }>
        open={open === 'receive'}
        title={t('case.receiveTitle', { number: c.caseNumber })}
        mutation={receive}
        toVariables={() => ({ materials: suppliedInputs(choices) })}
        check={() =>
          !choicesComplete(choices)
            ? t('intake.needUpload')
            : suppliedInputs(choices).length === 0
              ? t('case.nothingReceived')
              : null
        }
        onClose={close}
        successText={t('case.materialsRecorded')}
        testId="case-receive-modal"
        width={760}
      >
        <MaterialChoices
          itemCode={c.item.code}
          materials={missing}
          choices={choices}
          onChange={setChoices}
          allowWaive={false}
        />
      </FormModal>

      <FormModal<
        { codes: string[]; reason: string; supplyDeadline: string },
        { materials: { code: string; reason: string }[]; supplyDeadline: string }
      >
        open={open === 'request'}
        title={t('case.requestTitle', { number: c.caseNumber })}
        mutation={request}
        toVariables={(v) => ({
          materials: v.codes.map((code) => ({ code, reason: v.reason.trim() })),
          supplyDeadline: v.supplyDeadline,
        })}
        check={(v) => (v.supplyDeadline < todayIso() ? t('case.deadlinePast') : null)}
        onClose={close}
        successText={t('case.requested')}
        testId="case-request-modal"
        width={620}
      >
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('case.requestHint')} />
        <Form.Item
          name="codes"
          label={t('case.requestWhich')}
          rules={[{ required: true, type: 'array', min: 1, message: t('form.required') }]}
        >
          <Checkbox.Group
            options={c.materials.map((m) => ({ value: m.code, label: local.name(m) }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('case.requestReason')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="supplyDeadline"
          label={t('intake.supplyDeadline')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DateField />
        </Form.Item>
      </FormModal>

      <FormModal<{ toStaffId: number; reason: string }>
        open={open === 'handOver'}
        title={t('case.handOverTitle', { number: c.caseNumber })}
        mutation={handOver}
        onClose={close}
        successText={t('case.handedOver')}
        testId="case-hand-over-modal"
      >
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('case.handOverHint')} />
        <Form.Item
          name="toStaffId"
          label={t('case.handOverTo')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <StaffPicker caseId={c.id} excludeId={c.owner?.id} testId="case-hand-over-to" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('case.reason')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="case-hand-over-reason" />
        </Form.Item>
      </FormModal>

      <FormModal<{ staffId?: number | null }, { staffId: number | null }>
        open={open === 'assign'}
        title={t('case.assignTitle', { number: c.caseNumber })}
        mutation={assign}
        toVariables={(v) => ({ staffId: v.staffId ?? null })}
        onClose={close}
        successText={t('case.assigned')}
        testId="case-assign-modal"
        initialValues={{ staffId: c.assignee?.id ?? null }}
      >
        <Form.Item name="staffId" label={t('cases.assignee')} extra={t('case.assignHint')}>
          <StaffPicker caseId={c.id} testId="case-assign-to" />
        </Form.Item>
      </FormModal>
    </>
  );
}
