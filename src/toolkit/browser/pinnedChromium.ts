/**
 * The Chromium every build and test drives: the one shipped inside the npm
 * package `@sparticuz/chromium`, so its version is fixed by package-lock.json
 * and not by whatever the operating system serves that day (Debian's Chromium
 * 156 writes every PDF bookmark title twice; see issue 13).
 *
 * The package holds the browser as Brotli archives. It is unpacked once into a
 * folder named by the package version, in the user's cache
 * (`~/.cache/masterplan/chromium-<version>`), atomically: into a temporary
 * folder, then renamed, so two first uses at once never run a half-written
 * file. The package's own `executablePath()` is not used: it reuses
 * `/tmp/chromium` whatever its version and has no such guard.
 */
import {randomBytes} from 'node:crypto';
import {createReadStream, createWriteStream, existsSync, readFileSync, statSync} from 'node:fs';
import {chmod, mkdir, rename, rm, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {homedir} from 'node:os';
import path from 'node:path';
import {pipeline} from 'node:stream/promises';
import {createBrotliDecompress} from 'node:zlib';

import {extract} from 'tar-fs';

/** The package that ships the pinned browser. */
export const PINNED_CHROMIUM_PACKAGE = '@sparticuz/chromium';

/**
 * The browser version inside {@link PINNED_CHROMIUM_PACKAGE} as locked today.
 * A test launches the browser and compares; update it (and the README) when
 * the package is upgraded.
 */
export const PINNED_CHROMIUM_VERSION = '153.0.8010.0';

/** Where the package's archives are, or `null` when it is not installed or not built for this machine. */
function pinnedPackage(): {dir: string; version: string} | null {
  // The browser inside is built for Linux on x86-64 only.
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  try {
    const entry = createRequire(import.meta.url).resolve(PINNED_CHROMIUM_PACKAGE);
    const dir = path.resolve(path.dirname(entry), '..');
    if (!existsSync(path.join(dir, 'bin', 'chromium.br'))) return null;
    const {version} = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {version: string};
    return {dir, version};
  } catch {
    return null;
  }
}

/** The user's cache folder for unpacked browsers; `MASTERPLAN_BROWSER_CACHE` overrides it. */
function cacheRoot(env: NodeJS.ProcessEnv): string {
  if (env.MASTERPLAN_BROWSER_CACHE) return path.resolve(env.MASTERPLAN_BROWSER_CACHE);
  return path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'masterplan');
}

/** Which browser a run would drive, decided without touching the disk beyond a few `stat`s. */
export type ChromiumChoice =
  | {kind: 'CHROME_PATH'; executablePath: string}
  | {kind: 'pinned'; packageDir: string; packageVersion: string; installDir: string}
  | {kind: 'none'; reason: string};

/**
 * `CHROME_PATH` when set (people who bring their own browser), otherwise the
 * pinned browser. There is no fallback to a browser found on the system: a
 * build must not change with what the machine happens to have installed.
 */
export function chooseChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  if (env.CHROME_PATH) {
    return existsSync(env.CHROME_PATH)
      ? {kind: 'CHROME_PATH', executablePath: env.CHROME_PATH}
      : {kind: 'none', reason: `CHROME_PATH is set to ${env.CHROME_PATH}, which does not exist. Unset it to use the pinned Chromium, or point it at a Chromium or Chrome executable.`};
  }
  const pinned = pinnedPackage();
  if (!pinned) {
    return {
      kind: 'none',
      reason:
        process.platform === 'linux' && process.arch === 'x64'
          ? `The pinned Chromium (${PINNED_CHROMIUM_PACKAGE}) is not installed. Run \`npm install\`, or set CHROME_PATH to a Chromium or Chrome executable.`
          : `The pinned Chromium (${PINNED_CHROMIUM_PACKAGE}) runs on Linux x86-64 only; on ${process.platform}-${process.arch} set CHROME_PATH to a Chromium or Chrome executable.`,
    };
  }
  return {kind: 'pinned', packageDir: pinned.dir, packageVersion: pinned.version, installDir: path.join(cacheRoot(env), `chromium-${pinned.version}`)};
}

/**
 * Which browser draws, for the keys of cached products it made (PDFs, diagrams):
 * the pinned package's version, or for a browser the user brings its path, size
 * and time, standing in for a version.
 */
