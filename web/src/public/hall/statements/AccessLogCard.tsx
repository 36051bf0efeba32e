import { Card, Table, Typography } from 'antd';
import { useEffect, useState, type HTMLAttributes } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useAccessLog, type AccessEntry } from './statementsApi.ts';

/** 查询记录: who in the agency viewed, printed or changed the person's record, newest first. */
export function AccessLogCard() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const log = useAccessLog(page);
  const loaded = log.data !== undefined;
  useEffect(() => {
    // The hall's "who viewed my record" entry links here with #access-log.
    if (loaded && window.location.hash === '#access-log')
      document.getElementById('access-log')?.scrollIntoView({ behavior: 'smooth' });
  }, [loaded]);
  return (
    <Card title={t('stmt.access.title')} id="access-log" data-testid="access-log">
      <Typography.Paragraph type="secondary">{t('stmt.access.intro')}</Typography.Paragraph>
      <ErrorAlert error={log.error} />
      <Table<AccessEntry>
        size="small"
        rowKey={(r, i) => `${r.at}-${i ?? 0}`}
        loading={log.isFetching}
        dataSource={log.data?.items ?? []}
        locale={{ emptyText: t('stmt.access.empty') }}
        pagination={{
          current: page,
          pageSize: log.data?.pageSize ?? 20,
          total: log.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        onRow={() => ({ 'data-testid': 'access-log-row' }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('stmt.access.at'), dataIndex: 'at', render: (v: string) => <DateText value={v} instant /> },
          { title: t('stmt.access.staff'), dataIndex: 'staffName' },
          { title: t('stmt.access.agency'), dataIndex: 'agencyName', render: (v: string | null) => v ?? '—' },
          {
            title: t('stmt.access.action'),
            dataIndex: 'labelKey',
            render: (key: AccessEntry['labelKey'], r) => t(`stmt.access.label.${key}`, { action: r.action }),
          },
        ]}
      />
    </Card>
  );
}
