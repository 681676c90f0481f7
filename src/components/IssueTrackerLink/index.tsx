import type {ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/**
 * A link to the issue tracker of the repository this site is built from
 * (`REPOSITORY_URL` in docusaurus.config.ts, the same one "Edit this page"
 * points at): where readers report a problem with the site itself.
 */
export default function IssueTrackerLink({children}: {children?: ReactNode}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const href = `${String(siteConfig.customFields?.repositoryUrl)}/issues`;
  return <a href={href}>{children ?? href}</a>;
}
