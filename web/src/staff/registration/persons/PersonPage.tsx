import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link, useParams } from 'react-router';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { todayIso } from '../../../ui/formatTime.ts';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import {
  type EnrolmentAction,
  type PersonRevealField,
  useEnrolmentAction,
  usePersonHistory,
  usePersonView,
} from '../registrationApi.ts';
import type { Employment, Enrolment, Person360 } from '../registrationTypes.ts';
import { DocumentsTable, OpenCasesTable } from '../shared/CasesAndDocuments.tsx';
import { SeparateModal } from '../shared/EmploymentModals.tsx';
import { HistoryTimeline } from '../shared/HistoryTimeline.tsx';
import { RevealButton } from '../shared/RevealButton.tsx';
import { maxLength, required } from '../shared/rules.ts';
import { DuplicateFlagsTable, MergesTable } from '../duplicates/DuplicateTables.tsx';
import { EnrolmentTimeline } from './EnrolmentTimeline.tsx';
import { PersonActions } from './PersonActions.tsx';
import { PersonRights } from '../../ledger/rights/PersonRights.tsx';
import { StatusTag } from '../../../ui/StatusTag.tsx';

/** Contact, residence and bank rows: only for a clerk who reaches the whole record. */
function privateRows(view: Person360, t: ReturnType<typeof useI18n>['t']) {
  const p = view.person;
  if (view.reach !== 'record') return [];
  const reveal = (field: PersonRevealField, masked: string | null) => (
    <RevealButton subject="persons" id={p.personId} field={field} masked={masked} testId={`person-${field}`} />
  );
  return [
    {
      key: 'hukou',
      label: t('reg.field.hukouType'),
      children: p.hukouType ? `${t(`reg.hukou.${p.hukouType}`)} ${p.hukouPlace ?? ''}` : '—',
    },
    { key: 'phone', label: t('reg.field.phone'), children: reveal('phone', p.phoneMasked) },
    { key: 'address', label: t('reg.field.address'), children: p.address ?? '—' },
    { key: 'bank', label: t('reg.field.bankName'), children: p.bankName ?? '—' },
    { key: 'account', label: t('reg.field.bankAccount'), children: reveal('bankAccount', p.bankAccountMasked) },
  ];
}

