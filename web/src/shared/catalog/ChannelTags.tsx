import { Tag } from 'antd';
import type { Channel } from '../../api/deskTypes.ts';
import { useI18n } from '../../i18n/index.ts';

/** The channels an item is offered through; the online one stands out. */
export function ChannelTags({ channels }: { channels: readonly Channel[] }) {
  const { t } = useI18n();
  return (
    <>
      {channels.map((c) => (
        <Tag key={c} color={c === 'web' ? 'blue' : undefined} style={{ marginBottom: 4 }}>
          {t(`channel.${c}`)}
        </Tag>
      ))}
    </>
  );
}
