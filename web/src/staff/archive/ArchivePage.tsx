import { Tabs } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { ArchiveSearch } from './ArchiveSearch.tsx';
import { ArchiveStats } from './ArchiveStats.tsx';
import { ArchiveUses } from './ArchiveUses.tsx';
import { DocumentDrawer } from './DocumentDrawer.tsx';
import { DownloadModal, type DownloadTarget } from './DownloadModal.tsx';

type Tab = 'search' | 'uses' | 'stats';

/** `/staff/archive`: the business archive: search, download with a purpose, use records, statistics. */
export default function ArchivePage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('search');
  const [open, setOpen] = useState<number | null>(null);
  const [download, setDownload] = useState<DownloadTarget | null>(null);
  const [usesOf, setUsesOf] = useState<number | null>(null);
  return (
    <>
      <PageTitle title={t('menu.archive')} description={t('archive.description')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Tab)}
        destroyOnHidden
        items={[
          {
            key: 'search',
            label: <span data-testid="archive-tab-search">{t('archive.tabSearch')}</span>,
            children: <ArchiveSearch onOpen={setOpen} />,
          },
          {
            key: 'uses',
            label: <span data-testid="archive-tab-uses">{t('archive.tabUses')}</span>,
            children: <ArchiveUses documentId={usesOf} onClearDocument={() => setUsesOf(null)} />,
          },
          {
            key: 'stats',
            label: <span data-testid="archive-tab-stats">{t('archive.tabStats')}</span>,
            children: <ArchiveStats />,
          },
        ]}
      />
      <DocumentDrawer
        id={open}
        onClose={() => setOpen(null)}
        onDownload={setDownload}
        onUses={(id) => {
          setUsesOf(id);
          setOpen(null);
          setTab('uses');
        }}
      />
      <DownloadModal target={download} onClose={() => setDownload(null)} />
    </>
  );
}
