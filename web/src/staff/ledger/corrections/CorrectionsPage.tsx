import { Segmented } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useCorrections } from '../ledgerApi.ts';
import type { CorrectionStatus } from '../ledgerTypes.ts';
import { Filters } from '../shared.tsx';
import { CorrectionsTable } from './CorrectionsTable.tsx';

const STATUSES: CorrectionStatus[] = ['proposed', 'approved', 'rejected'];

/** `/staff/ledger/corrections`: the 冲正 queue; an approver (not the proposer) approves or rejects. */
export default function CorrectionsPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<CorrectionStatus | 'all'>('proposed');
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const corrections = useCorrections({ status: status === 'all' ? undefined : status, page, pageSize });
  return (
    <>
      <PageTitle title={t('ledger.menu.corrections')} description={t('ledger.corrections.description')} />
      <Filters>
        <Segmented<CorrectionStatus | 'all'>
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={[
            ...STATUSES.map((s) => ({ value: s, label: t(`ledger.correctionStatus.${s}`) })),
            { value: 'all' as const, label: t('ledger.all') },
          ]}
          data-testid="corrections-status"
        />
      </Filters>
      <ErrorAlert error={corrections.error} />
      <CorrectionsTable
        corrections={corrections.data?.items ?? []}
        loading={corrections.isFetching}
        pagination={{ current: page, pageSize, total: corrections.data?.total ?? 0, onChange: setPage }}
      />
    </>
  );
}
