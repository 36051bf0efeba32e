import { Alert, Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import type { PendingUpload, ProgressMaterial } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FileUpload } from '../../ui/FileUpload.tsx';
import { useNotify } from '../../ui/useNotify.ts';
import { useServiceGuide } from '../../shared/catalog/catalogApi.ts';
import { useSupplyMaterials } from '../hall/hallApi.ts';

const fallbackTypes = ['application/pdf', 'image/jpeg', 'image/png'];
const fallbackMax = 10 * 1024 * 1024;

/** 补正: upload each missing material and hand them in at once; the clock resumes when none is missing. */
export function SupplyMaterials({
  caseNumber,
  itemCode,
  missing,
}: {
  caseNumber: string;
  itemCode: string;
  missing: ProgressMaterial[];
}) {
  const { t } = useI18n();
  const local = useLocal();
  const notify = useNotify();
  const guide = useServiceGuide(itemCode);
  const supply = useSupplyMaterials(caseNumber);
  const [uploads, setUploads] = useState<Record<string, PendingUpload | null>>({});
  const chosen = Object.entries(uploads).filter((e): e is [string, PendingUpload] => e[1] !== null);
  const spec = (code: string) => guide.data?.item.materials.find((m) => m.code === code);
  const submit = () =>
    supply.mutate(
      chosen.map(([code, u]) => ({ code, uploadId: u.uploadId })),
      {
        onSuccess: () => {
          setUploads({});
          notify.success(t('supply.done'));
        },
      },
    );
  return (
    <div style={{ marginTop: 16 }} data-testid="supply-materials">
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('supply.title')}
        description={t('supply.text')}
      />
      <ErrorAlert error={supply.error} />
      <Table<ProgressMaterial>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={missing}
        columns={[
          { title: t('guide.material'), key: 'name', render: (_, m) => local.name(m) },
          {
            title: t('progress.supplyBy'),
            key: 'by',
            width: 120,
            render: (_, m) => <DateText value={m.supplyDeadline} />,
          },
          {
            title: t('supply.file'),
            key: 'file',
            render: (_, m) => (
              <FileUpload
                accept={spec(m.code)?.mediaTypes ?? fallbackTypes}
                maxBytes={spec(m.code)?.maxBytes ?? fallbackMax}
                value={uploads[m.code] ?? null}
                onChange={(u) => setUploads((all) => ({ ...all, [m.code]: u }))}
                testId={`supply-file-${m.code}`}
              />
            ),
          },
        ]}
      />
      <Flex justify="flex-end" align="center" gap={12} style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">
          {t('supply.count', { n: chosen.length, total: missing.length })}
        </Typography.Text>
        <Button
          type="primary"
          disabled={chosen.length === 0}
          loading={supply.isPending}
          onClick={submit}
          data-testid="supply-submit"
        >
          {t('supply.submit')}
        </Button>
      </Flex>
    </div>
  );
}
