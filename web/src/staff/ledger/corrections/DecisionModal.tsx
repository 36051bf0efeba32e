import { Form, Input } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { useDecideCorrection } from '../ledgerApi.ts';

/** Approve (books the reversal and the replacement) or reject a proposed correction, with a note. */
export function DecisionModal({
  decision,
  onClose,
}: {
  decision: { id: number; decision: 'approve' | 'reject' } | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const decide = useDecideCorrection();
  const approving = decision?.decision === 'approve';
  return (
    <FormModal<{ note: string }, { id: number; decision: 'approve' | 'reject'; note: string }>
      open={decision !== null}
      title={t(approving ? 'ledger.correction.approveTitle' : 'ledger.correction.rejectTitle', {
        id: decision?.id ?? 0,
      })}
      mutation={decide}
      toVariables={(v) => ({ id: decision?.id ?? 0, decision: decision?.decision ?? 'reject', note: v.note.trim() })}
      onClose={onClose}
      successText={t(approving ? 'ledger.correction.approved' : 'ledger.correction.rejected')}
      okText={t(approving ? 'ledger.correction.approve' : 'ledger.correction.reject')}
      danger={!approving}
      testId="correction-decision"
    >
      <Form.Item
        name="note"
        label={t('ledger.correction.note')}
        rules={[{ required: true, whitespace: true, max: 500 }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="correction-note" />
      </Form.Item>
    </FormModal>
  );
}
