import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/index.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { todayIso } from '../../../ui/formatTime.ts';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useNotify } from '../../../ui/useNotify.ts';
import { useRegisterEmployer, type EmployerInput } from '../registrationApi.ts';
import type { EmployerType } from '../registrationTypes.ts';
import { caseNumberRule, trimmed } from '../shared/rules.ts';
import { EmployerFields } from './EmployerFields.tsx';

/** The form's values; the type is a required choice. */
type Values = Record<Exclude<keyof EmployerInput, 'type'>, string | undefined> & { type: EmployerType };

/** The body of `POST /employers`: trimmed, optional fields left out when empty. */
function bodyOf(v: Values): EmployerInput {
  return {
    creditCode: (v.creditCode ?? '').trim(),
    name: (v.name ?? '').trim(),
    type: v.type,
    industryCode: v.industryCode ?? '',
    legalRepName: (v.legalRepName ?? '').trim(),
    legalRepId: (v.legalRepId ?? '').trim(),
    address: (v.address ?? '').trim(),
    contactName: (v.contactName ?? '').trim(),
    contactPhone: (v.contactPhone ?? '').trim(),
    bankName: trimmed(v.bankName),
    bankAccount: trimmed(v.bankAccount),
    poolingRegion: (v.poolingRegion ?? '').trim(),
    foundedOn: v.foundedOn ?? '',
    registeredOn: v.registeredOn || undefined,
    caseNumber: trimmed(v.caseNumber),
  };
}

/** `/staff/registration/employers/new`: 参保单位登记 at the window. */
export default function EmployerRegisterPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const notify = useNotify();
  const register = useRegisterEmployer();
  const [form] = Form.useForm<Values>();
  const submit = (v: Values) => {
    if (v.registeredOn && v.foundedOn && v.registeredOn < v.foundedOn) {
      form.setFields([{ name: 'registeredOn', errors: [t('reg.registeredBeforeFounded')] }]);
      return;
    }
    register.mutate(bodyOf(v), {
      onSuccess: (employer) => {
        notify.success(t('reg.employers.registered', { no: employer.employerNo }));
        void navigate(`/staff/registration/employers/${employer.id}`);
      },
    });
  };
  return (
    <>
      <Link to="/staff/registration/employers">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('reg.menu.employers')}
        </Button>
      </Link>
      <PageTitle title={t('reg.employers.register')} description={t('reg.employers.registerHint')} />
      <Card size="small" style={{ maxWidth: 960 }}>
        <ErrorAlert error={register.error} />
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={{ registeredOn: todayIso() }}
          onFinish={submit}
          data-testid="employer-form"
        >
          <EmployerFields />
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="registeredOn" label={t('reg.field.registeredOn')}>
                <DateField testId="employer-registered-on" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="caseNumber"
                label={t('reg.caseNumber')}
                extra={t('reg.caseNumberHint')}
                rules={[caseNumberRule(t)]}
              >
                <Input className="mono" maxLength={48} data-testid="employer-case-number" />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={register.isPending} data-testid="employer-submit">
            {t('reg.employers.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
