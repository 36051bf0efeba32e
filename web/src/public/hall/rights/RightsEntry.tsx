import { AuditOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { Link } from 'react-router';
import type { SubjectKind } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.ts';

/** The hall's entry to 我的权益记录, for a logged-in person only. */
export function RightsEntry({ kind }: { kind: SubjectKind }) {
  const { t } = useI18n();
  if (kind !== 'person') return null;
  return (
    <Card size="small" data-testid="hall-rights-entry">
      <Card.Meta
        avatar={<AuditOutlined style={{ fontSize: 20, color: '#1a4f9c' }} />}
        title={
          <Link to="/hall/rights" data-testid="hall-entry-rights">
            {t('rights.nav')}
          </Link>
        }
        description={<Typography.Text type="secondary">{t('rights.navText')}</Typography.Text>}
      />
    </Card>
  );
}
