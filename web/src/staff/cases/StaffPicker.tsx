import { useQuery } from '@tanstack/react-query';
import { InputNumber, Select } from 'antd';
import { useState } from 'react';
import { http } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import type { Page, Staff } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';

interface Props {
  value?: number | null;
  onChange?: (id: number | null) => void;
  excludeId?: number;
  testId: string;
}

/**
 * A member of staff to hand a case to. With staff.read the list of the caller's subtree is
 * searchable; without it (a clerk) only the staff number can be typed (the server checks it).
 */
export function StaffPicker({ value, onChange, excludeId, testId }: Props) {
  const { t } = useI18n();
  const can = useCan();
  const [q, setQ] = useState('');
  const readable = can('staff.read');
  const staff = useQuery({
    queryKey: ['staff', 'picker', q],
    queryFn: () => http.get<Page<Staff>>('/api/staff', { q: q || undefined, pageSize: 50 }),
    enabled: readable,
  });
  if (!readable) {
    return (
      <InputNumber<number>
        min={1}
        precision={0}
        value={value ?? null}
        onChange={(v) => onChange?.(v ?? null)}
        placeholder={t('cases.staffNumber')}
        style={{ width: '100%' }}
        data-testid={testId}
      />
    );
  }
  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      loading={staff.isFetching}
      placeholder={t('cases.chooseStaff')}
      options={(staff.data?.items ?? [])
        .filter((s) => s.status === 'active' && s.id !== excludeId)
        .map((s) => ({ value: s.id, label: `${s.displayName}（${s.username} · ${s.agencyName}）` }))}
      data-testid={testId}
    />
  );
}
