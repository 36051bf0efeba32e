import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CHANNELS, MEDIA_TYPES, STEP_PERMISSIONS } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { usePublicCatalog } from '../../shared/catalog/catalogApi.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { mediaName } from '../../ui/format.ts';
import { todayIso } from '../../ui/formatTime.ts';
import { PageSpinner } from '../../ui/PageSpinner.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useNotify } from '../../ui/useNotify.ts';
import { BilingualInput } from './BilingualInput.tsx';
import { useCatalogItem, useChangeItem, useCreateItem } from './catalogAdminApi.ts';
import { emptyContent, fromVersion, toContent, type ItemFormValues } from './itemForm.ts';

const codeRule = /^[a-z][a-z0-9_]{0,31}$/;

/** `/staff/catalog/new` and `/staff/catalog/:code/edit`: an item's content; a change is a new version with its date. */
export default function ItemEditorPage() {
  const { code } = useParams();
  const editing = code !== undefined;
  const item = useCatalogItem(code ?? null);
  if (editing && item.isPending) return <PageSpinner />;
  if (editing && !item.data) return <ErrorAlert error={item.error} />;
  const latest = item.data?.versions[0];
  const initial: Partial<ItemFormValues> =
    item.data && latest
      ? {
          categoryCode: item.data.categoryCode,
          sort: item.data.sort,
          changedOn: todayIso(),
          content: fromVersion(latest),
        }
      : { sort: 100, changedOn: todayIso(), content: emptyContent as ItemFormValues['content'] };
  return <ItemEditor code={code ?? null} expectedVersion={item.data?.latestVersion ?? 0} initial={initial} />;
}

