import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form } from 'antd';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { TimeField } from '../../ui/TimeField.tsx';

const days: { value: number; key: MessageKey }[] = [
  { value: 1, key: 'day.1' },
  { value: 2, key: 'day.2' },
  { value: 3, key: 'day.3' },
  { value: 4, key: 'day.4' },
  { value: 5, key: 'day.5' },
  { value: 6, key: 'day.6' },
  { value: 7, key: 'day.7' },
];

/** The weekly opening hours: rows of (days, open, close). */
export function OpeningHoursInput() {
  const { t } = useI18n();
  const required = { required: true, message: t('form.required') };
  return (
    <Form.List
      name="openingHours"
      rules={[
        {
          validator: (_, v: unknown[]) =>
            v?.length ? Promise.resolve() : Promise.reject(new Error(t('servicePoint.hoursRequired'))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('servicePoint.openingHours')} required>
          {fields.map((field, index) => (
            <Flex
              key={field.key}
              gap={8}
              align="baseline"
              wrap
              data-testid={`hours-row-${index}`}
              style={{ marginBottom: 4, padding: '8px 8px 0', background: '#fafafa', borderRadius: 4 }}
            >
              <Form.Item name={[field.name, 'days']} rules={[required]} style={{ marginBottom: 8 }}>
                <Checkbox.Group options={days.map((d) => ({ value: d.value, label: t(d.key) }))} />
              </Form.Item>
              <Form.Item name={[field.name, 'open']} rules={[required]} style={{ marginBottom: 8 }}>
                <TimeField testId={`hours-open-${index}`} />
              </Form.Item>
              <span>–</span>
              <Form.Item name={[field.name, 'close']} rules={[required]} style={{ marginBottom: 8 }}>
                <TimeField testId={`hours-close-${index}`} />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('common.remove')} />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ days: [], open: '09:00', close: '17:00' })}
            data-testid="hours-add"
          >
            {t('servicePoint.addHours')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
