import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {createTempSite, REPO_DIR, type TempSite} from '../support/tempSite';

const CLI = path.join(REPO_DIR, 'bin', 'masterplan.cjs');
const CHAPTER = 'docs/rencana-induk/keamanan-informasi.md';

function masterplan(site: TempSite, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {cwd: site.dir, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0', CI: 'true'}});
}

/** A planner's slip: a block item under a flow list (`owners: [rini]` then `  - lee-in-jae`). */
describe('a chapter whose frontmatter YAML is malformed', () => {
  let site: TempSite;
  let line: number;

  beforeAll(() => {
    site = createTempSite({withGit: true});
    const file = path.join(site.dir, CHAPTER);
    const text = readFileSync(file, 'utf8').replace(/^(owners: \[.*\])$/m, '$1\n  - lee-in-jae');
    writeFileSync(file, text);
    line = text.split('\n').indexOf('  - lee-in-jae') + 1;
    expect(line).toBeGreaterThan(1);
  });
  afterAll(() => site?.remove());

  it('check reports it at its line in valid SARIF, goes on with the other files and exits 1', () => {
    const result = masterplan(site, 'check', '--site-dir', site.dir, '--format', 'sarif', '--skip', 'mermaid');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const sarif = JSON.parse(result.stdout) as {runs: {results: {ruleId: string; locations: {physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}}[]}[]}[]};
    const parse = sarif.runs[0]!.results.filter((finding) => finding.ruleId === 'parse');
    expect(parse.map((finding) => [finding.locations[0]!.physicalLocation.artifactLocation.uri, finding.locations[0]!.physicalLocation.region.startLine])).toContainEqual([CHAPTER, line]);
    expect(result.status).toBe(1);
  }, 60_000);

  it('status names the file and line, leaves the chapter out and reports the rest', () => {
    const table = masterplan(site, 'status');
    expect(table.stderr).toMatch(new RegExp(`^warning: ${CHAPTER}:${line}:\\d+ left out: Malformed YAML: `, 'm'));
    expect(table.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(masterplan(site, 'status', '--json').stdout) as {chapters: {path: string}[]; problems: {path: string; line: number}[]};
    expect(report.chapters.length).toBeGreaterThan(0);
    expect(report.chapters.map((chapter) => chapter.path)).not.toContain(CHAPTER);
    expect(report.problems).toContainEqual(expect.objectContaining({path: CHAPTER, line}));
  }, 60_000);

  it('new stops with the file and line instead of a stack trace, and writes nothing', () => {
    const result = masterplan(site, 'new', 'chapter', 'Tata kelola data pemerintah', '--owner', 'rini');
    expect(result.stderr).toMatch(new RegExp(`^error: ${CHAPTER}:${line}:\\d+: Malformed YAML: `, 'm'));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(1);
    expect(site.git('status', '--porcelain')).toBe(` M ${CHAPTER}\n`);
  }, 60_000);
});
