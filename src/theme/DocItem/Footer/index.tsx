import {lazy, Suspense, type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useActivePlugin} from '@docusaurus/plugin-content-docs/client';

import PageSources from '@site/src/components/PageSources';

type Props = WrapperProps<typeof FooterType>;

// Only curriculum pages need it (with its progress storage): its own chunk, off the chapters' budget.
const ModuleDone = lazy(() => import('@site/src/components/ModuleDone'));

/**
 * A doc's footer, preceded by the page's sources (chapters, modules and
 * consultation notes list them in frontmatter) and, on a curriculum module,
 * the "mark as done" control.
 */
export default function FooterWrapper(props: Props): ReactNode {
  const pluginId = useActivePlugin()?.pluginId;
  return (
    <>
      <PageSources />
      {pluginId === 'kurikulum' && (
        <Suspense fallback={null}>
          <ModuleDone />
        </Suspense>
      )}
      <Footer {...props} />
    </>
  );
}
