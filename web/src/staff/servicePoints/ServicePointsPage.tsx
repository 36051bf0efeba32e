import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../api/session.ts';
import type { ServicePoint } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useConfirm } from '../../ui/useConfirm.ts';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect.tsx';
import { useCloseServicePoint, useServicePoints } from './servicePointApi.ts';
import { ServicePointModal } from './ServicePointModal.tsx';
import { ServicePointTable, type ServicePointAction } from './ServicePointTable.tsx';
import { WindowModal } from './WindowModal.tsx';

type Open = { action: 'create' | 'edit' | 'addWindow'; point: ServicePoint | null } | null;

/** `/staff/service-points`: halls (服务网点) and their windows, by agency. */
export default function ServicePointsPage() {
  const { t } = useI18n();
  const canManage = useCan()('service_point.manage');
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const [showClosed, setShowClosed] = useState(false);
  const points = useServicePoints(agencyId);
  const closePoint = useCloseServicePoint();
  const confirm = useConfirm();
  const [open, setOpen] = useState<Open>(null);
  const onAction = (action: ServicePointAction, point: ServicePoint) => {
    if (action !== 'close') return setOpen({ action, point });
    confirm({
      title: t('servicePoint.closeConfirm', { name: point.name }),
      content: t('servicePoint.closeConfirmText'),
      danger: true,
      successText: t('servicePoint.closed'),
      run: () => closePoint.mutateAsync(point),
    });
  };
  // The row as the list now has it: after a refresh the modal sends the current version.
  const current = (point: ServicePoint | null) =>
    point ? (points.data?.find((p) => p.id === point.id) ?? point) : null;
  const shown = (points.data ?? []).filter((p) => showClosed || p.status === 'active');
  return (
    <>
      <PageTitle
        title={t('menu.servicePoints')}
        description={t('servicePoint.description')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen({ action: 'create', point: null })}
              data-testid="service-point-create"
            >
              {t('servicePoint.create')}
            </Button>
          )
        }
      />
      <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
        <AgencyTreeSelect
          value={agencyId}
          onChange={setAgencyId}
          allowClear
          placeholder={t('servicePoint.allAgencies')}
          testId="service-point-filter-agency"
          style={{ width: 320 }}
        />
        <Typography.Text>
          <Switch size="small" checked={showClosed} onChange={setShowClosed} data-testid="service-point-show-closed" />{' '}
          {t('servicePoint.showClosed')}
        </Typography.Text>
      </Flex>
      <ErrorAlert error={points.error} />
      <ServicePointTable points={shown} loading={points.isPending} canManage={canManage} onAction={onAction} />
      <ServicePointModal
        open={open?.action === 'create' || open?.action === 'edit'}
        point={open?.action === 'edit' ? current(open.point) : null}
        agencyId={agencyId}
        onClose={() => setOpen(null)}
      />
      <WindowModal point={open?.action === 'addWindow' ? current(open.point) : null} onClose={() => setOpen(null)} />
    </>
  );
}
