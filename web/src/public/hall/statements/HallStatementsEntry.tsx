import { EyeOutlined, FileProtectOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { SubjectKind } from '../../../api/types.ts';
import { useI18n, type MessageKey } from '../../../i18n/index.ts';

const entries: Array<{ to: string; title: MessageKey; text: MessageKey; icon: ReactNode; testId: string }> = [
  {
    to: '/hall/statements',
    title: 'stmt.entry.statements',
    text: 'stmt.entry.statementsText',
    icon: <FileProtectOutlined />,
    testId: 'hall-entry-statements',
  },
  {
    to: '/hall/statements#access-log',
    title: 'stmt.entry.accessLog',
    text: 'stmt.entry.accessLogText',
    icon: <EyeOutlined />,
    testId: 'hall-entry-access-log',
  },
  {
    to: '/verify-statement',
    title: 'stmt.entry.verify',
    text: 'stmt.entry.verifyText',
    icon: <SafetyCertificateOutlined />,
    testId: 'hall-entry-verify-statement',
  },
];

/** The hall's card of statement services, for a logged-in person. */
export function HallStatementsEntry({ kind }: { kind: SubjectKind }) {
  const { t } = useI18n();
  if (kind !== 'person') return null;
  return (
    <Card title={t('stmt.entry.title')} data-testid="hall-statements-entries">
      <List
        size="small"
        dataSource={entries}
        renderItem={(e) => (
          <List.Item key={e.to}>
            <List.Item.Meta
              avatar={<span style={{ fontSize: 20, color: '#1a4f9c' }}>{e.icon}</span>}
              title={
                <Link to={e.to} data-testid={e.testId}>
                  {t(e.title)}
                </Link>
              }
              description={<Typography.Text type="secondary">{t(e.text)}</Typography.Text>}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
