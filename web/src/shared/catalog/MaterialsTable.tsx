import { Table, Tag, type TableColumnsType } from 'antd';
import type { CatalogMaterial, Requirement } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { formatBytes, mediaName } from '../../ui/format.ts';

const requirementColour: Record<Requirement, string> = { required: 'red', optional: 'default', later: 'gold' };

export function RequirementTag({ requirement }: { requirement: Requirement }) {
  const { t } = useI18n();
  return <Tag color={requirementColour[requirement]}>{t(`requirement.${requirement}`)}</Tag>;
}

/** The materials of an item: what, whether required, which file types and how large, notes. */
export function MaterialsTable({ materials }: { materials: CatalogMaterial[] }) {
  const { t } = useI18n();
  const local = useLocal();
  const columns: TableColumnsType<CatalogMaterial> = [
    { title: '#', key: 'n', width: 44, render: (_, __, i) => i + 1 },
    { title: t('guide.material'), key: 'name', render: (_, m) => local.text(m.name) },
    {
      title: t('guide.requirement'),
      key: 'requirement',
      width: 120,
      render: (_, m) => <RequirementTag requirement={m.requirement} />,
    },
    {
      title: t('guide.fileTypes'),
      key: 'types',
      width: 210,
      render: (_, m) => `${m.mediaTypes.map(mediaName).join(' / ')} ≤ ${formatBytes(m.maxBytes)}`,
    },
    { title: t('guide.note'), key: 'note', render: (_, m) => local.text(m.note) || '—' },
  ];
  if (materials.length === 0) return <span>{t('guide.noMaterials')}</span>;
  return (
    <Table<CatalogMaterial>
      rowKey="code"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={materials}
      data-testid="guide-materials"
    />
  );
}
