import {useBlogListPageStructuredData} from '@docusaurus/plugin-content-blog/client';
import type {Props} from '@theme/BlogListPage/StructuredData';
import type {ReactNode} from 'react';

import JsonLd from '@site/src/components/JsonLd';

/** Swizzled so the titles and descriptions of listed posts cannot break out of the JSON-LD script. */
export default function BlogListPageStructuredData(props: Props): ReactNode {
  return <JsonLd data={useBlogListPageStructuredData(props)} />;
}
