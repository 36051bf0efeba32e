import { Alert, Form, Input, Radio } from 'antd';
import type { CallbackResult, CallbackTask } from '../../api/deskTypes.ts';
import { useI18n } from '../../i18n/index.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { LevelTag } from '../../ui/LevelTag.tsx';
import { useCallbackStep, type CallbackStep } from './callbacksApi.ts';

const noteMax: Record<CallbackStep, number> = { callback: 1000, rectify: 2000, close: 1000 };

/** 回访 (with its result), 整改 or 办结 of a call-back task, each with a note. */
export function CallbackStepModal({
  task,
  step,
  onClose,
}: {
  task: CallbackTask | null;
  step: CallbackStep;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const mutation = useCallbackStep(task, step);
  return (
    <FormModal<{ note: string; result?: CallbackResult }>
      open={task !== null}
      title={t(`callback.${step}Title`, { number: task?.caseNumber ?? '' })}
      mutation={mutation}
      toVariables={(v) => ({ note: v.note.trim(), ...(step === 'callback' ? { result: v.result } : {}) })}
      onClose={onClose}
      successText={t(`callback.${step}Done`)}
      testId={`callback-${step}-modal`}
      initialValues={step === 'callback' ? { result: 'reached' } : {}}
    >
      {task && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            <>
              <LevelTag level={task.rating.overall} /> {task.rating.comment ?? t('callback.noComment')}
            </>
          }
        />
      )}
      {step === 'callback' && (
        <Form.Item name="result" label={t('callback.result')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={(['reached', 'unreachable', 'declined'] as const).map((r) => ({
              value: r,
              label: t(`callbackResult.${r}`),
            }))}
            data-testid="callback-result"
          />
        </Form.Item>
      )}
      <Form.Item
        name="note"
        label={t(`callback.${step}Note`)}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input.TextArea rows={4} maxLength={noteMax[step]} showCount data-testid={`callback-${step}-note`} />
      </Form.Item>
    </FormModal>
  );
}
