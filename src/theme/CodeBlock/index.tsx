import {lazy, Suspense, type ReactNode} from 'react';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof CodeBlockType>;

/**
 * Code blocks are drawn by Docusaurus's CodeBlock in a chunk of its own. Only
 * the developers' pages (toolkit/) have code blocks; chapters, modules and
 * press posts have none, yet loaded its code with every page's MDX
 * components. Split off, it made room in the chapters' JavaScript budgets for
 * offline reading's registration (issue 18) instead of raising them. Server
 * rendering waits for it, so the static HTML is complete and hydration keeps it.
 */
const CodeBlock = lazy(() => import('@theme-original/CodeBlock'));

export default function CodeBlockWrapper(props: Props): ReactNode {
  return (
    // Until the chunk arrives on a client-side navigation, the code as plain preformatted text.
    <Suspense fallback={<pre>{typeof props.children === 'string' ? props.children : null}</pre>}>
      <CodeBlock {...props} />
    </Suspense>
  );
}
