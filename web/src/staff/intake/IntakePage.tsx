import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Form, Input, Radio, Row, Select, type FormInstance } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Channel, IntakeAnswer, IntakeBody, IdentifierType, MaterialInput } from '../../api/deskTypes.ts';
import { useI18n } from '../../i18n/index.ts';
import { looksLikeCitizenId, looksLikeCreditCode } from '../../shared/identifierFormat.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useApplicantLookup, useIntake } from '../cases/casesApi.ts';
import { useServicePoints } from '../servicePoints/servicePointApi.ts';
import { useChosenWindow } from '../window/windowApi.ts';
import { IntakeResult } from './IntakeResult.tsx';
import { forecast, type ItemChoice, type MaterialChoice } from './intakeModel.ts';
import { ItemsSection } from './ItemsSection.tsx';
import { MaterialsSection } from './MaterialsSection.tsx';
import { useGuides } from './useGuides.ts';

const intakeChannels: Exclude<Channel, 'web'>[] = ['window', 'phone', 'mail', 'kiosk', 'bank', 'home_visit'];

interface Values {
  channel: Exclude<Channel, 'web'>;
  servicePointId?: number;
  windowId?: number;
  identifierType: IdentifierType;
  identifier: string;
  name?: string;
  phone?: string;
  supplyDeadline?: string | null;
  note?: string;
}

const numberParam = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/**
 * `/staff/intake`: 受理登记 at the window (or by phone, mail …): the applicant, one or several items
 * (one-stop), the shared materials checklist, and per item accept / accept with missing materials
 * (容缺受理) / register only / decline with a reason. A slip comes back when anything is missing or declined.
 */
export default function IntakePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [answer, setAnswer] = useState<IntakeAnswer | null>(null);
  const [round, setRound] = useState(0);
  if (answer) {
    return (
      <>
        <PageTitle title={t('menu.intake')} />
        <IntakeResult
          answer={answer}
          fromWindow={params.has('ticketId')}
          onAgain={() => {
            setAnswer(null);
            setRound((r) => r + 1);
          }}
        />
      </>
    );
  }
  return <IntakeForm key={round} onDone={setAnswer} />;
}