export function chromiumIdentity(choice: ChromiumChoice = chooseChromium()): string {
  if (choice.kind === 'pinned') return `pinned ${choice.packageVersion}`;
  if (choice.kind === 'none') return 'none';
  const file = statSync(choice.executablePath);
  return `CHROME_PATH ${choice.executablePath} ${file.size} ${file.mtimeMs}`;
}

/** The script that starts the unpacked browser with its own libraries and fonts (and nothing of the system's). */
const LAUNCHER = 'chromium-launcher';

function launcherScript(installDir: string): string {
  const quoted = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
  // LD_LIBRARY_PATH only for the browser process (and the processes it starts): NSS and expat from the
  // package, so the browser does not depend on the system's libnss3. FONTCONFIG_FILE: only the package's
  // fonts, so text falls back to the same face on every machine.
  return `#!/bin/sh
export LD_LIBRARY_PATH=${quoted(path.join(installDir, 'lib'))}\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}
export FONTCONFIG_FILE=${quoted(path.join(installDir, 'fonts.conf'))}
exec ${quoted(path.join(installDir, 'chromium'))} "$@"
`;
}

function fontsConfig(installDir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${path.join(installDir, 'fonts')}</dir>
  <cachedir>${path.join(installDir, 'fonts-cache')}</cachedir>
</fontconfig>
`;
}

async function unbrotli(archive: string, target: string, asTar: boolean): Promise<void> {
  await pipeline(createReadStream(archive), createBrotliDecompress({chunkSize: 2 ** 21}), asTar ? extract(target) : createWriteStream(target, {mode: 0o755}));
}

/** Unpacks the package into `installDir` through a temporary sibling folder and one rename. */
async function unpack(packageDir: string, installDir: string): Promise<void> {
  const bin = path.join(packageDir, 'bin');
  const temporary = `${installDir}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  await mkdir(temporary, {recursive: true});
  try {
    await Promise.all([
      unbrotli(path.join(bin, 'chromium.br'), path.join(temporary, 'chromium'), false),
      // libnss3, libnspr4, libexpat and friends, in lib/.
      unbrotli(path.join(bin, 'al2023.tar.br'), temporary, true),
      // ANGLE/SwiftShader's GL libraries, which Chromium looks for beside its executable.
      unbrotli(path.join(bin, 'swiftshader.tar.br'), temporary, true),
      // The package's fonts, in fonts/.
      unbrotli(path.join(bin, 'fonts.tar.br'), temporary, true),
    ]);
    await chmod(path.join(temporary, 'chromium'), 0o755);
    // The package's fonts.conf points at /tmp/fonts; ours points at this folder.
    await writeFile(path.join(temporary, 'fonts.conf'), fontsConfig(installDir));
    await writeFile(path.join(temporary, LAUNCHER), launcherScript(installDir), {mode: 0o755});
    try {
      await rename(temporary, installDir);
    } catch (error) {
      // Another process finished first: its folder is as good as ours.
      if (!existsSync(path.join(installDir, LAUNCHER))) throw error;
    }
  } finally {
    await rm(temporary, {recursive: true, force: true});
  }
}

/** Raised when no browser can be had; the message says what to do. */
export class ChromiumNotFoundError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ChromiumNotFoundError';
  }
}

const unpacking = new Map<string, Promise<void>>();

/**
 * The executable to launch: `CHROME_PATH`, or the pinned browser's launcher,
 * unpacked first if this is its first use on the machine (about 2 s).
 * Throws {@link ChromiumNotFoundError} when neither exists; it never downloads a browser.
 */
export async function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const choice = chooseChromium(env);
  if (choice.kind === 'none') throw new ChromiumNotFoundError(choice.reason);
  if (choice.kind === 'CHROME_PATH') return choice.executablePath;
  const launcher = path.join(choice.installDir, LAUNCHER);
  if (!existsSync(launcher)) {
    let pending = unpacking.get(choice.installDir);
    if (!pending) {
      pending = mkdir(path.dirname(choice.installDir), {recursive: true}).then(() => unpack(choice.packageDir, choice.installDir));
      unpacking.set(choice.installDir, pending);
      pending.finally(() => unpacking.delete(choice.installDir)).catch(() => undefined);
    }
    try {
      await pending;
    } catch (error) {
      throw new ChromiumNotFoundError(
        `Could not unpack the pinned Chromium into ${choice.installDir}: ${error instanceof Error ? error.message : String(error)}. Check that the folder is writable (MASTERPLAN_BROWSER_CACHE sets another), or set CHROME_PATH.`,
      );
    }
  }
  return launcher;
}
