import { Alert, Form } from 'antd';
import { useCallback, useMemo } from 'react';
import type { Agency } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { useMoveAgency } from './agencyApi.ts';
import { subtreeIds } from './agencyTree.ts';
import { AgencyTreeSelect } from './AgencyTreeSelect.tsx';
import { ReasonField } from './ReasonField.tsx';

/** Re-parents an agency; its own subtree, closed agencies and lower levels cannot be the target. */
export function AgencyMoveModal({
  agency,
  agencies,
  onClose,
}: {
  agency: Agency | null;
  agencies: Agency[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const move = useMoveAgency(agency);
  const own = useMemo(() => (agency ? subtreeIds(agencies, agency.id) : new Set<number>()), [agency, agencies]);
  const disable = useCallback(
    (a: Agency) =>
      own.has(a.id) ||
      a.status !== 'active' ||
      (agency !== null && a.level >= agency.level) ||
      a.id === agency?.parentId,
    [own, agency],
  );
  return (
    <FormModal<{ parentId: number; reason: string }>
      open={agency !== null}
      title={t('agency.moveTitle', { name: agency?.name ?? '' })}
      mutation={move}
      onClose={onClose}
      successText={t('agency.moved')}
      testId="agency-move-modal"
    >
      <Alert type="info" showIcon title={t('agency.moveHint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="parentId"
        label={t('agency.newParent')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <AgencyTreeSelect disable={disable} testId="agency-new-parent" />
      </Form.Item>
      <ReasonField />
    </FormModal>
  );
}
