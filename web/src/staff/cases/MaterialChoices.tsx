import { Flex, Input, Radio, Table } from 'antd';
import type { CaseMaterial, MaterialInput } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { useServiceGuide } from '../../shared/catalog/catalogApi.ts';
import { RequirementTag } from '../../shared/catalog/MaterialsTable.tsx';
import { FileUpload } from '../../ui/FileUpload.tsx';
import type { MaterialChoice } from '../intake/intakeModel.ts';
import type { SuppliedMaterial } from './casesApi.ts';

const fallbackTypes = ['application/pdf', 'image/jpeg', 'image/png'];
const fallbackMax = 10 * 1024 * 1024;

export type Choices = Record<string, MaterialChoice | undefined>;

/** The inputs the API takes for the choices: received with an upload, or waived with a note. */
export function materialInputs(choices: Choices): MaterialInput[] {
  return Object.entries(choices).flatMap(([code, c]): MaterialInput[] => {
    if (c?.state === 'received' && c.upload) return [{ code, uploadId: c.upload.uploadId }];
    if (c?.state === 'waived' && c.note.trim()) return [{ code, status: 'waived', note: c.note.trim() }];
    return [];
  });
}

/** The uploads chosen, for materials brought after acceptance (that route records no waiver). */
export function suppliedInputs(choices: Choices): SuppliedMaterial[] {
  return Object.entries(choices).flatMap(([code, c]) =>
    c?.state === 'received' && c.upload ? [{ code, uploadId: c.upload.uploadId }] : [],
  );
}

/** Whether every choice is complete (a received material has its file, a waived one its note). */
export function choicesComplete(choices: Choices): boolean {
  return Object.values(choices).every(
    (c) => !c || c.state === 'missing' || (c.state === 'received' ? c.upload !== null : c.note.trim() !== ''),
  );
}

/** Materials of a case still to be received: upload each, leave it missing, or waive it (not required ones). */
export function MaterialChoices({
  itemCode,
  materials,
  choices,
  onChange,
  allowWaive,
}: {
  itemCode: string;
  materials: CaseMaterial[];
  choices: Choices;
  onChange: (choices: Choices) => void;
  allowWaive: boolean;
}) {
  const { t } = useI18n();
  const local = useLocal();
  const guide = useServiceGuide(itemCode);
  const spec = (code: string) => guide.data?.item.materials.find((m) => m.code === code);
  const set = (code: string, choice: MaterialChoice) => onChange({ ...choices, [code]: choice });
  return (
    <Table<CaseMaterial>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={materials}
      columns={[
        { title: t('guide.material'), key: 'name', render: (_, m) => local.name(m) },
        { title: t('guide.requirement'), key: 'r', render: (_, m) => <RequirementTag requirement={m.requirement} /> },
        {
          title: t('intake.materialState'),
          key: 'state',
          render: (_, m) => {
            const choice = choices[m.code] ?? { state: 'missing' };
            return (
              <Flex vertical gap={6} data-testid={`material-choice-${m.code}`}>
                <Radio.Group
                  size="small"
                  optionType="button"
                  value={choice.state}
                  onChange={(e) => {
                    const state = e.target.value as MaterialChoice['state'];
                    set(
                      m.code,
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
                      label: t(m.requirement === 'optional' ? 'intake.state.notProvided' : 'intake.state.missing'),
                    },
                    ...(allowWaive && m.requirement !== 'required'
                      ? [{ value: 'waived', label: t('intake.state.waived') }]
                      : []),
                  ]}
                />
                {choice.state === 'received' && (
                  <FileUpload
                    accept={spec(m.code)?.mediaTypes ?? fallbackTypes}
                    maxBytes={spec(m.code)?.maxBytes ?? fallbackMax}
                    value={choice.upload}
                    onChange={(upload) => set(m.code, { state: 'received', upload })}
                    testId={`material-file-${m.code}`}
                  />
                )}
                {choice.state === 'waived' && (
                  <Input
                    size="small"
                    value={choice.note}
                    maxLength={1000}
                    placeholder={t('intake.waiveNote')}
                    onChange={(e) => set(m.code, { state: 'waived', note: e.target.value })}
                  />
                )}
              </Flex>
            );
          },
        },
      ]}
    />
  );
}
