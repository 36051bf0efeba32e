import { Button, Table, Typography } from 'antd';
import type { ServicePoint, ServiceWindow } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { useConfirm } from '../../ui/useConfirm.ts';
import { useCloseWindow } from './servicePointApi.ts';
import { StatusTag } from '../../ui/StatusTag.tsx';

/** The windows of one hall, shown when its row is expanded. */
export function WindowsTable({ point, canManage }: { point: ServicePoint; canManage: boolean }) {
  const { t } = useI18n();
  const confirm = useConfirm();
  const closeWindow = useCloseWindow();
  if (point.windows.length === 0)
    return <Typography.Text type="secondary">{t('servicePoint.noWindows')}</Typography.Text>;
  const askClose = (w: ServiceWindow) =>
    confirm({
      title: t('servicePoint.closeWindowConfirm', { number: w.number, name: w.name }),
      danger: true,
      successText: t('servicePoint.windowClosed'),
      run: () => closeWindow.mutateAsync(w.id),
    });
  return (
    <Table<ServiceWindow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={point.windows}
      style={{ maxWidth: 640 }}
      columns={[
        { title: t('servicePoint.windowNumber'), dataIndex: 'number', width: 90 },
        { title: t('servicePoint.windowName'), dataIndex: 'name' },
        {
          title: t('common.status'),
          dataIndex: 'status',
          width: 100,
          render: (_, w) => <StatusTag family="record" status={w.status} />,
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 100,
          render: (_, w) =>
            canManage && w.status === 'active' && point.status === 'active' ? (
              <Button type="link" size="small" danger onClick={() => askClose(w)} data-testid={`window-close-${w.id}`}>
                {t('servicePoint.closeWindow')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
