import { Tag } from 'antd';
import type { AgencyLevel } from '../../api/types.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';

export const levelKeys: Record<AgencyLevel, MessageKey> = {
  1: 'level.1',
  2: 'level.2',
  3: 'level.3',
  4: 'level.4',
  5: 'level.5',
};
const colours: Record<AgencyLevel, string> = { 1: 'red', 2: 'orange', 3: 'blue', 4: 'green', 5: 'cyan' };

/** 省 / 市 / 县 / 乡镇 / 社区 as a coloured tag. */
export function AgencyLevelTag({ level }: { level: AgencyLevel }) {
  const { t } = useI18n();
  return (
    <Tag color={colours[level]} data-level={level}>
      {t(levelKeys[level])}
    </Tag>
  );
}
