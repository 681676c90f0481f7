import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import {useReadersData} from '@site/src/components/readers/useReadersData';
import type {PressProvenance} from '@site/src/content/schemas/pressPost';

/** The publisher of every press release. */
export const PUBLISHER_NAME = 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB)';

/** The current press post's provenance and its publication instant as written (offset included). */
export function usePressPost(): {provenance: PressProvenance | undefined; published: string} {
  const {metadata} = useBlogPost();
  const {pressDates} = useReadersData();
  const provenance = (metadata.frontMatter as {press_release?: PressProvenance}).press_release;
  return {provenance, published: pressDates[metadata.permalink] ?? metadata.date};
}

/** The current press post's absolute URL, as its canonical link writes it (trailing slash included). */
export function usePressPostUrl(): string {
  const {metadata} = useBlogPost();
  const {siteConfig} = useDocusaurusContext();
  const path = siteConfig.trailingSlash && !metadata.permalink.endsWith('/') ? `${metadata.permalink}/` : metadata.permalink;
  return `${siteConfig.url}${path}`;
}
