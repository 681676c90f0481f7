import type {ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';

import JsonLd from '@site/src/components/JsonLd';
import {PUBLISHER_NAME, usePressPost, usePressPostUrl} from '@site/src/components/readers/pressPost';

/**
 * schema.org NewsArticle for a press release (instead of the blog's
 * BlogPosting): the headline, the publication instant with the offset the
 * ministry published in, the author and editor from the byline, the publisher,
 * and the original it republishes (`isBasedOn`) when its address is known.
 * https://schema.org/NewsArticle
 */
export default function NewsArticleStructuredData(): ReactNode {
  const {metadata} = useBlogPost();
  const {siteConfig, i18n} = useDocusaurusContext();
  const {provenance, published} = usePressPost();
  const url = usePressPostUrl();
  const authorNames = provenance?.author ? [provenance.author] : metadata.authors.map((author) => author.name).filter(Boolean);
  const structuredData = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: metadata.title,
    description: metadata.description,
    datePublished: published,
    inLanguage: i18n.localeConfigs[i18n.currentLocale]?.htmlLang,
    url,
    mainEntityOfPage: {'@type': 'WebPage', '@id': url},
    author: authorNames.map((name) => ({'@type': 'Person', name})),
    ...(provenance?.editor ? {editor: {'@type': 'Person', name: provenance.editor}} : {}),
    publisher: {
      '@type': 'GovernmentOrganization',
      name: PUBLISHER_NAME,
      logo: {'@type': 'ImageObject', url: `${siteConfig.url}${siteConfig.baseUrl}img/logo.svg`},
    },
    keywords: metadata.tags.map((tag) => tag.label),
    ...(provenance?.source_tag ? {sourceOrganization: {'@type': 'Organization', name: provenance.source_tag}} : {}),
    // The original this page republishes, when its address is known.
    ...(provenance?.source_url ? {isBasedOn: provenance.source_url} : {}),
  };
  // JsonLd escapes `<`, so a headline quoting `</script>` cannot end the element.
  return <JsonLd data={structuredData} />;
}
