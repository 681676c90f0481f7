import {useBreadcrumbsStructuredData} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocBreadcrumbs/StructuredData';
import type {ReactNode} from 'react';

import JsonLd from '@site/src/components/JsonLd';

/** Swizzled so a page title quoting `</script>` cannot break out of the breadcrumb JSON-LD script. */
export default function DocBreadcrumbsStructuredData(props: Props): ReactNode {
  return <JsonLd data={useBreadcrumbsStructuredData({breadcrumbs: props.breadcrumbs})} />;
}
