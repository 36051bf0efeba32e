import { FormOutlined } from '@ant-design/icons';
import { Button, Segmented } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCaseList, useSlaSummary, type CaseFilter } from './casesApi.ts';
import { CaseFilters } from './CaseFilters.tsx';
import { CaseTable } from './CaseTable.tsx';
import { SlaSummaryCards } from './SlaSummaryCards.tsx';

type Scope = 'all' | 'owner' | 'assignee';

/** `/staff/cases`: cases of the caller's subtree, "mine" as owner or handler, filtered; SLA at a glance. */
export default function CasesPage() {
  const { t } = useI18n();
  const can = useCan();
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<CaseFilter>(() => ({
    page: 1,
    pageSize: 20,
    caseNumber: params.get('caseNumber') || undefined,
  }));
  const list = useCaseList(filter);
  const summary = useSlaSummary();
  const scope: Scope = filter.mine ?? 'all';
  return (
    <>
      <PageTitle
        title={t('menu.cases')}
        description={t('cases.description')}
        extra={
          can('case.accept') && (
            <Link to="/staff/intake">
              <Button type="primary" icon={<FormOutlined />} data-testid="cases-intake">
                {t('menu.intake')}
              </Button>
            </Link>
          )
        }
      />
      <SlaSummaryCards
        summary={summary.data}
        selected={filter.slaState}
        onSelect={(slaState) => setFilter({ ...filter, slaState, page: 1 })}
      />
      <Segmented<Scope>
        value={scope}
        onChange={(v) => setFilter({ ...filter, mine: v === 'all' ? undefined : v, page: 1 })}
        options={[
          { value: 'all', label: t('cases.scope.all') },
          { value: 'owner', label: <span data-testid="cases-scope-owner">{t('cases.scope.owner')}</span> },
          { value: 'assignee', label: <span data-testid="cases-scope-assignee">{t('cases.scope.assignee')}</span> },
        ]}
        style={{ marginBottom: 16 }}
      />
      <CaseFilters
        key={`${filter.slaState ?? ''}`}
        value={filter}
        onSearch={(criteria) => setFilter({ page: 1, pageSize: filter.pageSize, mine: filter.mine, ...criteria })}
      />
      <ErrorAlert error={list.error} />
      <CaseTable
        rows={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={filter.page}
        pageSize={filter.pageSize}
        loading={list.isFetching}
        onPage={(page, pageSize) => setFilter({ ...filter, page, pageSize })}
      />
    </>
  );
}
