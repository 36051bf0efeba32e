import { Card, Empty, Flex, Input, Radio, Table, Tag, Tooltip, Typography } from 'antd';
import type { ServiceGuide } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { RequirementTag } from '../../shared/catalog/MaterialsTable.tsx';
import { FileUpload } from '../../ui/FileUpload.tsx';
import { buildChecklist, type MaterialChoice } from './intakeModel.ts';

interface Props {
  guides: ServiceGuide[];
  materials: Record<string, MaterialChoice | undefined>;
  onMaterial: (code: string, choice: MaterialChoice) => void;
}

/** The bundle's shared checklist: for each material, received (with its scan), missing, or waived. */
export function MaterialsSection({ guides, materials, onMaterial }: Props) {
  const { t } = useI18n();
  const local = useLocal();
  const lines = buildChecklist(guides);
  return (
    <Card title={t('intake.materials')} size="small" data-testid="intake-materials">
      {lines.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('intake.noMaterials')} />
      ) : (
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={lines}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('guide.material'),
              key: 'name',
              render: (_, line) => (
                <>
                  <div style={{ fontWeight: 500 }}>{local.text(line.name)}</div>
                  {line.note && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {local.text(line.note)}
                    </Typography.Text>
                  )}
                  {guides.length > 1 && (
                    <div>
                      {line.items.map((i) => (
                        <Tooltip key={i.code} title={t(`requirement.${i.requirement}`)}>
                          <Tag style={{ fontSize: 11, marginTop: 4 }}>{local.text(i.name)}</Tag>
                        </Tooltip>
                      ))}
                    </div>
                  )}
                </>
              ),
            },
            {
              title: t('guide.requirement'),
              key: 'requirement',
              render: (_, line) => <RequirementTag requirement={line.requirement} />,
            },
            {
              title: t('intake.materialState'),
              key: 'state',
              render: (_, line) => {
                const choice = materials[line.code] ?? { state: 'missing' };
                return (
                  <Flex vertical gap={6} style={{ minWidth: 300 }} data-testid={`intake-material-${line.code}`}>
                    <Radio.Group
                      size="small"
                      optionType="button"
                      value={choice.state}
                      onChange={(e) => {
                        const state = e.target.value as MaterialChoice['state'];
                        onMaterial(
                          line.code,
                          state === 'received'
                            ? { state, upload: null }
                            : state === 'waived'
                              ? { state, note: '' }
                              : { state },
                        );
                      }}
                      options={[
                        { value: 'received', label: t('intake.state.received') },
                        {
                          value: 'missing',
                          label: t(
                            line.requirement === 'optional' ? 'intake.state.notProvided' : 'intake.state.missing',
                          ),
                        },
                        ...(line.requirement === 'required'
                          ? []
                          : [{ value: 'waived', label: t('intake.state.waived') }]),
                      ]}
                      data-testid={`intake-material-state-${line.code}`}
                    />
                    {choice.state === 'received' && (
                      <FileUpload
                        accept={line.mediaTypes}
                        maxBytes={line.maxBytes}
                        value={choice.upload}
                        onChange={(upload) => onMaterial(line.code, { state: 'received', upload })}
                        testId={`intake-file-${line.code}`}
                      />
                    )}
                    {choice.state === 'waived' && (
                      <Input
                        size="small"
                        maxLength={1000}
                        value={choice.note}
                        placeholder={t('intake.waiveNote')}
                        status={choice.note.trim() ? undefined : 'error'}
                        onChange={(e) => onMaterial(line.code, { state: 'waived', note: e.target.value })}
                        data-testid={`intake-waive-${line.code}`}
                      />
                    )}
                    {choice.state === 'missing' && line.requirement !== 'optional' && (
                      <Typography.Text
                        type={line.requirement === 'required' ? 'danger' : 'warning'}
                        style={{ fontSize: 12 }}
                      >
                        {t(line.requirement === 'required' ? 'intake.missingRequired' : 'intake.missingLater')}
                      </Typography.Text>
                    )}
                  </Flex>
                );
              },
            },
          ]}
        />
      )}
    </Card>
  );
}
