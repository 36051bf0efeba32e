import { Button, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useNotify } from '../../../ui/useNotify.ts';

type Decide = (v: { id: number; decision: 'approve' | 'reject'; note?: string }, o: { onSuccess: () => void }) => void;

/** Approve / reject a proposal (maker-checker: the server refuses the proposer); a note for a rejection. */
export function DecisionButtons({
  id,
  decide,
  pending,
  error,
  testId,
}: {
  id: number;
  decide: Decide;
  pending: boolean;
  error: unknown;
  testId: string;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const canApprove = useSessionInfo().data?.session?.permissions.includes('collection.approve') ?? false;
  const [open, setOpen] = useState<'approve' | 'reject' | null>(null);
  const [note, setNote] = useState('');
  if (!canApprove) return null;
  const go = () => {
    if (!open) return;
    decide(
      { id, decision: open, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          notify.success(t(open === 'approve' ? 'coll.decision.approved' : 'coll.decision.rejected'));
          setOpen(null);
          setNote('');
        },
      },
    );
  };
  return (
    <>
      <Flex gap={6}>
        <Button size="small" type="primary" onClick={() => setOpen('approve')} data-testid={`${testId}-approve`}>
          {t('coll.decision.approve')}
        </Button>
        <Button size="small" danger onClick={() => setOpen('reject')} data-testid={`${testId}-reject`}>
          {t('coll.decision.reject')}
        </Button>
      </Flex>
      <Modal
        open={open !== null}
        title={t(open === 'reject' ? 'coll.decision.rejectTitle' : 'coll.decision.approveTitle')}
        onCancel={() => setOpen(null)}
        onOk={go}
        okButtonProps={{ loading: pending, danger: open === 'reject', disabled: open === 'reject' && !note.trim() }}
        destroyOnHidden
      >
        <ErrorAlert error={error} />
        <Input.TextArea
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t(open === 'reject' ? 'coll.decision.reasonRequired' : 'coll.decision.noteOptional')}
          data-testid={`${testId}-note`}
        />
      </Modal>
    </>
  );
}