function IntakeForm({ onDone }: { onDone: (answer: IntakeAnswer) => void }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [chosenWindow] = useChosenWindow();
  const ticketId = numberParam(params.get('ticketId'));
  const ticketCode = params.get('ticket');
  const initial: Partial<Values> = {
    channel: 'window',
    identifierType: 'citizen_id',
    servicePointId: numberParam(params.get('servicePointId')) ?? chosenWindow?.servicePointId,
    windowId: numberParam(params.get('windowId')) ?? chosenWindow?.windowId,
  };
  const [form] = Form.useForm<Values>();
  const channel = Form.useWatch('channel', form) ?? 'window';
  const servicePointId = Form.useWatch('servicePointId', form);
  const identifierType = Form.useWatch('identifierType', form) ?? 'citizen_id';
  const registered = useRegisteredName(form, identifierType);
  const points = useServicePoints(null);
  const [items, setItems] = useState<ItemChoice[]>([]);
  const [materials, setMaterials] = useState<Record<string, MaterialChoice | undefined>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const intake = useIntake();
  const codes = useMemo(() => items.map((i) => i.code), [items]);
  const { guides, error: guideError } = useGuides(codes);
  const chosenGuides = codes.flatMap((c) => (guides.get(c) ? [guides.get(c)!] : []));
  const anyLaterMissing = items.some(
    (i) => i.decision === 'accept' && forecast(i, guides.get(i.code), materials).missingLater.length > 0,
  );
  const halls = (points.data ?? []).filter((p) => p.status === 'active');
  const windows = halls.find((p) => p.id === servicePointId)?.windows.filter((w) => w.status === 'active') ?? [];

  const check = (): string | null => {
    if (items.length === 0) return t('intake.needItems');
    if (items.some((i) => i.decision === 'decline' && !i.reason.trim())) return t('intake.needReason');
    const lines = Object.entries(materials);
    if (lines.some(([, c]) => c?.state === 'received' && !c.upload)) return t('intake.needUpload');
    if (lines.some(([, c]) => c?.state === 'waived' && !c.note.trim())) return t('intake.needWaiveNote');
    if (items.some((i) => forecast(i, guides.get(i.code), materials).outcome === 'blocked')) return t('intake.blocked');
    return null;
  };

  const submit = async () => {
    const v = await form.validateFields();
    const found = check();
    setProblem(found);
    if (found) return;
    const inputs: MaterialInput[] = Object.entries(materials).flatMap(([code, c]): MaterialInput[] => {
      if (c?.state === 'received' && c.upload) return [{ code, uploadId: c.upload.uploadId }];
      if (c?.state === 'waived') return [{ code, status: 'waived', note: c.note.trim() }];
      return [];
    });
    const atWindow = v.channel === 'window' && v.servicePointId;
    const body: IntakeBody = {
      channel: v.channel,
      ...(atWindow ? { servicePointId: v.servicePointId, ...(v.windowId ? { windowId: v.windowId } : {}) } : {}),
      ...(atWindow && ticketId ? { ticketId } : {}),
      applicant: {
        identifierType: v.identifierType,
        identifier: v.identifier.trim().toUpperCase(),
        ...(v.name?.trim() ? { name: v.name.trim() } : {}),
        ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
      },
      items: items.map((i) => ({
        itemCode: i.code,
        decision: i.decision,
        ...(i.decision === 'decline' ? { reason: i.reason.trim() } : {}),
      })),
      materials: inputs,
      ...(v.supplyDeadline && anyLaterMissing ? { supplyDeadline: v.supplyDeadline } : {}),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    };
    intake.mutate(body, { onSuccess: onDone });
  };

  return (
    <div>
      <PageTitle title={t('menu.intake')} description={t('intake.description')} />
      {ticketId && ticketCode && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('intake.forTicket', { code: ticketCode })}
          data-testid="intake-ticket"
        />
      )}
      <ErrorAlert error={intake.error} testId="intake-error" />
      <ErrorAlert error={guideError} />
      <Form<Values> form={form} layout="vertical" initialValues={initial} requiredMark="optional">
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <Flex vertical gap={16}>
              <Card title={t('intake.where')} size="small">
                <Form.Item name="channel" label={t('intake.channel')} rules={[{ required: true }]}>
                  <Select
                    options={intakeChannels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
                    data-testid="intake-channel"
                  />
                </Form.Item>
                {channel === 'window' && (
                  <Row gutter={12}>
                    <Col span={14}>
                      <Form.Item name="servicePointId" label={t('window.hall')}>
                        <Select<number>
                          allowClear
                          loading={points.isPending}
                          options={halls.map((p) => ({ value: p.id, label: p.name }))}
                          onChange={() => form.setFieldValue('windowId', undefined)}
                          data-testid="intake-hall"
                        />
                      </Form.Item>
                    </Col>
                    <Col span={10}>
                      <Form.Item name="windowId" label={t('window.window')}>
                        <Select<number>
                          allowClear
                          options={windows.map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
                          data-testid="intake-window"
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                )}
              </Card>
              <Card title={t('intake.applicant')} size="small" data-testid="intake-applicant">
                <Form.Item name="identifierType" label={t('intake.identifierType')} rules={[{ required: true }]}>
                  <Radio.Group
                    optionType="button"
                    size="small"
                    options={(['citizen_id', 'credit_code', 'other'] as const).map((v) => ({
                      value: v,
                      label: t(`identifierShort.${v}`),
                    }))}
                    data-testid="intake-identifier-type"
                  />
                </Form.Item>
                <Form.Item
                  name="identifier"
                  label={t(`identifierType.${identifierType}`)}
                  normalize={(v: string) => v.toUpperCase().replace(/\s/g, '')}
                  rules={[
                    { required: true, message: t('form.required') },
                    {
                      warningOnly: true,
                      validator: (_, v: string | undefined) => {
                        const ok =
                          !v ||
                          identifierType === 'other' ||
                          (identifierType === 'citizen_id' ? looksLikeCitizenId(v) : looksLikeCreditCode(v));
                        return ok ? Promise.resolve() : Promise.reject(new Error(t('public.identifierLooksWrong')));
                      },
                    },
                  ]}
                >
                  <Input maxLength={40} className="mono" autoComplete="off" data-testid="intake-identifier" />
                </Form.Item>
                <Form.Item
                  name="name"
                  label={t('intake.applicantName')}
                  extra={registered.hint}
                  rules={[
                    { required: registered.name === null, whitespace: true, message: t('form.required') },
                    {
                      warningOnly: true,
                      validator: (_, v: string | undefined) =>
                        registered.name === null || !v?.trim() || sameName(v, registered.name)
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('identity.intake.nameDiffers', { name: registered.name }))),
                    },
                  ]}
                >
                  <Input maxLength={100} data-testid="intake-name" />
                </Form.Item>
                <Form.Item
                  name="phone"
                  label={t('public.phone')}
                  extra={t('intake.phoneHint')}
                  rules={[{ pattern: /^1[3-9]\d{9}$/, message: t('public.phoneLooksWrong') }]}
                >
                  <Input maxLength={11} inputMode="tel" data-testid="intake-phone" />
                </Form.Item>
              </Card>
            </Flex>
          </Col>
          <Col xs={24} xl={14}>
            <Flex vertical gap={16}>
              <ItemsSection channel={channel} items={items} onItems={setItems} guides={guides} materials={materials} />
              <MaterialsSection
                guides={chosenGuides}
                materials={materials}
                onMaterial={(code, choice) => setMaterials((all) => ({ ...all, [code]: choice }))}
              />
              <Card size="small">
                {anyLaterMissing && (
                  <Form.Item
                    name="supplyDeadline"
                    label={t('intake.supplyDeadline')}
                    extra={t('intake.supplyDeadlineHint')}
                  >
                    <DateField testId="intake-supply-deadline" />
                  </Form.Item>
                )}
                <Form.Item name="note" label={t('intake.note')}>
                  <Input.TextArea rows={2} maxLength={1000} data-testid="intake-note" />
                </Form.Item>
                {problem && (
                  <Alert
                    type="warning"
                    showIcon
                    title={problem}
                    style={{ marginBottom: 12 }}
                    data-testid="form-problem"
                  />
                )}
                <Flex justify="flex-end">
                  <Button
                    type="primary"
                    size="large"
                    icon={<SendOutlined />}
                    loading={intake.isPending}
                    onClick={() => void submit().catch(() => undefined)}
                    data-testid="intake-submit"
                  >
                    {t('intake.submit')}
                  </Button>
                </Flex>
              </Card>
            </Flex>
          </Col>
        </Row>
      </Form>
    </div>
  );
}

/** A hint only (the server decides): the same name with blanks and full-width forms ignored. */
function sameName(a: string, b: string): boolean {
  const key = (v: string) => v.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return key(a) === key(b);
}

/**
 * The register's name for the identifier typed, filled into an empty name field (or one it filled
 * before); with the hint under the field.
 */
function useRegisteredName(form: FormInstance<Values>, identifierType: IdentifierType) {
  const { t } = useI18n();
  const identifier = Form.useWatch('identifier', form);
  const lookup = useApplicantLookup(identifierType, identifier);
  const filled = useRef<string | null>(null);
  const name = lookup.data?.registered ? lookup.data.name : null;
  useEffect(() => {
    if (name === null) return;
    const current = form.getFieldValue('name') as string | undefined;
    if (!current?.trim() || current === filled.current) {
      form.setFieldValue('name', name);
      filled.current = name;
    }
  }, [name, form]);
  const hint =
    name !== null
      ? t('identity.intake.registeredName', { name })
      : lookup.data?.registered === false
        ? t('identity.intake.notRegistered')
        : undefined;
  return { name, hint: hint && <span data-testid="intake-registered-name">{hint}</span> };
}
