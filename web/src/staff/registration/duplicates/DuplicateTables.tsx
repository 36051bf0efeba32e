import { Button, Empty, Flex, Form, Input, Radio, Table } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useCan, useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { StatusTag } from '../../../ui/StatusTag.tsx';
import { useDecideMerge, useDismissDuplicate, useProposeMerge } from '../registrationApi.ts';
import type { DuplicateFlag, Merge, PersonSummary } from '../registrationTypes.ts';
import { maxLength, required, trimmed } from '../shared/rules.ts';

function PersonRef({ person }: { person: PersonSummary }) {
  return (
    <>
      <Link to={`/staff/registration/persons/${person.personId}`}>{person.name}</Link>{' '}
      <span className="mono">{person.idMasked}</span>
    </>
  );
}

/** Suspected duplicates: reviewers dismiss them with a note; clerks propose merging the two records. */
export function DuplicateFlagsTable({ flags }: { flags: DuplicateFlag[] }) {
  const { t } = useI18n();
  const can = useCan();
  const dismiss = useDismissDuplicate();
  const propose = useProposeMerge();
  const [dismissing, setDismissing] = useState<DuplicateFlag | null>(null);
  const [merging, setMerging] = useState<DuplicateFlag | null>(null);
  if (flags.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reg.dup.none')} />;
  return (
    <>
      <Table<DuplicateFlag>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={flags}
        scroll={{ x: 'max-content' }}
        onRow={(f) => ({ 'data-testid': `duplicate-row-${f.id}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('reg.dup.person'), key: 'person', render: (_, f) => <PersonRef person={f.person} /> },
          { title: t('reg.dup.other'), key: 'other', render: (_, f) => <PersonRef person={f.other} /> },
          {
            title: t('reg.dup.flaggedAt'),
            dataIndex: 'flaggedAt',
            render: (v: string) => <DateText value={v} instant />,
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (v: DuplicateFlag['status'], f) => (
              <>
                <StatusTag family="duplicate" status={v} />
                {f.resolutionNote}
              </>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, f) =>
              f.status === 'open' ? (
                <Flex gap={4}>
                  {can('registration.write') && (
                    <Button size="small" type="link" onClick={() => setMerging(f)} data-testid="duplicate-merge">
                      {t('reg.action.merge')}
                    </Button>
                  )}
                  {can('registration.review') && (
                    <Button size="small" type="link" onClick={() => setDismissing(f)} data-testid="duplicate-dismiss">
                      {t('reg.dup.dismiss')}
                    </Button>
                  )}
                </Flex>
              ) : null,
          },
        ]}
      />
      <FormModal<{ note: string }, Parameters<typeof dismiss.mutate>[0]>
        open={dismissing !== null}
        title={t('reg.dup.dismissTitle')}
        mutation={dismiss}
        toVariables={(v) => ({ id: dismissing?.id ?? 0, note: v.note.trim() })}
        onClose={() => setDismissing(null)}
        successText={t('reg.dup.dismissed')}
        testId="duplicate-dismiss-modal"
      >
        <Form.Item name="note" label={t('reg.note')} rules={[required(t), maxLength(t, 500)]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
      <FormModal<{ survivor: 'person' | 'other'; reason: string }, Parameters<typeof propose.mutate>[0]>
        open={merging !== null}
        title={t('reg.action.merge')}
        mutation={propose}
        initialValues={{ survivor: 'person' }}
        toVariables={(v) => {
          const keep = v.survivor === 'person' ? merging?.person : merging?.other;
          const drop = v.survivor === 'person' ? merging?.other : merging?.person;
          return {
            survivorId: keep?.personId ?? 0,
            mergedId: drop?.personId ?? 0,
            flagId: merging?.id,
            reason: v.reason.trim(),
          };
        }}
        onClose={() => setMerging(null)}
        successText={t('reg.mergeProposed')}
        testId="duplicate-merge-modal"
      >
        <Form.Item name="survivor" label={t('reg.survivor')} extra={t('reg.mergeHint')}>
          <Radio.Group>
            <Radio value="person">
              {merging?.person.name} <span className="mono">{merging?.person.idMasked}</span>
            </Radio>
            <Radio value="other">
              {merging?.other.name} <span className="mono">{merging?.other.idMasked}</span>
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="reason" label={t('reg.reason')} rules={[required(t), maxLength(t, 500)]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** Merge proposals: a reviewer other than the proposer approves or rejects (maker-checker). */
export function MergesTable({ merges }: { merges: Merge[] }) {
  const { t } = useI18n();
  const can = useCan();
  const me = useSessionInfo().data?.session?.id;
  const decide = useDecideMerge();
  const [deciding, setDeciding] = useState<{ merge: Merge; decision: 'approve' | 'reject' } | null>(null);
  if (merges.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reg.merge.none')} />;
  return (
    <>
      <Table<Merge>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={merges}
        scroll={{ x: 'max-content' }}
        onRow={(m) => ({ 'data-testid': `merge-row-${m.id}`, 'data-status': m.status }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('reg.survivor'),
            key: 'survivor',
            render: (_, m) => <PersonRef person={m.survivor} />,
          },
          {
            title: t('reg.merge.merged'),
            key: 'merged',
            render: (_, m) => <PersonRef person={m.merged} />,
          },
          { title: t('reg.reason'), dataIndex: 'reason' },
          {
            title: t('reg.merge.proposed'),
            key: 'proposed',
            render: (_, m) => (
              <>
                {m.proposedBy.name} · <DateText value={m.proposedAt} instant />
              </>
            ),
          },
          {
            title: t('common.status'),
            key: 'status',
            render: (_, m) => (
              <>
                <StatusTag family="merge" status={m.status} />
                {m.decidedBy?.name ?? ''} {m.decisionNote ?? ''}
              </>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, m) =>
              m.status === 'proposed' && can('registration.review') && m.proposedBy.id !== me ? (
                <Flex gap={4}>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setDeciding({ merge: m, decision: 'approve' })}
                    data-testid="merge-approve"
                  >
                    {t('reg.merge.approve')}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    danger
                    onClick={() => setDeciding({ merge: m, decision: 'reject' })}
                    data-testid="merge-reject"
                  >
                    {t('reg.merge.reject')}
                  </Button>
                </Flex>
              ) : null,
          },
        ]}
      />
      <FormModal<{ note?: string }, Parameters<typeof decide.mutate>[0]>
        open={deciding !== null}
        title={deciding ? t(`reg.merge.${deciding.decision}`) : ''}
        mutation={decide}
        danger={deciding?.decision === 'reject'}
        check={(v) => (deciding?.decision === 'reject' && !trimmed(v.note) ? t('reg.merge.rejectNeedsNote') : null)}
        toVariables={(v) => ({
          id: deciding?.merge.id ?? 0,
          decision: deciding?.decision ?? 'reject',
          note: trimmed(v.note),
        })}
        onClose={() => setDeciding(null)}
        successText={t('common.saved')}
        testId="merge-decide-modal"
      >
        {deciding?.decision === 'approve' && <p>{t('reg.merge.approveHint')}</p>}
        <Form.Item name="note" label={t('reg.note')} rules={[maxLength(t, 500)]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}
