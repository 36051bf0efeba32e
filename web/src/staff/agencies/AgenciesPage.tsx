import { PlusOutlined } from '@ant-design/icons';
import { Button, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../api/session.ts';
import type { Agency } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useAgencies } from './agencyApi.ts';
import { AgencyCloseModal } from './AgencyCloseModal.tsx';
import { AgencyCreateModal } from './AgencyCreateModal.tsx';
import { AgencyEditModal } from './AgencyEditModal.tsx';
import { AgencyHistoryDrawer } from './AgencyHistoryDrawer.tsx';
import { AgencyMoveModal } from './AgencyMoveModal.tsx';
import type { AgencyAction } from './AgencyRowActions.tsx';
import { AgencyTable } from './AgencyTable.tsx';

type Open = { action: AgencyAction; agency: Agency | null } | null;

/** `/staff/agencies`: the caller's agency subtree and, with org.manage, its changes. */
export default function AgenciesPage() {
  const { t } = useI18n();
  const canManage = useCan()('org.manage');
  const [includeClosed, setIncludeClosed] = useState(false);
  const agencies = useAgencies(includeClosed);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const list = agencies.data ?? [];
  // The row as the list now has it: after a refresh the modal sends the current version.
  const target = (action: AgencyAction) =>
    open?.action === action && open.agency ? (list.find((a) => a.id === open.agency?.id) ?? open.agency) : null;
  return (
    <>
      <PageTitle
        title={t('menu.agencies')}
        description={t('agency.description')}
        extra={
          <>
            <Typography.Text style={{ lineHeight: '32px' }}>
              <Switch
                size="small"
                checked={includeClosed}
                onChange={setIncludeClosed}
                data-testid="agency-include-closed"
              />{' '}
              {t('agency.includeClosed')}
            </Typography.Text>
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setOpen({ action: 'addChild', agency: null })}
                data-testid="agency-create"
              >
                {t('agency.create')}
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={agencies.error} />
      <AgencyTable
        agencies={list}
        loading={agencies.isPending}
        canManage={canManage}
        onAction={(action, agency) => setOpen({ action, agency })}
      />
      <AgencyCreateModal
        open={open?.action === 'addChild'}
        parent={target('addChild')}
        agencies={list}
        onClose={close}
      />
      <AgencyEditModal agency={target('edit')} onClose={close} />
      <AgencyMoveModal agency={target('move')} agencies={list} onClose={close} />
      <AgencyCloseModal agency={target('close')} onClose={close} />
      <AgencyHistoryDrawer agency={target('history')} agencies={list} onClose={close} />
    </>
  );
}