function IdentityCard({ view }: { view: Person360 }) {
  const { t } = useI18n();
  const p = view.person;
  const citizenId =
    view.reach === 'record' ? (
      <RevealButton subject="persons" id={p.personId} field="citizenId" masked={p.idMasked} testId="person-citizenId" />
    ) : (
      <span className="mono">{p.idMasked}</span>
    );
  return (
    <Card size="small" title={t('reg.identity')}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'id', label: t('reg.field.citizenId'), children: citizenId },
          { key: 'gender', label: t('reg.field.gender'), children: t(`reg.gender.${p.gender}`) },
          { key: 'birth', label: t('reg.field.birthDate'), children: <DateText value={p.birthDate} /> },
          { key: 'nationality', label: t('reg.field.nationality'), children: p.nationality },
          ...privateRows(view, t),
          { key: 'agency', label: t('reg.agency'), children: p.agencyName ?? '—' },
          ...(p.deathDate
            ? [{ key: 'death', label: t('reg.deathDate'), children: <DateText value={p.deathDate} /> }]
            : []),
          ...(p.mergedInto
            ? [
                {
                  key: 'merged',
                  label: t('reg.mergedInto'),
                  children: <Link to={`/staff/registration/persons/${p.mergedInto}`}>#{p.mergedInto}</Link>,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

function EnrolmentsTable({ view }: { view: Person360 }) {
  const { t } = useI18n();
  const can = useCan();
  const act = useEnrolmentAction(view.person.personId);
  const [open, setOpen] = useState<{ enrolment: Enrolment; action: EnrolmentAction } | null>(null);
  const writable = can('registration.write') && view.person.status === 'active';
  const sorted = [...view.enrolments].sort((a, b) => b.startedOn.localeCompare(a.startedOn));
  return (
    <>
      <Table<Enrolment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={sorted}
        scroll={{ x: 'max-content' }}
        data-testid="enrolments-table"
        onRow={(e) =>
          ({ 'data-testid': `enrolment-row-${e.scheme}`, 'data-status': e.status }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('reg.scheme'), dataIndex: 'scheme', render: (v: Enrolment['scheme']) => t(`reg.scheme.${v}`) },
          {
            title: t('reg.category'),
            key: 'category',
            render: (_, e) =>
              e.category === 'flexible' ? (
                <Tag color="blue">{t('reg.flexible')}</Tag>
              ) : e.employerId ? (
                <Link to={`/staff/registration/employers/${e.employerId}`}>{e.employerName ?? `#${e.employerId}`}</Link>
              ) : (
                '—'
              ),
          },
          { title: t('reg.startedOn'), dataIndex: 'startedOn', render: (v: string) => <DateText value={v} /> },
          { title: t('reg.endedOn'), dataIndex: 'endedOn', render: (v: string | null) => <DateText value={v} /> },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (v: Enrolment['status']) => <StatusTag family="enrolment" status={v} />,
          },
          { title: t('reg.reason'), dataIndex: 'statusReason', render: (v: string | null) => v ?? '—' },
          {
            title: t('reg.field.poolingRegion'),
            dataIndex: 'poolingRegion',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, e) =>
              writable && e.status !== 'terminated' ? (
                <Flex gap={4}>
                  {(e.status === 'active'
                    ? (['suspend', 'terminate'] as const)
                    : (['resume', 'terminate'] as const)
                  ).map((a) => (
                    <Button
                      key={a}
                      size="small"
                      type="link"
                      danger={a === 'terminate'}
                      onClick={() => setOpen({ enrolment: e, action: a })}
                      data-testid={`enrolment-${a}`}
                    >
                      {t(`reg.enrolmentAction.${a}`)}
                    </Button>
                  ))}
                </Flex>
              ) : null,
          },
        ]}
      />
      <FormModal<{ effectiveOn: string; reason: string }, Parameters<typeof act.mutate>[0]>
        open={open !== null}
        title={open ? `${t(`reg.enrolmentAction.${open.action}`)} · ${t(`reg.scheme.${open.enrolment.scheme}`)}` : ''}
        mutation={act}
        danger={open?.action === 'terminate'}
        initialValues={{ effectiveOn: todayIso() }}
        check={(v) => (open && v.effectiveOn < open.enrolment.startedOn ? t('reg.beforeStart') : null)}
        toVariables={(v) => ({
          enrolmentId: open?.enrolment.id ?? 0,
          action: open?.action ?? 'suspend',
          effectiveOn: v.effectiveOn,
          reason: v.reason.trim(),
        })}
        onClose={() => setOpen(null)}
        successText={t('common.saved')}
        testId="enrolment-action-modal"
      >
        <Form.Item
          name="effectiveOn"
          label={t('reg.effectiveOn')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DateField />
        </Form.Item>
        <Form.Item name="reason" label={t('reg.reason')} rules={[required(t), maxLength(t, 500)]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}

function EmploymentsTable({ view }: { view: Person360 }) {
  const { t } = useI18n();
  const can = useCan();
  const [separating, setSeparating] = useState<Employment | null>(null);
  const writable = can('registration.write') && view.person.status === 'active';
  return (
    <>
      <Table<Employment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...view.employments].sort((a, b) => b.hiredOn.localeCompare(a.hiredOn))}
        scroll={{ x: 'max-content' }}
        data-testid="employments-table"
        onRow={(e) =>
          ({ 'data-testid': `employment-row-${e.employerId}`, 'data-status': e.status }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('reg.employer'),
            dataIndex: 'employerName',
            render: (v: string, e) => <Link to={`/staff/registration/employers/${e.employerId}`}>{v}</Link>,
          },
          { title: t('reg.hiredOn'), dataIndex: 'hiredOn', render: (v: string) => <DateText value={v} /> },
          {
            title: t('reg.separatedOn'),
            dataIndex: 'separatedOn',
            render: (v: string | null) => <DateText value={v} />,
          },
          {
            title: t('reg.separationReason'),
            dataIndex: 'separationReason',
            render: (v: Employment['separationReason']) => (v ? t(`reg.sepReason.${v}`) : '—'),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (v: Employment['status']) => <StatusTag family="employment" status={v} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, e) =>
              writable && e.status === 'active' ? (
                <Button
                  size="small"
                  type="link"
                  danger
                  onClick={() => setSeparating(e)}
                  data-testid="employment-separate"
                >
                  {t('reg.action.separate')}
                </Button>
              ) : null,
          },
        ]}
      />
      <SeparateModal
        personId={view.person.personId}
        employment={
          separating ? { id: separating.id, hiredOn: separating.hiredOn, label: separating.employerName } : null
        }
        onClose={() => setSeparating(null)}
      />
    </>
  );
}

