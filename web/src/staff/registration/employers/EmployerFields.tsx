import { Col, Form, Input, Row, Select } from 'antd';
import { useI18n, useLocal } from '../../../i18n/index.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { useIndustries } from '../registrationApi.ts';
import { EMPLOYER_TYPES } from '../registrationTypes.ts';
import {
  bankAccountRule,
  citizenIdRule,
  creditCodeRule,
  maxLength,
  phoneRule,
  regionRule,
  required,
} from '../shared/rules.ts';

/** An industry division with its work-injury risk class, searchable by code or name. */
export function IndustrySelect({ value, onChange }: { value?: string; onChange?: (v: string) => void }) {
  const { t } = useI18n();
  const local = useLocal();
  const industries = useIndustries();
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      loading={industries.isFetching}
      popupMatchSelectWidth={false}
      options={(industries.data ?? []).map((i) => ({
        value: i.code,
        label: `${i.section}${i.code} ${local.name(i)} · ${t('reg.riskClassN', { n: i.riskClass })}`,
      }))}
      data-testid="employer-industry"
    />
  );
}

/**
 * The fields of an employer. On registration every required field is required; in a change
 * (`change`) all are optional and only what differs is sent; the credit code cannot change.
 */
export function EmployerFields({ change = false }: { change?: boolean }) {
  const { t } = useI18n();
  const req = change ? [] : [required(t)];
  const span = change ? 24 : 12;
  return (
    <Row gutter={16}>
      {!change && (
        <Col xs={24} md={span}>
          <Form.Item
            name="creditCode"
            label={t('reg.field.creditCode')}
            normalize={(v: string) => v.toUpperCase()}
            rules={[...req, creditCodeRule(t)]}
          >
            <Input maxLength={18} className="mono" data-testid="employer-credit-code" />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={span}>
        <Form.Item name="name" label={t('reg.field.name')} rules={[...req, maxLength(t, 100)]}>
          <Input maxLength={100} data-testid="employer-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item
          name="type"
          label={t('reg.field.type')}
          rules={change ? [] : [{ required: true, message: t('form.required') }]}
        >
          <Select
            options={EMPLOYER_TYPES.map((v) => ({ value: v, label: t(`reg.employerType.${v}`) }))}
            data-testid="employer-type"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item
          name="industryCode"
          label={t('reg.field.industryCode')}
          rules={change ? [] : [{ required: true, message: t('form.required') }]}
        >
          <IndustrySelect />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name="legalRepName" label={t('reg.field.legalRepName')} rules={[...req, maxLength(t, 100)]}>
          <Input maxLength={100} data-testid="employer-legal-rep-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item
          name="legalRepId"
          label={t('reg.field.legalRepId')}
          normalize={(v: string) => v.toUpperCase()}
          rules={[...req, citizenIdRule(t)]}
        >
          <Input maxLength={18} className="mono" data-testid="employer-legal-rep-id" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="address" label={t('reg.field.address')} rules={[...req, maxLength(t, 200)]}>
          <Input maxLength={200} data-testid="employer-address" />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name="contactName" label={t('reg.field.contactName')} rules={[...req, maxLength(t, 100)]}>
          <Input maxLength={100} data-testid="employer-contact-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name="contactPhone" label={t('reg.field.contactPhone')} rules={[...req, phoneRule(t)]}>
          <Input maxLength={20} className="mono" data-testid="employer-contact-phone" />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name="bankName" label={t('reg.field.bankName')} rules={[maxLength(t, 100)]}>
          <Input maxLength={100} data-testid="employer-bank-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item
          name="bankAccount"
          label={t('reg.field.bankAccount')}
          normalize={(v: string) => v.replace(/\s/g, '')}
          rules={[bankAccountRule(t)]}
        >
          <Input maxLength={30} className="mono" data-testid="employer-bank-account" />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item
          name="poolingRegion"
          label={t('reg.field.poolingRegion')}
          extra={change ? undefined : t('reg.poolingRegionHint')}
          rules={[...req, regionRule(t)]}
        >
          <Input maxLength={6} className="mono" data-testid="employer-pooling-region" />
        </Form.Item>
      </Col>
      {!change && (
        <Col xs={24} md={span}>
          <Form.Item
            name="foundedOn"
            label={t('reg.field.foundedOn')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DateField testId="employer-founded-on" />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
