import { Card, Segmented } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useDuplicates, useMerges } from '../registrationApi.ts';
import { DuplicateFlagsTable, MergesTable } from './DuplicateTables.tsx';

type FlagStatus = 'open' | 'dismissed' | 'merged';
type MergeStatus = 'proposed' | 'approved' | 'rejected';

/** `/staff/registration/duplicates`: suspected duplicates and the merges proposed to resolve them. */
export default function DuplicatesPage() {
  const { t } = useI18n();
  const [flagStatus, setFlagStatus] = useState<FlagStatus>('open');
  const [mergeStatus, setMergeStatus] = useState<MergeStatus>('proposed');
  const flags = useDuplicates(flagStatus);
  const merges = useMerges(mergeStatus);
  return (
    <>
      <PageTitle title={t('reg.menu.duplicates')} description={t('reg.dup.description')} />
      <Card
        size="small"
        title={t('reg.dup.flags')}
        style={{ marginBottom: 16 }}
        extra={
          <Segmented<FlagStatus>
            size="small"
            value={flagStatus}
            onChange={setFlagStatus}
            options={(['open', 'dismissed', 'merged'] as const).map((s) => ({
              value: s,
              label: t(`reg.dupStatus.${s}`),
            }))}
          />
        }
      >
        <ErrorAlert error={flags.error} />
        {flags.isPending ? <PageSpinner /> : <DuplicateFlagsTable flags={flags.data ?? []} />}
      </Card>
      <Card
        size="small"
        title={t('reg.merge.title')}
        extra={
          <Segmented<MergeStatus>
            size="small"
            value={mergeStatus}
            onChange={setMergeStatus}
            options={(['proposed', 'approved', 'rejected'] as const).map((s) => ({
              value: s,
              label: t(`reg.mergeStatus.${s}`),
            }))}
          />
        }
      >
        <ErrorAlert error={merges.error} />
        {merges.isPending ? <PageSpinner /> : <MergesTable merges={merges.data ?? []} />}
      </Card>
    </>
  );
}
