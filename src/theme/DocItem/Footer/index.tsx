import type {ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useActivePlugin} from '@docusaurus/plugin-content-docs/client';

import ModuleDone from '@site/src/components/ModuleDone';

type Props = WrapperProps<typeof FooterType>;

/** A doc's footer; on a curriculum module, preceded by the "mark as done" control. */
export default function FooterWrapper(props: Props): ReactNode {
  const pluginId = useActivePlugin()?.pluginId;
  return (
    <>
      {pluginId === 'kurikulum' && <ModuleDone />}
      <Footer {...props} />
    </>
  );
}
