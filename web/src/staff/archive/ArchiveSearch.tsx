import { Button, Form, Input, Select, Switch, Table, Tag } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import type { ArchivedDocument } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { looksLikeCitizenId, looksLikeCreditCode } from '../../shared/identifierFormat.ts';
import { usePublicCatalog } from '../../shared/catalog/catalogApi.ts';
import { DateRangeField } from '../../ui/DateRangeField.tsx';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatBytes } from '../../ui/format.ts';
import { useDocuments, type DocumentFilter } from './archiveApi.ts';
import { useArchiveLabels } from './useArchiveLabels.ts';

interface Values {
  citizenId?: string;
  creditCode?: string;
  itemCode?: string;
  documentType?: DocumentFilter['documentType'];
  caseNumber?: string;
  archiveNo?: string;
  range?: [string, string] | null;
  includeSuperseded?: boolean;
}

const trimmed = (v: string | undefined) => v?.trim() || undefined;

/** 档案检索: by person (citizen ID), employer (credit code), item, type, case number, archive number and date. */
export function ArchiveSearch({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useI18n();
  const local = useLocal();
  const { meta, label } = useArchiveLabels();
  const catalog = usePublicCatalog();
  const [filter, setFilter] = useState<DocumentFilter>({ page: 1, pageSize: 20 });
  const docs = useDocuments(filter);
  const [form] = Form.useForm<Values>();
  const search = (v: Values) =>
    setFilter({
      page: 1,
      pageSize: filter.pageSize,
      citizenId: trimmed(v.citizenId)?.toUpperCase(),
      creditCode: trimmed(v.creditCode)?.toUpperCase(),
      itemCode: v.itemCode,
      documentType: v.documentType,
      caseNumber: trimmed(v.caseNumber),
      archiveNo: trimmed(v.archiveNo),
      from: v.range?.[0] || undefined,
      to: v.range?.[1] || undefined,
      includeSuperseded: v.includeSuperseded || undefined,
    });
  const idRule = (check: (v: string) => boolean) => ({
    warningOnly: true,
    validator: (_: unknown, v: string | undefined) =>
      !v || check(v.trim().toUpperCase())
        ? Promise.resolve()
        : Promise.reject(new Error(t('public.identifierLooksWrong'))),
  });
  return (
    <>
      <Form<Values> form={form} layout="inline" onFinish={search} style={{ rowGap: 12, marginBottom: 16 }}>
        <Form.Item name="citizenId" label={t('public.citizenId')} rules={[idRule(looksLikeCitizenId)]}>
          <Input
            allowClear
            maxLength={18}
            className="mono"
            style={{ width: 190 }}
            data-testid="archive-filter-citizen"
          />
        </Form.Item>
        <Form.Item name="creditCode" label={t('public.creditCode')} rules={[idRule(looksLikeCreditCode)]}>
          <Input
            allowClear
            maxLength={18}
            className="mono"
            style={{ width: 190 }}
            data-testid="archive-filter-credit"
          />
        </Form.Item>
        <Form.Item name="itemCode" label={t('progress.item')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 200 }}
            popupMatchSelectWidth={false}
            options={(catalog.data ?? []).map((c) => ({
              label: local.text(c.name),
              title: c.code,
              options: c.items.map((i) => ({ value: i.code, label: local.text(i.name) })),
            }))}
            data-testid="archive-filter-item"
          />
        </Form.Item>
        <Form.Item name="documentType" label={t('archive.documentType')}>
          <Select
            allowClear
            style={{ width: 160 }}
            options={(meta?.documentTypes ?? []).map((d) => ({ value: d.code, label: label('documentTypes', d.code) }))}
            data-testid="archive-filter-type"
          />
        </Form.Item>
        <Form.Item name="caseNumber" label={t('progress.caseNumber')}>
          <Input allowClear className="mono" style={{ width: 200 }} data-testid="archive-filter-case" />
        </Form.Item>
        <Form.Item name="archiveNo" label={t('archive.archiveNo')}>
          <Input allowClear className="mono" style={{ width: 200 }} data-testid="archive-filter-no" />
        </Form.Item>
        <Form.Item name="range" label={t('archive.date')}>
          <DateRangeField testId="archive-filter-range" />
        </Form.Item>
        <Form.Item name="includeSuperseded" label={t('archive.includeSuperseded')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" data-testid="archive-search">
            {t('common.search')}
          </Button>
        </Form.Item>
        <Form.Item>
          <Button
            onClick={() => {
              form.resetFields();
              setFilter({ page: 1, pageSize: filter.pageSize });
            }}
          >
            {t('common.reset')}
          </Button>
        </Form.Item>
      </Form>
      <ErrorAlert error={docs.error} />
      <Table<ArchivedDocument>
        rowKey="id"
        size="middle"
        loading={docs.isFetching}
        dataSource={docs.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        onRow={(d) =>
          ({ 'data-testid': `document-row-${d.archiveNo}`, 'data-type': d.documentType }) as HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: docs.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('common.total', { n }),
          onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }),
        }}
        columns={[
          {
            title: t('archive.archiveNo'),
            dataIndex: 'archiveNo',
            render: (v: string, d) => (
              <Button
                type="link"
                size="small"
                style={{ paddingInline: 0 }}
                onClick={() => onOpen(d.id)}
                data-testid="document-open"
              >
                <span className="mono">{v}</span>
              </Button>
            ),
          },
          {
            title: t('archive.documentType'),
            dataIndex: 'documentType',
            render: (v: string, d) => (
              <>
                <Tag>{label('documentTypes', v)}</Tag>
                {d.supersededById && <Tag color="default">{t('archive.superseded')}</Tag>}
              </>
            ),
          },
          { title: t('archive.fileName'), dataIndex: 'fileName', ellipsis: true, width: 240 },
          {
            title: t('progress.caseNumber'),
            dataIndex: 'caseNumber',
            render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
          },
          { title: t('cases.agency'), dataIndex: 'agencyName', render: (v: string | null) => v ?? '—' },
          { title: t('archive.retention'), dataIndex: 'retention', render: (v: string) => label('retentions', v) },
          { title: t('archive.size'), dataIndex: 'size', render: (v: number) => formatBytes(v) },
          {
            title: t('archive.createdAt'),
            dataIndex: 'createdAt',
            render: (v: string) => <DateText value={v} instant />,
          },
        ]}
      />
    </>
  );
}
