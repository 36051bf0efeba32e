import { FileTextOutlined, FormOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Input, Row, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CatalogCategory, ItemSummary } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../ui/PageSpinner.tsx';
import { ChannelTags } from '../../shared/catalog/ChannelTags.tsx';
import { usePublicCatalog } from '../../shared/catalog/catalogApi.ts';
import { TimeLimitText } from '../../shared/catalog/TimeLimitText.tsx';

function matches(item: ItemSummary, q: string): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return [item.name.zh, item.name.en, item.summary.zh, item.summary.en, item.code].some((s) =>
    s.toLowerCase().includes(needle),
  );
}

/** `/services`: the service catalogue (服务事项目录) as a tree, each item with its guide and online entry. */
export default function CatalogPage() {
  const { t } = useI18n();
  const local = useLocal();
  const navigate = useNavigate();
  const catalog = usePublicCatalog();
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<string | null>(null);

  const filtered: CatalogCategory[] = useMemo(
    () =>
      (catalog.data ?? [])
        .map((c) => ({ ...c, items: c.items.filter((i) => matches(i, q.trim())) }))
        .filter((c) => c.items.length > 0),
    [catalog.data, q],
  );
  const tree: TreeDataNode[] = filtered.map((c) => ({
    key: `c:${c.code}`,
    title: (
      <span data-testid={`catalog-tree-${c.code}`}>
        {local.text(c.name)} <Typography.Text type="secondary">({c.items.length})</Typography.Text>
      </span>
    ),
    children: c.items.map((i) => ({ key: `i:${i.code}`, title: local.text(i.name), isLeaf: true })),
  }));
  const shown = category ? filtered.filter((c) => c.code === category) : filtered;

  if (catalog.isPending) return <PageSpinner />;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('catalog.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('catalog.intro')}</Typography.Paragraph>
      <ErrorAlert error={catalog.error} />
      <Row gutter={[24, 24]}>
        <Col xs={24} md={7}>
          <Card size="small" style={{ position: 'sticky', top: 16 }}>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('catalog.search')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              style={{ marginBottom: 12 }}
              data-testid="catalog-search"
            />
            <Tree
              key={`${q}|${filtered.length}`}
              treeData={tree}
              defaultExpandAll
              blockNode
              selectedKeys={category ? [`c:${category}`] : []}
              onSelect={(keys) => {
                const key = String(keys[0] ?? '');
                if (key.startsWith('i:')) navigate(`/services/${key.slice(2)}`);
                else setCategory(key.startsWith('c:') ? key.slice(2) : null);
              }}
              data-testid="catalog-tree"
            />
          </Card>
        </Col>
        <Col xs={24} md={17}>
          {shown.length === 0 && <Empty description={t('catalog.nothing')} />}
          {shown.map((c) => (
            <section key={c.code} style={{ marginBottom: 24 }}>
              <Typography.Title level={5} style={{ borderLeft: '4px solid #1a4f9c', paddingLeft: 8 }}>
                {local.text(c.name)}
              </Typography.Title>
              <Flex vertical gap={12}>
                {c.items.map((i) => (
                  <Card key={i.code} size="small" data-testid={`catalog-item-${i.code}`}>
                    <Flex justify="space-between" gap={16} wrap>
                      <div style={{ flex: '1 1 360px', minWidth: 0 }}>
                        <Link to={`/services/${i.code}`} style={{ fontSize: 16, fontWeight: 600 }}>
                          {local.text(i.name)}
                        </Link>
                        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }} ellipsis={{ rows: 2 }}>
                          {local.text(i.summary)}
                        </Typography.Paragraph>
                        <Flex gap={12} wrap align="center">
                          <TimeLimitText promisedDays={i.promisedDays} statutoryDays={i.statutoryDays} />
                          <span>
                            <ChannelTags channels={i.channels} />
                          </span>
                        </Flex>
                      </div>
                      <Flex vertical gap={8} justify="center">
                        <Link to={`/services/${i.code}`}>
                          <Button icon={<FileTextOutlined />} block data-testid={`catalog-guide-${i.code}`}>
                            {t('catalog.guide')}
                          </Button>
                        </Link>
                        {i.channels.includes('web') && (
                          <Link to={`/hall/apply/${i.code}`}>
                            <Button
                              type="primary"
                              icon={<FormOutlined />}
                              block
                              data-testid={`catalog-apply-${i.code}`}
                            >
                              {t('catalog.applyOnline')}
                            </Button>
                          </Link>
                        )}
                      </Flex>
                    </Flex>
                  </Card>
                ))}
              </Flex>
            </section>
          ))}
        </Col>
      </Row>
    </>
  );
}
