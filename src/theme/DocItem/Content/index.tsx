import {lazy, Suspense, type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useActivePlugin} from '@docusaurus/plugin-content-docs/client';

import ChapterMeta from '@site/src/components/ChapterMeta';
import {collectionLabel, collectionOfDocsPlugin} from '@site/src/components/readers/collectionLabel';
import {useIsMasterPlanFirstPage} from '@site/src/components/readers/useIsMasterPlanFirstPage';

type Props = WrapperProps<typeof ContentType>;

// Only curriculum pages need the module card: a separate chunk keeps it off
// every chapter's JavaScript budget. Server rendering waits for it, so the
// static HTML is complete and hydration keeps it.
const ModuleCard = lazy(() => import('@site/src/components/ModuleCard'));
// Likewise the PDF download and the offline reading control, which only the master plan's first page shows
// (the curriculum's index has the control in its text).
const MasterPlanDownload = lazy(() => import('@site/src/components/MasterPlanDownload'));
const SaveForOffline = lazy(() => import('@site/src/components/OfflineReading'));

function MasterPlanFirstPageExtras(): ReactNode {
  return useIsMasterPlanFirstPage() ? (
    <Suspense fallback={null}>
      <MasterPlanDownload />
      <SaveForOffline />
    </Suspense>
  ) : null;
}

/**
 * Every doc page's content, preceded by what its collection needs near the
 * title: a chapter's status, owners and review dates, and on the first
 * chapter the PDF download and the offline reading control; a module's card. The article itself is what the
 * search index holds (data-pagefind-body), tagged with its collection for the
 * search filter; navigation stays out of the index.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const pluginId = useActivePlugin()?.pluginId;
  const collection = collectionOfDocsPlugin(pluginId);
  return (
    <>
      {pluginId === 'default' && <ChapterMeta />}
      {pluginId === 'default' && <MasterPlanFirstPageExtras />}
      {pluginId === 'kurikulum' && (
        <Suspense fallback={null}>
          <ModuleCard />
        </Suspense>
      )}
      <div data-pagefind-body="" data-pagefind-filter={collection ? `collection:${collectionLabel(collection)}` : undefined}>
        <Content {...props} />
      </div>
    </>
  );
}
