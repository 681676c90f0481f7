import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';

import type {RecentPress} from '@site/src/content/siteData/recentPress';

/** The newest press releases, from the press blog plugin's global data. */
export default function LatestPress(): ReactNode {
  const {recent} = usePluginData('docusaurus-plugin-content-blog') as {recent: RecentPress[]};
  const {i18n} = useDocusaurusContext();
  const dateFormat = new Intl.DateTimeFormat(i18n.localeConfigs[i18n.currentLocale]?.htmlLang, {
    dateStyle: 'long',
    timeZone: 'Asia/Jakarta',
  });
  return (
    <section aria-labelledby="latest-press">
      <Heading as="h2" id="latest-press">
        <Translate id="home.press.title">Siaran pers terbaru</Translate>
      </Heading>
      <ul>
        {recent.map((post) => (
          <li key={post.permalink}>
            <Link to={post.permalink}>{post.title}</Link>{' '}
            <time dateTime={post.date}>({dateFormat.format(new Date(post.date))})</time>
          </li>
        ))}
      </ul>
      <Link to="/siaran-pers/archive/">
        <Translate id="home.press.archive">Arsip siaran pers</Translate>
      </Link>
    </section>
  );
}