/** `/staff/registration/persons/:id`: the person 360 view a counter clerk opens first. */
/** History, cases, documents, duplicates, merges and rights: the whole record's tabs. */
function RecordTabs({ view }: { view: Person360 }) {
  const { t } = useI18n();
  const history = usePersonHistory(view.person.personId);
  const openFlags = view.duplicateFlags.filter((f) => f.status === 'open');
  return (
    <Card size="small">
      <Tabs
        items={[
          {
            key: 'history',
            label: t('reg.history'),
            children: (
              <>
                <ErrorAlert error={history.error} />
                <HistoryTimeline entries={history.data ?? []} testId="person-history" />
              </>
            ),
          },
          {
            key: 'cases',
            label: t('reg.tab.cases', { n: view.openCases.length }),
            children: <OpenCasesTable cases={view.openCases} />,
          },
          {
            key: 'documents',
            label: t('reg.tab.documents', { n: view.documents.length }),
            children: <DocumentsTable documents={view.documents} />,
          },
          {
            key: 'duplicates',
            label: t('reg.tab.duplicates', { n: openFlags.length }),
            children: <DuplicateFlagsTable flags={view.duplicateFlags} />,
          },
          {
            key: 'merges',
            label: t('reg.tab.merges', { n: view.merges.length }),
            children: <MergesTable merges={view.merges} />,
          },
          { key: 'rights', label: t('rights.title'), children: <PersonRights personId={view.person.personId} /> },
        ]}
      />
    </Card>
  );
}

export default function PersonPage() {
  const id = Number(useParams().id);
  const { t } = useI18n();
  const view = usePersonView(id);
  const [statusFilter, setStatusFilter] = useState<'all' | 'open'>('all');
  if (view.isPending) return <PageSpinner />;
  if (!view.data) return <ErrorAlert error={view.error} />;
  const v = view.data;
  const p = v.person;
  const shown = statusFilter === 'open' ? v.enrolments.filter((e) => e.status !== 'terminated') : v.enrolments;
  const openFlags = v.duplicateFlags.filter((f) => f.status === 'open');
  const region = v.enrolments.find((e) => e.status !== 'terminated')?.poolingRegion;
  return (
    <div data-testid="person-360" data-person-id={p.personId} data-status={p.status}>
      <Link to="/staff/registration/persons">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('reg.menu.persons')}
        </Button>
      </Link>
      <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
        <Flex align="center" gap={10} wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="person-title">
            {p.name}
          </Typography.Title>
          <span className="mono">{p.idMasked}</span>
          <StatusTag family="person" status={p.status} />
        </Flex>
        <PersonActions person={p} reach={v.reach} defaultRegion={region} />
      </Flex>
      {v.reach === 'employment' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="person-reach-employment"
          title={t('reg.reach.employment', { agency: p.agencyName ?? '' })}
        />
      )}
      {openFlags.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('reg.persons.hasSuspects', { n: openFlags.length })}
          action={<Link to="/staff/registration/duplicates">{t('reg.menu.duplicates')}</Link>}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <IdentityCard view={v} />
        </Col>
        <Col span={24}>
          <Card
            size="small"
            title={t('reg.enrolments')}
            extra={
              <Select
                size="small"
                value={statusFilter}
                onChange={setStatusFilter}
                options={[
                  { value: 'all', label: t('reg.enrolmentsAll') },
                  { value: 'open', label: t('reg.enrolmentsOpen') },
                ]}
              />
            }
          >
            <EnrolmentTimeline enrolments={shown} />
            <EnrolmentsTable view={{ ...v, enrolments: shown }} />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('reg.employments')}>
            <EmploymentsTable view={v} />
          </Card>
        </Col>
        {v.reach === 'record' && (
          <Col span={24}>
            <RecordTabs view={v} />
          </Col>
        )}
      </Row>
    </div>
  );
}
