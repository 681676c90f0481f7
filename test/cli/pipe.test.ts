import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {createTempSite, type TempSite} from '../support/tempSite';
import {MASTERPLAN_BIN} from '../support/cli';

const CLI = MASTERPLAN_BIN;
const MIB = 1024 * 1024;

/** Runs the CLI with its stdout into a real pipe, read by this process as another program would, to the end. */
function throughPipe(args: string[], cwd: string): Promise<{code: number | null; stdout: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {cwd, stdio: ['ignore', 'pipe', 'inherit']});
    const chunks: Buffer[] = [];
    // A slow reader, as `| jq` or an upload step can be: the writer must wait for it, not exit.
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout: Buffer.concat(chunks).toString('utf8')}));
  });
}

/** A release in the news-portal layout whose lede is one very long paragraph. */
function longRelease(day: number, paragraphBytes: number): string {
  const words = 'Pemerintah Indonesia dan Korea memperkuat kerja sama e-government di bidang layanan publik. ';
  return [
    `Kerja sama e-government, bagian ${day}`,
    ':',
    `Oleh Irvina Falah, Rabu, ${day} Maret 2016 | 14:35 WIB - Redaktur: Irvina Falah - 429`,
    `JAKARTA- ${words.repeat(Math.ceil(paragraphBytes / words.length))}`,
    'Acara tersebut dihadiri Menteri PANRB. (HUMASMENPAN)',
    '',
  ].join('\n');
}

describe('output through a pipe', () => {
  let site: TempSite;
  let releases: string;

  beforeAll(() => {
    site = createTempSite();
    releases = mkdtempSync(path.join(tmpdir(), 'masterplan-long-releases-'));
    // Three releases just under the 2 MiB limit: over 5 MB of JSON in all.
    for (const day of [2, 3, 4]) writeFileSync(path.join(releases, `release-${day}.txt`), longRelease(day, 1.8 * MIB));
    // A page with thousands of findings: each is one SARIF result.
    writeFileSync(path.join(site.dir, 'docs/rencana-induk/banyak-temuan.md'), `---\ntitle: Banyak temuan\nchapter: 99\nstatus: draft\nowners: [rini]\n---\n\n${'Layanan e-goverment. '.repeat(20_000)}\n`);
  });
  afterAll(() => {
    site?.remove();
    if (releases) rmSync(releases, {recursive: true, force: true});
  });

  it('delivers import-press --json whole, over 5 MB', async () => {
    const {code, stdout} = await throughPipe(['import-press', releases, '--dry-run', '--json', '--out', path.join(site.dir, 'blog')], site.dir);
    expect(stdout.length).toBeGreaterThan(5 * MIB);
    const results = JSON.parse(stdout) as {ok: boolean}[];
    expect(results).toHaveLength(3);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(code).toBe(0);
  }, 120_000);

  it('delivers check --format sarif whole, over 5 MB, with the exit code of the findings', async () => {
    const {code, stdout} = await throughPipe(['check', '--site-dir', site.dir, '--format', 'sarif', path.join(site.dir, 'docs/rencana-induk/banyak-temuan.md')], site.dir);
    expect(stdout.length).toBeGreaterThan(5 * MIB);
    const sarif = JSON.parse(stdout) as {runs: {results: {ruleId: string}[]}[]};
    expect(sarif.runs[0]!.results.filter((result) => result.ruleId === 'terminology')).toHaveLength(20_000);
    expect(code).toBe(1);
  }, 120_000);
});
