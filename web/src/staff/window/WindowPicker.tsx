import { Button, Card, Flex, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useServicePoints } from '../servicePoints/servicePointApi.ts';
import type { ChosenWindow } from './windowApi.ts';

/** Chooses the hall and the window this workstation serves (halls of the user's agency subtree). */
export function WindowPicker({
  initial,
  onChoose,
}: {
  initial: ChosenWindow | null;
  onChoose: (w: ChosenWindow) => void;
}) {
  const { t } = useI18n();
  const points = useServicePoints(null);
  const [hall, setHall] = useState<number | null>(initial?.servicePointId ?? null);
  const [windowId, setWindowId] = useState<number | null>(initial?.windowId ?? null);
  const halls = (points.data ?? []).filter(
    (p) => p.status === 'active' && p.windows.some((w) => w.status === 'active'),
  );
  const windows = halls.find((p) => p.id === hall)?.windows.filter((w) => w.status === 'active') ?? [];
  return (
    <Card style={{ maxWidth: 560 }} data-testid="window-picker">
      <Typography.Paragraph type="secondary">{t('window.pickIntro')}</Typography.Paragraph>
      <ErrorAlert error={points.error} />
      <Form layout="vertical">
        <Form.Item label={t('window.hall')}>
          <Select<number>
            value={hall ?? undefined}
            loading={points.isPending}
            onChange={(v) => {
              setHall(v);
              setWindowId(null);
            }}
            options={halls.map((p) => ({ value: p.id, label: `${p.name}（${p.agencyName}）` }))}
            placeholder={t('window.chooseHall')}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="window-pick-hall"
          />
        </Form.Item>
        <Form.Item label={t('window.window')}>
          <Select<number>
            value={windowId ?? undefined}
            disabled={hall === null}
            onChange={setWindowId}
            options={windows.map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
            placeholder={t('window.chooseWindow')}
            data-testid="window-pick-window"
          />
        </Form.Item>
        <Flex justify="flex-end">
          <Button
            type="primary"
            disabled={hall === null || windowId === null}
            onClick={() => hall !== null && windowId !== null && onChoose({ servicePointId: hall, windowId })}
            data-testid="window-pick-confirm"
          >
            {t('window.start')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
