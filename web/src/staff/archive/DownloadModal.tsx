import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { documentContentUrl, useArchiveMeta } from './archiveApi.ts';

export interface DownloadTarget {
  id: number;
  archiveNo: string | null;
  fileName: string | null;
}

interface Values {
  purpose: string;
  note?: string;
}

/**
 * 档案利用登记: a document is only handed out with a purpose (and a note for "other"); the server
 * records the use and the audit entry before it sends the bytes.
 */
export function DownloadModal({ target, onClose }: { target: DownloadTarget | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const meta = useArchiveMeta();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const purpose = Form.useWatch('purpose', form);
  const download = (v: Values) => {
    if (!target) return;
    const link = document.createElement('a');
    link.href = documentContentUrl(target.id, v.purpose, v.note);
    // Without a name of its own the browser takes the one the server's Content-Disposition gives.
    link.download = target.fileName ?? '';
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => void client.invalidateQueries({ queryKey: ['archive', 'uses'] }), 1500);
    onClose();
  };
  return (
    <Modal
      open={target !== null}
      title={t('archive.downloadTitle', { archiveNo: target?.archiveNo ?? '' })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <div data-testid="download-modal">
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('archive.downloadHint')} />
        <Typography.Paragraph>
          <span className="mono">{target?.fileName}</span>
        </Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" onFinish={download} requiredMark="optional">
          <Form.Item
            name="purpose"
            label={t('archive.purpose')}
            rules={[{ required: true, message: t('archive.purposeRequired') }]}
          >
            <Radio.Group data-testid="download-purpose">
              <Flex vertical gap={6}>
                {(meta.data?.purposes ?? []).map((p) => (
                  <Radio key={p.code} value={p.code}>
                    <span data-testid={`download-purpose-${p.code}`}>{lang === 'en' ? p.en : p.zh}</span>
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="note"
            label={t('archive.useNote')}
            rules={
              purpose === 'other' ? [{ required: true, whitespace: true, message: t('archive.noteRequired') }] : []
            }
          >
            <Input maxLength={500} data-testid="download-note" />
          </Form.Item>
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" icon={<DownloadOutlined />} data-testid="download-submit">
              {t('archive.download')}
            </Button>
          </Flex>
        </Form>
      </div>
    </Modal>
  );
}
