import { Button, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PublicKind } from '../api/types.ts';
import { useI18n, type MessageKey } from '../i18n/index.ts';

interface Props {
  kind: PublicKind;
  icon: ReactNode;
  title: MessageKey;
  text: MessageKey;
  services: MessageKey[];
}

/** One entrance of the hall (个人 or 单位) with its login and registration buttons. */
export function KindCard({ kind, icon, title, text, services }: Props) {
  const { t } = useI18n();
  return (
    <Card style={{ height: '100%' }} data-testid={`card-${kind}`}>
      <Flex gap={16} align="flex-start">
        <div style={{ fontSize: 36, color: '#1a4f9c', lineHeight: 1 }}>{icon}</div>
        <div style={{ flex: 1 }}>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t(title)}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t(text)}</Typography.Paragraph>
          <ul style={{ paddingLeft: 18, color: 'rgba(0,0,0,0.65)', marginBottom: 20 }}>
            {services.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
          <Flex gap={12}>
            <Link to={`/login/${kind}`}>
              <Button type="primary" size="large" data-testid={`${kind}-login`}>
                {t('public.login')}
              </Button>
            </Link>
            <Link to={`/register/${kind}`}>
              <Button size="large" data-testid={`${kind}-register`}>
                {t('public.register')}
              </Button>
            </Link>
          </Flex>
        </div>
      </Flex>
    </Card>
  );
}
