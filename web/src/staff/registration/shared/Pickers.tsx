import { Select } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { looksLikeCitizenId } from '../../../shared/identifierFormat.ts';
import { useEmployers, usePersons } from '../registrationApi.ts';

interface Props {
  value?: number | null;
  onChange?: (id: number | null) => void;
  excludeId?: number;
  testId: string;
}

/** An active employer chosen by credit code, employer number or name (searched on the server). */
export function EmployerPicker({ value, onChange, excludeId, testId }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const list = useEmployers(
    { q: q.trim() || undefined, status: 'active', page: 1, pageSize: 20 },
    q.trim().length >= 2,
  );
  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      loading={list.isFetching}
      placeholder={t('reg.pickEmployer')}
      notFoundContent={q.trim().length >= 2 ? undefined : t('reg.typeToSearch')}
      options={(list.data?.items ?? [])
        .filter((e) => e.id !== excludeId)
        .map((e) => ({ value: e.id, label: `${e.name}（${e.creditCode}）` }))}
      data-testid={testId}
    />
  );
}

/** A person chosen by the full citizen ID or by name. */
export function PersonPicker({ value, onChange, excludeId, testId }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const text = q.trim().toUpperCase();
  const byId = looksLikeCitizenId(text);
  const list = usePersons(
    { citizenId: byId ? text : undefined, name: byId ? undefined : q.trim() || undefined, page: 1, pageSize: 20 },
    byId || q.trim().length >= 2,
  );
  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      loading={list.isFetching}
      placeholder={t('reg.pickPerson')}
      notFoundContent={byId || q.trim().length >= 2 ? undefined : t('reg.typeToSearch')}
      options={(list.data?.items ?? [])
        .filter((p) => p.personId !== excludeId && p.status === 'active')
        .map((p) => ({ value: p.personId, label: `${p.name}（${p.idMasked}）` }))}
      data-testid={testId}
    />
  );
}
