import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The centred card that holds a hall form. */
export function PublicFormCard({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card style={{ maxWidth: 520, margin: '0 auto' }} data-testid={testId}>
      <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
        {title}
      </Typography.Title>
      {children}
    </Card>
  );
}
