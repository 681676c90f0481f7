import type {ReactNode} from 'react';
import {PageMetadata} from '@docusaurus/theme-common';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';

import {usePressPost, usePressPostUrl} from '@site/src/components/readers/pressPost';

/**
 * A press release's meta tags: title, description, Open Graph (an article with
 * its publication instant as published, offset included) and a Twitter card,
 * so a shared link previews correctly.
 */
export default function BlogPostPageMetadata(): ReactNode {
  const {assets, metadata} = useBlogPost();
  const {siteConfig, i18n} = useDocusaurusContext();
  const {published, provenance} = usePressPost();
  const url = usePressPostUrl();
  const {title, description, tags, frontMatter} = metadata;
  const image = assets.image ?? frontMatter.image;
  const ogLocale = (i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale).replace('-', '_');
  return (
    <PageMetadata title={frontMatter.title_meta ?? title} description={description} keywords={frontMatter.keywords} image={image}>
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={siteConfig.title} />
      <meta property="og:locale" content={ogLocale} />
      <meta property="og:url" content={url} />
      <meta property="article:published_time" content={published} />
      {provenance?.author && <meta property="article:author" content={provenance.author} />}
      {tags.map((tag) => (
        <meta key={tag.permalink} property="article:tag" content={tag.label} />
      ))}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
    </PageMetadata>
  );
}
