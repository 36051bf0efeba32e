import { DatePicker } from 'antd';
import dayjs from 'dayjs';

type Range = [string, string];

interface Props {
  value?: Range | null;
  onChange?: (value: Range | null) => void;
  testId?: string;
}

/** A range picker whose form value is a pair of `YYYY-MM-DD` strings. */
export function DateRangeField({ value, onChange, testId }: Props) {
  return (
    <DatePicker.RangePicker
      value={value ? [dayjs(value[0]), dayjs(value[1])] : null}
      onChange={(range) =>
        onChange?.(range?.[0] && range[1] ? [range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD')] : null)
      }
      format="YYYY-MM-DD"
      allowEmpty={[true, true]}
      data-testid={testId}
    />
  );
}
