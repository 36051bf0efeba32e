import { Card, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { SubjectKind } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.ts';
import { usePersonRegistration } from '../registration/hallRegistrationApi.ts';
import { collectionSections } from './sections.tsx';

/** A person sees the card only when enrolled as a flexible worker (who pays their own contributions). */
function FlexibleOnly() {
  const registration = usePersonRegistration().data;
  const flexible = registration?.registered === true && registration.enrolments.some((e) => e.category === 'flexible');
  return flexible ? <Entries kind="person" /> : null;
}

/** The hall home's card of 征缴 services (an employer's contributions; a flexible worker's own). */
export function HallCollectionEntry({ kind }: { kind: SubjectKind }) {
  if (kind === 'staff') return null;
  return kind === 'employer' ? <Entries kind="employer" /> : <FlexibleOnly />;
}

function Entries({ kind }: { kind: 'employer' | 'person' }) {
  const { t } = useI18n();
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
