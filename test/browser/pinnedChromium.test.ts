import {existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterAll, describe, expect, it} from 'vitest';

import {chooseChromium, chromiumExecutable, ChromiumNotFoundError} from '../../src/toolkit/browser/pinnedChromium';

const onPinnedPlatform = process.platform === 'linux' && process.arch === 'x64';

describe('chooseChromium', () => {
  it('takes CHROME_PATH first, for people who bring their own browser', () => {
    expect(chooseChromium({CHROME_PATH: process.execPath})).toEqual({kind: 'CHROME_PATH', executablePath: process.execPath});
  });

  it('says what to do when CHROME_PATH points at nothing, instead of falling back to another browser', () => {
    const choice = chooseChromium({CHROME_PATH: '/nonexistent/chromium'});
    expect(choice).toEqual({
      kind: 'none',
      reason: 'CHROME_PATH is set to /nonexistent/chromium, which does not exist. Unset it to use the pinned Chromium, or point it at a Chromium or Chrome executable.',
    });
  });

  it.runIf(onPinnedPlatform)('otherwise uses the pinned package, unpacked into a folder named by its version', () => {
    const choice = chooseChromium({MASTERPLAN_BROWSER_CACHE: '/cache'});
    expect(choice).toMatchObject({kind: 'pinned', packageVersion: '153.0.0', installDir: '/cache/chromium-153.0.0'});
  });

  it.runIf(onPinnedPlatform)('keeps unpacked browsers in the user cache by default', () => {
    expect(chooseChromium({XDG_CACHE_HOME: '/home/u/.cache'})).toMatchObject({installDir: '/home/u/.cache/masterplan/chromium-153.0.0'});
  });
});

describe.runIf(onPinnedPlatform)('chromiumExecutable', () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'masterplan-browser-cache-'));
  afterAll(() => rmSync(cache, {recursive: true, force: true}));

  it('unpacks once, completely, when two first uses race', async () => {
    const raceCache = path.join(cache, 'race');
    const env = {MASTERPLAN_BROWSER_CACHE: raceCache};
    const [first, second] = await Promise.all([chromiumExecutable(env), chromiumExecutable(env)]);
    expect(first).toBe(path.join(raceCache, 'chromium-153.0.0', 'chromium-launcher'));
    expect(second).toBe(first);
    // One folder, no half-written leftovers beside it.
    expect(readdirSync(raceCache)).toEqual(['chromium-153.0.0']);
    const installed = path.join(raceCache, 'chromium-153.0.0');
    expect(statSync(path.join(installed, 'chromium')).mode & 0o111).not.toBe(0);
    // The browser's own NSS libraries and fonts, so it does not depend on the system's.
    expect(existsSync(path.join(installed, 'lib', 'libnss3.so'))).toBe(true);
    expect(readdirSync(path.join(installed, 'fonts')).length).toBeGreaterThan(0);
  });

  it('fails with a message saying what to do when the cache cannot be written', async () => {
    // A cache folder under a file can never be created.
    const aFile = path.join(cache, 'a-file');
    writeFileSync(aFile, '');
    const underAFile = path.join(aFile, 'cache');
    const error = await chromiumExecutable({MASTERPLAN_BROWSER_CACHE: underAFile}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChromiumNotFoundError);
    expect((error as Error).message).toMatch(/^Could not unpack the pinned Chromium into .*\/a-file\/cache\/chromium-153\.0\.0: ENOTDIR.*MASTERPLAN_BROWSER_CACHE sets another\), or set CHROME_PATH\.$/);
  });
});
