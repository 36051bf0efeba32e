import { Card, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { SubjectKind } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.ts';
import { sections } from './sections.tsx';

/** The hall's card of registration services for the logged-in person or employer. */
export function HallRegistrationEntries({ kind }: { kind: SubjectKind }) {
  const { t } = useI18n();
  if (kind === 'staff') return null;
  return (
    <Card title={t('hreg.hallEntries')} data-testid="hall-registration-entries">
      <List
        size="small"
        dataSource={sections[kind]}
        renderItem={(s) => (
          <List.Item key={s.path}>
            <List.Item.Meta
              avatar={<span style={{ fontSize: 20, color: '#1a4f9c' }}>{s.icon}</span>}
              title={
                <Link to={`/hall/registration/${s.path}`} data-testid={`hall-entry-${s.path}`}>
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
