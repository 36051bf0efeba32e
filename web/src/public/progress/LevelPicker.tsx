import { FrownOutlined, MehOutlined, SmileOutlined } from '@ant-design/icons';
import { Radio } from 'antd';
import { LEVELS, type Level } from '../../api/deskTypes.ts';
import { useI18n } from '../../i18n/index.ts';

const icons: Record<Level, typeof SmileOutlined> = {
  very_satisfied: SmileOutlined,
  satisfied: SmileOutlined,
  fairly_satisfied: MehOutlined,
  dissatisfied: FrownOutlined,
  very_dissatisfied: FrownOutlined,
};

/** The five 好差评 levels as large buttons, best first. */
export function LevelPicker({ value, onChange }: { value?: Level; onChange?: (level: Level) => void }) {
  const { t } = useI18n();
  return (
    <Radio.Group
      value={value}
      onChange={(e) => onChange?.(e.target.value as Level)}
      optionType="button"
      buttonStyle="solid"
      size="large"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
      data-testid="rating-levels"
    >
      {LEVELS.map((level) => {
        const Icon = icons[level];
        return (
          <Radio.Button key={level} value={level} style={{ borderRadius: 6 }}>
            <span data-testid={`rating-level-${level}`}>
              <Icon /> {t(`level.${level}`)}
            </span>
          </Radio.Button>
        );
      })}
    </Radio.Group>
  );
}
