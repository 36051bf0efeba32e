import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, List, Radio, Result, Row, Select } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/index.ts';
import { looksLikeCitizenId } from '../../../shared/identifierFormat.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useNotify } from '../../../ui/useNotify.ts';
import { useRegisterPerson, type PersonInput } from '../registrationApi.ts';
import { HUKOU_TYPES, type DuplicateSuspect, type HukouType, type PersonDetail } from '../registrationTypes.ts';
import {
  bankAccountRule,
  caseNumberRule,
  citizenIdRule,
  fromCitizenId,
  maxLength,
  phoneRule,
  regionRule,
  required,
  trimmed,
} from '../shared/rules.ts';

type Values = Partial<Record<Exclude<keyof PersonInput, 'hukouType'>, string>> & { hukouType?: HukouType };

function bodyOf(v: Values): PersonInput {
  return {
    citizenId: (v.citizenId ?? '').trim().toUpperCase(),
    name: (v.name ?? '').trim(),
    gender: v.gender === 'female' ? 'female' : 'male',
    birthDate: v.birthDate ?? '',
    nationality: trimmed(v.nationality)?.toUpperCase(),
    hukouType: v.hukouType || undefined,
    hukouPlace: trimmed(v.hukouPlace),
    phone: trimmed(v.phone),
    address: trimmed(v.address),
    bankName: trimmed(v.bankName),
    bankAccount: trimmed(v.bankAccount),
    caseNumber: trimmed(v.caseNumber),
  };
}

/** The person just registered, with the records the server suspects are the same human being. */
function Registered({ person, suspects }: { person: PersonDetail; suspects: DuplicateSuspect[] }) {
  const { t } = useI18n();
  return (
    <Result
      status="warning"
      title={t('reg.persons.registeredWithSuspects', { name: person.name })}
      subTitle={t('reg.persons.suspectsHint')}
      extra={
        <Link to={`/staff/registration/persons/${person.personId}`}>
          <Button type="primary" data-testid="person-open">
            {t('reg.persons.open')}
          </Button>
        </Link>
      }
    >
      <List
        data-testid="person-suspects"
        dataSource={suspects}
        renderItem={(s) => (
          <List.Item>
            <Link to={`/staff/registration/persons/${s.personId}`}>{s.name}</Link>
            <span className="mono">{s.idMasked}</span>
          </List.Item>
        )}
      />
    </Result>
  );
}

/** `/staff/registration/persons/new`: 参保人员登记 from the citizen ID. */
export default function PersonRegisterPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const notify = useNotify();
  const register = useRegisterPerson();
  const [form] = Form.useForm<Values>();
  const [derived, setDerived] = useState<{ birthDate: string; gender: 'male' | 'female' } | null>(null);
  const [done, setDone] = useState<{ person: PersonDetail; suspects: DuplicateSuspect[] } | null>(null);
  const onId = (raw: string) => {
    const id = raw.trim().toUpperCase();
    if (!looksLikeCitizenId(id)) return setDerived(null);
    const d = fromCitizenId(id);
    setDerived(d);
    form.setFieldsValue(d);
  };
  const submit = (v: Values) => {
    const body = bodyOf(v);
    if (derived && (body.birthDate !== derived.birthDate || body.gender !== derived.gender)) {
      form.setFields([{ name: 'birthDate', errors: [t('reg.persons.disagreesWithId')] }]);
      return;
    }
    register.mutate(body, {
      onSuccess: (answer) => {
        notify.success(t('reg.persons.registered', { name: answer.name }));
        const suspects = answer.duplicateSuspects ?? [];
        if (suspects.length > 0) setDone({ person: answer, suspects });
        else void navigate(`/staff/registration/persons/${answer.personId}`);
      },
    });
  };
  if (done) return <Registered person={done.person} suspects={done.suspects} />;
  return (
    <>
      <Link to="/staff/registration/persons">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('reg.menu.persons')}
        </Button>
      </Link>
      <PageTitle title={t('reg.persons.register')} description={t('reg.persons.registerHint')} />
      <Card size="small" style={{ maxWidth: 960 }}>
        <ErrorAlert error={register.error} />
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={{ nationality: 'CHN' }}
          onFinish={submit}
          onValuesChange={(changed: Values) => changed.citizenId !== undefined && onId(changed.citizenId)}
          data-testid="person-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="citizenId"
                label={t('reg.field.citizenId')}
                normalize={(v: string) => v.toUpperCase()}
                rules={[required(t), citizenIdRule(t)]}
              >
                <Input maxLength={18} className="mono" data-testid="person-citizen-id" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('reg.field.name')} rules={[required(t), maxLength(t, 100)]}>
                <Input maxLength={100} data-testid="person-name" />
              </Form.Item>
            </Col>
            {derived && (
              <Col span={24}>
                <Alert
                  type="info"
                  showIcon
                  style={{ marginBottom: 16 }}
                  title={t('reg.persons.derived')}
                  data-testid="person-derived"
                />
              </Col>
            )}
            <Col xs={24} md={12}>
              <Form.Item
                name="gender"
                label={t('reg.field.gender')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Radio.Group data-testid="person-gender">
                  <Radio value="male">{t('reg.gender.male')}</Radio>
                  <Radio value="female">{t('reg.gender.female')}</Radio>
                </Radio.Group>
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="birthDate"
                label={t('reg.field.birthDate')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <DateField testId="person-birth-date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="nationality"
                label={t('reg.field.nationality')}
                normalize={(v: string) => v.toUpperCase()}
                rules={[{ pattern: /^[A-Z]{3}$/, message: t('reg.badNationality') }]}
              >
                <Input maxLength={3} className="mono" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="hukouType" label={t('reg.field.hukouType')}>
                <Select allowClear options={HUKOU_TYPES.map((h) => ({ value: h, label: t(`reg.hukou.${h}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="hukouPlace" label={t('reg.field.hukouPlace')} rules={[regionRule(t)]}>
                <Input maxLength={6} className="mono" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t('reg.field.phone')} rules={[phoneRule(t)]}>
                <Input maxLength={20} className="mono" data-testid="person-phone" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="address" label={t('reg.field.address')} rules={[maxLength(t, 200)]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="bankName" label={t('reg.field.bankName')} rules={[maxLength(t, 100)]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="bankAccount"
                label={t('reg.field.bankAccount')}
                normalize={(v: string) => v.replace(/\s/g, '')}
                rules={[bankAccountRule(t)]}
              >
                <Input maxLength={30} className="mono" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="caseNumber"
                label={t('reg.caseNumber')}
                extra={t('reg.caseNumberHint')}
                rules={[caseNumberRule(t)]}
              >
                <Input className="mono" maxLength={48} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={register.isPending} data-testid="person-submit">
            {t('reg.persons.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
