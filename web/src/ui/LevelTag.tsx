import { FrownOutlined, MehOutlined, SmileOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { Level } from '../api/deskTypes.ts';
import { useI18n } from '../i18n/index.ts';

export const levelColours: Record<Level, string> = {
  very_satisfied: '#389e0d',
  satisfied: '#7cb305',
  fairly_satisfied: '#d4b106',
  dissatisfied: '#fa8c16',
  very_dissatisfied: '#cf1322',
};

/** One of the five 好差评 levels; the last two (差评) in warm colours with a frown. */
export function LevelTag({ level }: { level: Level }) {
  const { t } = useI18n();
  const icon =
    level === 'dissatisfied' || level === 'very_dissatisfied' ? (
      <FrownOutlined />
    ) : level === 'fairly_satisfied' ? (
      <MehOutlined />
    ) : (
      <SmileOutlined />
    );
  return (
    <Tag color={levelColours[level]} icon={icon} data-testid="level-tag" data-level={level}>
      {t(`level.${level}`)}
    </Tag>
  );
}
