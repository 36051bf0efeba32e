import { useState } from 'react';
import { useCan } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useAgencies } from '../agencies/agencyApi.ts';
import { useAuditLog, type AuditFilter } from './auditApi.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { VerifyChainButton, VerifyChainResult } from './VerifyChain.tsx';

/** `/staff/audit`: the hash-chained audit trail, searchable, with an on-demand chain check. */
export default function AuditPage() {
  const { t } = useI18n();
  const canReadOrg = useCan()('org.read');
  const agencies = useAgencies(true, canReadOrg);
  const [filter, setFilter] = useState<AuditFilter>({ page: 1, pageSize: 20 });
  const log = useAuditLog(filter);
  const agencyName = (id: number | null) =>
    id === null ? '—' : (agencies.data?.find((a) => a.id === id)?.name ?? `#${id}`);
  return (
    <>
      <PageTitle title={t('menu.audit')} description={t('audit.description')} extra={<VerifyChainButton />} />
      <VerifyChainResult />
      <AuditFilters onSearch={(criteria) => setFilter({ ...criteria, page: 1, pageSize: filter.pageSize })} />
      <ErrorAlert error={log.error} />
      <AuditTable
        rows={log.data?.items ?? []}
        total={log.data?.total ?? 0}
        page={filter.page}
        pageSize={filter.pageSize}
        loading={log.isFetching}
        agencyName={agencyName}
        onPage={(page, pageSize) => setFilter({ ...filter, page, pageSize })}
      />
    </>
  );
}
