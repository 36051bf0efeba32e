import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  testId?: string;
  disabled?: boolean;
}

/** A date picker whose form value is a plain `YYYY-MM-DD` string, the API's calendar-day form. */
export function DateField({ value, onChange, testId, disabled }: Props) {
  return (
    <DatePicker
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      format="YYYY-MM-DD"
      disabled={disabled}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
