import { Card, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { SubjectKind } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.ts';
import { collectionSections } from './sections.tsx';

/** The hall home's card of 征缴 services (an employer's contributions; a flexible worker's own). */
export function HallCollectionEntry({ kind }: { kind: SubjectKind }) {
  const { t } = useI18n();
  if (kind === 'staff') return null;
  return (
    <Card
      title={t(kind === 'employer' ? 'hcoll.entry.title' : 'hcoll.entry.titlePerson')}
      data-testid="hall-collection-entries"
    >
      <List
        size="small"
        dataSource={collectionSections[kind]}
        renderItem={(s) => (
          <List.Item key={s.path}>
            <List.Item.Meta
              avatar={<span style={{ fontSize: 20, color: '#1a4f9c' }}>{s.icon}</span>}
              title={
                <Link to={`/hall/collection/${s.path}`} data-testid={`hall-entry-collection-${s.path}`}>
                  {t(s.title)}
                </Link>
              }
              description={<Typography.Text type="secondary">{t(s.text)}</Typography.Text>}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
