import { Alert, Card, Flex, Input, Radio, Select, Table, Tag, Typography } from 'antd';
import type { Channel, ServiceGuide } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { usePublicCatalog } from '../../shared/catalog/catalogApi.ts';
import { TimeLimitText } from '../../shared/catalog/TimeLimitText.tsx';
import { forecast, type Forecast, type ItemChoice, type MaterialChoice } from './intakeModel.ts';

const maxItems = 10;

const forecastColour: Record<Forecast, string> = {
  accept: 'green',
  accept_with_missing: 'gold',
  blocked: 'red',
  receive: 'default',
  decline: 'volcano',
};

interface Props {
  channel: Channel;
  items: ItemChoice[];
  onItems: (items: ItemChoice[]) => void;
  guides: Map<string, ServiceGuide>;
  materials: Record<string, MaterialChoice | undefined>;
}

/** The items of this visit (一窗受理: up to ten in one intake), each with the clerk's decision. */
export function ItemsSection({ channel, items, onItems, guides, materials }: Props) {
  const { t } = useI18n();
  const local = useLocal();
  const catalog = usePublicCatalog();
  const options = (catalog.data ?? []).map((c) => ({
    label: local.text(c.name),
    title: c.code,
    options: c.items.map((i) => ({
      value: i.code,
      label: local.text(i.name),
      disabled: !i.channels.includes(channel),
    })),
  }));
  const update = (code: string, patch: Partial<ItemChoice>) =>
    onItems(items.map((i) => (i.code === code ? { ...i, ...patch } : i)));
  return (
    <Card title={t('intake.items')} size="small" data-testid="intake-items">
      <Select<string[]>
        mode="multiple"
        value={items.map((i) => i.code)}
        onChange={(codes) =>
          onItems(
            codes
              .slice(0, maxItems)
              .map((code) => items.find((i) => i.code === code) ?? { code, decision: 'accept', reason: '' }),
          )
        }
        options={options}
        loading={catalog.isPending}
        placeholder={t('intake.chooseItems')}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: '100%' }}
        maxCount={maxItems}
        data-testid="intake-item-select"
      />
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, margin: '6px 0 12px' }}>
        {t('intake.bundleHint', { n: maxItems })}
      </Typography.Text>
      {items.length > 0 && (
        <Table<ItemChoice>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={items}
          columns={[
            {
              title: t('intake.item'),
              key: 'item',
              render: (_, i) => {
                const g = guides.get(i.code);
                return (
                  <>
                    <div style={{ fontWeight: 500 }}>{g ? local.text(g.item.name) : i.code}</div>
                    {g && <TimeLimitText promisedDays={g.item.promisedDays} statutoryDays={g.item.statutoryDays} />}
                  </>
                );
              },
            },
            {
              title: t('intake.decision'),
              key: 'decision',
              render: (_, i) => (
                <Flex vertical gap={6}>
                  <Radio.Group
                    value={i.decision}
                    onChange={(e) => update(i.code, { decision: e.target.value as ItemChoice['decision'] })}
                    optionType="button"
                    size="small"
                    options={[
                      { value: 'accept', label: t('intake.decision.accept') },
                      { value: 'receive', label: t('intake.decision.receive') },
                      { value: 'decline', label: t('intake.decision.decline') },
                    ]}
                    data-testid={`intake-decision-${i.code}`}
                  />
                  {i.decision === 'decline' && (
                    <Input.TextArea
                      rows={2}
                      maxLength={500}
                      value={i.reason}
                      placeholder={t('intake.declineReason')}
                      onChange={(e) => update(i.code, { reason: e.target.value })}
                      status={i.reason.trim() ? undefined : 'error'}
                      data-testid={`intake-reason-${i.code}`}
                    />
                  )}
                </Flex>
              ),
            },
            {
              title: t('intake.forecast'),
              key: 'forecast',
              render: (_, i) => {
                const f = forecast(i, guides.get(i.code), materials);
                return (
                  <Tag
                    color={forecastColour[f.outcome]}
                    data-testid={`intake-forecast-${i.code}`}
                    data-outcome={f.outcome}
                  >
                    {t(`intake.forecast.${f.outcome}`)}
                  </Tag>
                );
              },
            },
          ]}
        />
      )}
      {items.some((i) => forecast(i, guides.get(i.code), materials).outcome === 'blocked') && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={t('intake.blocked')}
          data-testid="intake-blocked"
        />
      )}
    </Card>
  );
}