function ItemEditor({
  code,
  expectedVersion,
  initial,
}: {
  code: string | null;
  expectedVersion: number;
  initial: Partial<ItemFormValues>;
}) {
  const { t } = useI18n();
  const local = useLocal();
  const notify = useNotify();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const catalog = usePublicCatalog();
  const [form] = Form.useForm<ItemFormValues>();
  const create = useCreateItem();
  const change = useChangeItem(code ?? '', expectedVersion);
  const mutation = code ? change : create;
  const [categorySearch, setCategorySearch] = useState('');
  // Categories without active items are not in the public catalogue: a typed code may name one.
  const categoryOptions = useMemo(() => {
    const known = (catalog.data ?? []).map((c) => ({ value: c.code, label: `${local.text(c.name)}（${c.code}）` }));
    const typed = categorySearch.trim();
    const extra =
      /^[a-z][a-z0-9-]{1,47}$/.test(typed) && !known.some((o) => o.value === typed)
        ? [{ value: typed, label: t('catalogAdmin.categoryByCode', { code: typed }) }]
        : [];
    const current = initial.categoryCode;
    const kept =
      current && !known.some((o) => o.value === current) && current !== typed
        ? [{ value: current, label: current }]
        : [];
    return [...known, ...kept, ...extra];
  }, [catalog.data, categorySearch, initial.categoryCode, local, t]);
  const steps = Form.useWatch(['content', 'steps'], form) ?? [];
  const stepOptions = useMemo(
    () =>
      (steps as { code?: string; name?: { zh?: string; en?: string } }[])
        .filter((s) => s?.code)
        .map((s) => ({
          value: s.code as string,
          label: `${s.code} ${local.text({ zh: s.name?.zh ?? '', en: s.name?.en ?? '' })}`,
        })),
    [steps, local],
  );

  const save = (v: ItemFormValues) => {
    const body = {
      changedOn: v.changedOn,
      changeNote: { zh: v.changeNote.zh.trim(), en: v.changeNote.en.trim() },
      categoryCode: v.categoryCode,
      sort: v.sort,
      content: toContent(v.content),
    };
    const done = () => {
      notify.success(t(code ? 'catalogAdmin.changed' : 'catalogAdmin.created'));
      navigate('/staff/catalog');
    };
    if (code) change.mutate(body, { onSuccess: done });
    else create.mutate({ ...body, code: (v.code ?? '').trim() }, { onSuccess: done });
  };

  return (
    <>
      <PageTitle
        title={code ? t('catalogAdmin.editTitle', { code }) : t('catalogAdmin.newItem')}
        description={t(code ? 'catalogAdmin.editIntro' : 'catalogAdmin.newIntro')}
        extra={
          <Link to="/staff/catalog">
            <Button icon={<ArrowLeftOutlined />}>{t('menu.catalog')}</Button>
          </Link>
        }
      />
      <ErrorAlert error={mutation.error} testId="item-editor-error" />
      <Form<ItemFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={save}
        onFinishFailed={() => void message.warning(t('catalogAdmin.formIncomplete'))}
        scrollToFirstError
        data-testid="item-editor"
      >
        <Flex vertical gap={16}>
          <Card size="small" title={t('catalogAdmin.sectionBasics')}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                {code ? (
                  <Form.Item label={t('catalogAdmin.code')}>
                    <Input value={code} disabled className="mono" />
                  </Form.Item>
                ) : (
                  <Form.Item
                    name="code"
                    label={t('catalogAdmin.code')}
                    extra={t('catalogAdmin.codeHint')}
                    rules={[
                      { required: true, pattern: /^[a-z][a-z0-9-]{1,47}$/, message: t('catalogAdmin.codeFormat') },
                    ]}
                  >
                    <Input className="mono" maxLength={48} data-testid="item-code" />
                  </Form.Item>
                )}
              </Col>
              <Col xs={24} md={10}>
                <Form.Item
                  name="categoryCode"
                  label={t('catalogAdmin.category')}
                  rules={[{ required: true, message: t('form.required') }]}
                >
                  <Select
                    showSearch={{ onSearch: setCategorySearch, optionFilterProp: 'label' }}
                    options={categoryOptions}
                    data-testid="item-category"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="sort" label={t('catalogAdmin.sort')} rules={[{ required: true }]}>
                  <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <BilingualInput name={['content', 'name']} label={`1. ${t('element.name')}`} single max={200} />
            <BilingualInput name={['content', 'summary']} label={`2. ${t('element.summary')}`} />
          </Card>

          <Card size="small" title={`3. ${t('element.materials')}`}>
            <Form.List name={['content', 'materials']}>
              {(fields, { add, remove }) => (
                <Flex vertical gap={12}>
                  {fields.map((f, i) => (
                    <Card
                      key={f.key}
                      size="small"
                      type="inner"
                      title={t('catalogAdmin.materialN', { n: i + 1 })}
                      extra={
                        <Button
                          size="small"
                          danger
                          type="text"
                          icon={<DeleteOutlined />}
                          onClick={() => remove(f.name)}
                        />
                      }
                    >
                      <Row gutter={12}>
                        <Col xs={24} md={6}>
                          <Form.Item
                            name={[f.name, 'code']}
                            label={t('catalogAdmin.code')}
                            rules={[{ required: true, pattern: codeRule, message: t('catalogAdmin.subCodeFormat') }]}
                          >
                            <Input className="mono" maxLength={32} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={6}>
                          <Form.Item
                            name={[f.name, 'requirement']}
                            label={t('guide.requirement')}
                            rules={[{ required: true }]}
                          >
                            <Select
                              options={(['required', 'optional', 'later'] as const).map((r) => ({
                                value: r,
                                label: t(`requirement.${r}`),
                              }))}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={8}>
                          <Form.Item
                            name={[f.name, 'mediaTypes']}
                            label={t('guide.fileTypes')}
                            rules={[{ required: true, type: 'array', min: 1, message: t('form.required') }]}
                          >
                            <Select
                              mode="multiple"
                              options={MEDIA_TYPES.map((m) => ({ value: m, label: mediaName(m) }))}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={4}>
                          <Form.Item
                            name={[f.name, 'maxMb']}
                            label={t('catalogAdmin.maxMb')}
                            rules={[{ required: true }]}
                          >
                            <InputNumber min={0.1} max={20} step={1} style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                      </Row>
                      <BilingualInput name={[f.name, 'name']} label={t('guide.material')} single max={200} />
                      <BilingualInput name={[f.name, 'note']} label={t('guide.note')} single optional max={500} />
                    </Card>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() =>
                      add({
                        requirement: 'required',
                        mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
                        maxMb: 10,
                      })
                    }
                  >
                    {t('catalogAdmin.addMaterial')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>

          <Card size="small" title={`4–5. ${t('element.howToApply')} · ${t('element.timeLimit')}`}>
            <Form.Item
              name={['content', 'channels']}
              label={t('catalogAdmin.channels')}
              rules={[{ required: true, type: 'array', min: 1, message: t('form.required') }]}
            >
              <Checkbox.Group options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
            </Form.Item>
            <BilingualInput name={['content', 'howToApply']} label={t('element.howToApply')} />
            <Row gutter={16}>
              <Col xs={12} md={6}>
                <Form.Item
                  name={['content', 'statutoryDays']}
                  label={t('catalogAdmin.statutoryDays')}
                  rules={[{ required: true }]}
                >
                  <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name={['content', 'promisedDays']}
                  label={t('catalogAdmin.promisedDays')}
                  extra={t('catalogAdmin.promisedHint')}
                  dependencies={[['content', 'statutoryDays']]}
                  rules={[
                    { required: true },
                    ({ getFieldValue }) => ({
                      validator: (_, v: number | undefined) =>
                        v === undefined || v <= (getFieldValue(['content', 'statutoryDays']) as number)
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('catalogAdmin.promiseExceeds'))),
                    }),
                  ]}
                >
                  <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <BilingualInput name={['content', 'timeLimitNote']} label={t('catalogAdmin.timeLimitNote')} optional />
          </Card>

          <Card size="small" title={`6–11. ${t('catalogAdmin.sectionElements')}`}>
            {(['delivery', 'fees', 'officeHours', 'place', 'enquiry', 'complaint'] as const).map((k, i) => (
              <BilingualInput key={k} name={['content', k]} label={`${i + 6}. ${t(`element.${k}`)}`} />
            ))}
          </Card>

          <Card size="small" title={t('guide.basisAndConditions')}>
            <BilingualInput name={['content', 'basis']} label={t('guide.basis')} />
            <BilingualInput name={['content', 'conditions']} label={t('guide.conditions')} />
          </Card>

          <Card size="small" title={t('catalogAdmin.sectionWorkflow')}>
            <Form.List name={['content', 'steps']}>
              {(fields, { add, remove }) => (
                <Flex vertical gap={12}>
                  {fields.map((f, i) => (
                    <Card
                      key={f.key}
                      size="small"
                      type="inner"
                      title={t('catalogAdmin.stepN', { n: i + 1 })}
                      extra={
                        fields.length > 1 && (
                          <Button
                            size="small"
                            danger
                            type="text"
                            icon={<DeleteOutlined />}
                            onClick={() => remove(f.name)}
                          />
                        )
                      }
                    >
                      <Row gutter={12}>
                        <Col xs={24} md={8}>
                          <Form.Item
                            name={[f.name, 'code']}
                            label={t('catalogAdmin.code')}
                            rules={[{ required: true, pattern: codeRule, message: t('catalogAdmin.subCodeFormat') }]}
                          >
                            <Input className="mono" maxLength={32} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={8}>
                          <Form.Item
                            name={[f.name, 'permission']}
                            label={t('catalogAdmin.permission')}
                            rules={[{ required: true }]}
                          >
                            <Select
                              options={STEP_PERMISSIONS.map((p) => ({ value: p, label: t(`stepPermission.${p}`) }))}
                            />
                          </Form.Item>
                        </Col>
                      </Row>
                      <BilingualInput name={[f.name, 'name']} label={t('catalogAdmin.stepName')} single max={100} />
                      <BilingualInput
                        name={[f.name, 'description']}
                        label={t('catalogAdmin.stepDescription')}
                        optional
                      />
                    </Card>
                  ))}
                  {fields.length < 10 && (
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ permission: 'case.review' })}>
                      {t('catalogAdmin.addStep')}
                    </Button>
                  )}
                </Flex>
              )}
            </Form.List>
            <Typography.Title level={5} style={{ marginTop: 20 }}>
              {t('catalogAdmin.separated')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('catalogAdmin.separatedHint')}</Typography.Paragraph>
            <Form.List name={['content', 'separatedSteps']}>
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((f) => (
                    <Flex key={f.key} gap={8} align="baseline">
                      <Form.Item
                        name={[f.name, 'a']}
                        rules={[{ required: true }]}
                        style={{ width: 260, marginBottom: 0 }}
                      >
                        <Select options={stepOptions} />
                      </Form.Item>
                      <span>≠</span>
                      <Form.Item
                        name={[f.name, 'b']}
                        rules={[{ required: true }]}
                        style={{ width: 260, marginBottom: 0 }}
                      >
                        <Select options={stepOptions} />
                      </Form.Item>
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ width: 260 }}>
                    {t('catalogAdmin.addPair')}
                  </Button>
                </Flex>
              )}
            </Form.List>
            <Row gutter={16} style={{ marginTop: 16 }}>
              <Col xs={12} md={6}>
                <Form.Item name={['content', 'module']} label={t('catalogAdmin.module')} rules={[{ required: true }]}>
                  <Input className="mono" maxLength={48} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name={['content', 'workflow']}
                  label={t('catalogAdmin.workflowName')}
                  rules={[{ required: true }]}
                >
                  <Input className="mono" maxLength={48} />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Card size="small" title={t('catalogAdmin.sectionChange')}>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('catalogAdmin.changeHint')} />
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="changedOn"
                  label={t('catalogAdmin.changedOn')}
                  rules={[{ required: true, message: t('form.required') }]}
                >
                  <DateField />
                </Form.Item>
              </Col>
            </Row>
            <BilingualInput name="changeNote" label={t('catalogAdmin.changeNote')} single max={500} />
            <Flex justify="flex-end">
              <Button
                type="primary"
                htmlType="submit"
                icon={<SaveOutlined />}
                loading={mutation.isPending}
                data-testid="item-save"
              >
                {t(code ? 'catalogAdmin.saveVersion' : 'catalogAdmin.saveNew')}
              </Button>
            </Flex>
          </Card>
        </Flex>
      </Form>
    </>
  );
}
