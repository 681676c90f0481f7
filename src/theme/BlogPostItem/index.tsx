import type {ReactNode} from 'react';
import BlogPostItem from '@theme-original/BlogPostItem';
import type BlogPostItemType from '@theme/BlogPostItem';
import type {WrapperProps} from '@docusaurus/types';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';

import PressAttribution from '@site/src/components/PressAttribution';
import UntranslatedPost from '@site/src/components/UntranslatedPost';
import {collectionLabel} from '@site/src/components/readers/collectionLabel';

type Props = WrapperProps<typeof BlogPostItemType>;

/**
 * A press release, marked when it is shown untranslated. On its own page it ends with the source attribution and is
 * what the search index holds; in lists (index, tags, archive) it is unchanged,
 * so each release is found once, at its own address.
 */
export default function BlogPostItemWrapper({children, ...props}: Props): ReactNode {
  const {isBlogPostPage} = useBlogPost();
  if (!isBlogPostPage) {
    return (
      <UntranslatedPost>
        <BlogPostItem {...props}>{children}</BlogPostItem>
      </UntranslatedPost>
    );
  }
  return (
    <div data-pagefind-body="" data-pagefind-filter={`collection:${collectionLabel('siaran-pers')}`}>
      <UntranslatedPost>
        <BlogPostItem {...props}>
          {children}
          <PressAttribution />
        </BlogPostItem>
      </UntranslatedPost>
    </div>
  );
}
