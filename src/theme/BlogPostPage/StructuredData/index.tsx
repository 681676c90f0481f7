import {useBlogPostStructuredData} from '@docusaurus/plugin-content-blog/client';
import type {ReactNode} from 'react';

import JsonLd from '@site/src/components/JsonLd';

/** Swizzled (wrapped logic, same output) so a post's title and description cannot break out of the JSON-LD script. */
export default function BlogPostStructuredData(): ReactNode {
  return <JsonLd data={useBlogPostStructuredData()} />;
}
