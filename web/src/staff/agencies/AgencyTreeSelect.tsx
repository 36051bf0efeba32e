import { TreeSelect } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import type { Agency } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { useAgencies } from './agencyApi.ts';
import { buildAgencyTree, type AgencyNode } from './agencyTree.ts';

interface Props {
  value?: number | null;
  onChange?: (id: number | null) => void;
  /** Agencies that cannot be chosen (shown greyed). */
  disable?: (agency: Agency) => boolean;
  placeholder?: string;
  allowClear?: boolean;
  testId?: string;
  style?: CSSProperties;
}

const never = () => false;

interface Option {
  value: number;
  title: string;
  disabled: boolean;
  children?: Option[];
}

function toOptions(nodes: AgencyNode[], disable: (a: Agency) => boolean): Option[] {
  return nodes.map((n) => ({
    value: n.id,
    title: `${n.name}（${n.code}）`,
    disabled: disable(n),
    ...(n.children ? { children: toOptions(n.children, disable) } : {}),
  }));
}

/** Picks one agency of the caller's subtree, searchable by name or code. */
export function AgencyTreeSelect({ value, onChange, disable, placeholder, allowClear, testId, style }: Props) {
  const { t } = useI18n();
  const agencies = useAgencies(false);
  const options = useMemo(
    () => toOptions(buildAgencyTree(agencies.data ?? []), disable ?? never),
    [agencies.data, disable],
  );
  return (
    <TreeSelect<number>
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      treeData={options}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      loading={agencies.isPending}
      allowClear={allowClear}
      placeholder={placeholder ?? t('agency.choose')}
      data-testid={testId}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
