import { TimePicker } from 'antd';
import dayjs from 'dayjs';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  testId?: string;
}

/** A time picker whose form value is `HH:MM` (opening hours). */
export function TimeField({ value, onChange, testId }: Props) {
  return (
    <TimePicker
      value={value ? dayjs(`2000-01-01T${value}`) : null}
      onChange={(d) => onChange?.(d ? d.format('HH:mm') : null)}
      format="HH:mm"
      minuteStep={5}
      needConfirm={false}
      data-testid={testId}
      style={{ width: 110 }}
    />
  );
}
