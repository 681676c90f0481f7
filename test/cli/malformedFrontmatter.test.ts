import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {createTempSite, type TempSite} from '../support/tempSite';
import {MASTERPLAN_BIN} from '../support/cli';

const CLI = MASTERPLAN_BIN;
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
    // Enough of a build for the PDF to go on to read the chapters (ignored by git: it is not the site's content).
    mkdirSync(path.join(site.dir, 'scratch-build'));
    writeFileSync(path.join(site.dir, 'scratch-build', 'index.html'), '<!doctype html><title>build</title>');
    writeFileSync(path.join(site.dir, '.git', 'info', 'exclude'), 'scratch-build/\n');
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
    expect(table.stderr).toMatch(new RegExp(`^error: ${CHAPTER}:${line}:\\d+ left out: Malformed YAML: `, 'm'));
    expect(table.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(masterplan(site, 'status', '--json').stdout) as {chapters: {path: string}[]; problems: {path: string; line: number}[]};
    expect(report.chapters.length).toBeGreaterThan(0);
    expect(report.chapters.map((chapter) => chapter.path)).not.toContain(CHAPTER);
    expect(report.problems).toContainEqual(expect.objectContaining({path: CHAPTER, line}));
  }, 60_000);

  it.each([
    ['codeowners', ['codeowners']],
    ['codeowners --check', ['codeowners', '--check']],
    ['codeowners --write', ['codeowners', '--write']],
    ['edition', ['edition', '2030-2034']],
    ['pdf', ['pdf', '--build-dir', 'scratch-build']],
  ])('%s stops with the file and line, exits 1 and writes nothing', (_name, args) => {
    const result = masterplan(site, ...args);
    expect(result.stderr).toMatch(new RegExp(`${CHAPTER}:${line}:\\d+`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(1);
    expect(site.git('status', '--porcelain')).toBe(` M ${CHAPTER}\n`);
  }, 60_000);

  it('new stops with the file and line instead of a stack trace, and writes nothing', () => {
    const result = masterplan(site, 'new', 'chapter', 'Tata kelola data pemerintah', '--owner', 'rini');
    expect(result.stderr).toMatch(new RegExp(`^error: ${CHAPTER}:${line}:\\d+: Malformed YAML: `, 'm'));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(1);
    expect(site.git('status', '--porcelain')).toBe(` M ${CHAPTER}\n`);
  }, 60_000);
});
