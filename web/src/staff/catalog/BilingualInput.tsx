import { Col, Form, Input, Row, type FormItemProps } from 'antd';
import { useI18n } from '../../i18n/index.ts';

type NamePath = NonNullable<FormItemProps['name']>;

interface Props {
  name: NamePath;
  label: string;
  /** One line each instead of text areas. */
  single?: boolean;
  /** Both sides may be left empty together (the API then receives null). */
  optional?: boolean;
  max?: number;
}

const pathOf = (name: NamePath) => (Array.isArray(name) ? name : [name]) as (string | number)[];

/** A `{zh, en}` text: Chinese and English side by side, both required unless the whole text is optional. */
export function BilingualInput({ name, label, single = false, optional = false, max = 4000 }: Props) {
  const { t } = useI18n();
  const path = pathOf(name);
  const rule = { required: !optional, whitespace: true, message: t('form.required') };
  const field = (lang: 'zh' | 'en') =>
    single ? (
      <Input maxLength={max} placeholder={t(`bilingual.${lang}`)} />
    ) : (
      <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={max} placeholder={t(`bilingual.${lang}`)} />
    );
  return (
    <Form.Item label={label} required={!optional} style={{ marginBottom: 0 }}>
      <Row gutter={8}>
        <Col xs={24} md={12}>
          <Form.Item name={[...path, 'zh']} rules={[rule]}>
            {field('zh')}
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[...path, 'en']} rules={[rule]}>
            {field('en')}
          </Form.Item>
        </Col>
      </Row>
    </Form.Item>
  );
}
