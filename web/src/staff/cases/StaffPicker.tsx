import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { api, data } from '../../api/typed.ts';
import { useI18n } from '../../i18n/index.ts';

interface Props {
  caseId: number;
  value?: number | null;
  onChange?: (id: number | null) => void;
  excludeId?: number;
  testId: string;
}

/**
 * A member of staff to hand a case to or assign it to: the server lists who may take this case
 * (active, case.read, at its agency or above), so a clerk without staff.read can choose by name.
 */
export function StaffPicker({ caseId, value, onChange, excludeId, testId }: Props) {
  const { t } = useI18n();
  const candidates = useQuery({
    queryKey: ['cases', caseId, 'hand-over-candidates'],
    queryFn: async () =>
      data(await api.GET('/api/cases/{id}/hand-over-candidates', { params: { path: { id: caseId } } })),
  });
  return (
    <Select<number>
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      loading={candidates.isFetching}
      placeholder={t('cases.chooseStaff')}
      options={(candidates.data?.items ?? [])
        .filter((s) => s.id !== excludeId)
        .map((s) => ({ value: s.id, label: `${s.displayName}（${s.agencyName}）` }))}
      data-testid={testId}
    />
  );
}
