import { Flex, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import { useSessionInfo } from '../../api/session.ts';
import { useI18n, type MessageKey, type Translate } from '../../i18n/index.ts';
import { FUNDS, type Fund } from './ledgerTypes.ts';

/** The fund's name in the interface language. */
export function fundLabel(t: Translate, fund: Fund | string | null): string {
  if (!fund) return '—';
  return (FUNDS as readonly string[]).includes(fund) ? t(`ledger.fund.${fund as Fund}` as MessageKey) : fund;
}

/** The pooling region the staff member's agency stands for (its 6-digit division code), if any. */
export function useHomeRegion(): string | undefined {
  const info = useSessionInfo();
  const code = info.data?.session?.agency?.code;
  return code && /^[0-9]{6}$/.test(code) ? code : undefined;
}

/** A 6-digit region code field (empty = every region); only complete codes are passed on. */
export function RegionField({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const { t } = useI18n();
  return (
    <Input
      allowClear
      style={{ width: 160 }}
      maxLength={6}
      placeholder={t('ledger.regionAll')}
      aria-label={t('ledger.region')}
      defaultValue={value}
      onChange={(e) => {
        const text = e.target.value.trim();
        if (text === '') onChange(undefined);
        else if (/^[0-9]{6}$/.test(text)) onChange(text);
      }}
      data-testid="ledger-region"
    />
  );
}

/** A fund picker; `all` allowed when `allowAll`. */
export function FundSelect({
  value,
  onChange,
  allowAll = false,
}: {
  value: Fund | undefined;
  onChange: (fund: Fund | undefined) => void;
  allowAll?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Select<Fund | 'all'>
      style={{ width: 160 }}
      value={value ?? 'all'}
      onChange={(v) => onChange(v === 'all' ? undefined : v)}
      options={[
        ...(allowAll ? [{ value: 'all' as const, label: t('ledger.fundAll') }] : []),
        ...FUNDS.map((f) => ({ value: f, label: fundLabel(t, f) })),
      ]}
      data-testid="ledger-fund"
    />
  );
}

/** A filter bar. */
export function Filters({ children }: { children: ReactNode }) {
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      {children}
    </Flex>
  );
}
