import {readFileSync} from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import axe, {type AxeResults, type Result} from 'axe-core';
import type {Page} from 'playwright-core';

import {SITE_DIR} from './paths';

/** The axe-core version package.json's devDependencies pin: the version the gate must run. */
export const PINNED_AXE_VERSION: string = (
  JSON.parse(readFileSync(path.join(SITE_DIR, 'package.json'), 'utf8')) as {devDependencies: Record<string, string>}
).devDependencies['axe-core']!;

/**
 * Why a rule axe-core ships is not run, or `undefined` when it is. Only two
 * kinds are left out, chosen by their tags so a new axe release cannot slip
 * a rule past the gate:
 * - `deprecated`: rules axe itself retired and no longer enables (duplicate
 *   ids, obsolete since WCAG 2.2; its `aria-roledescription` predates ARIA 1.2,
 *   which allows the attribute on the diagrams' `graphics-document` role).
 * - level AAA (`wcag2aaa`): beyond the site's target, WCAG 2.2 AA
 *   (`color-contrast-enhanced` asks 7:1 of every menu link).
 */
export function whyNotRun(tags: readonly string[]): string | undefined {
  if (tags.includes('deprecated')) return 'deprecated by axe-core';
  if (tags.includes('wcag2aaa')) return 'WCAG level AAA';
  return undefined;
}

/**
 * Every other rule, enabled by id: left to its defaults axe skips rules tagged
 * `experimental`, and a tag list (as this gate used to pass) silently leaves
 * out each rule whose tags it does not name (WCAG 2.2's `target-size` was
 * one). So the gate finds at least what an auditor running axe finds (issue 13).
 */
export const AXE_RULES: readonly string[] = axe
  .getRules()
  .filter((rule) => whyNotRun(rule.tags) === undefined)
  .map((rule) => rule.ruleId);

/**
 * axe-core as this project configures it, for a Playwright page. The source
 * injected into the page is the axe-core package.json pins (`axe.source`),
 * not whichever copy @axe-core/playwright would resolve for itself.
 */
export function axeFor(page: Page): AxeBuilder {
  return new AxeBuilder({page, axeSource: axe.source}).withRules([...AXE_RULES]);
}

/** One violation as a line: `path rule-id (impact): help — first nodes`. */
export function describeViolation(where: string, violation: Result): string {
  const nodes = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
  const more = violation.nodes.length > 3 ? ` and ${violation.nodes.length - 3} more` : '';
  return `${where} ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} — ${nodes.join('; ')}${more}`;
}

/** The axe-core version that produced these results, as the page reported it. */
export function axeVersionOf(results: AxeResults): string {
  return results.testEngine.version;
}
