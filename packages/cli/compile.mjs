/**
 * Compiles the `masterplan` CLI (src/toolkit/cli.ts and what it imports) to
 * plain JavaScript in dist/cli/, so a command starts without transpiling
 * TypeScript. Each command's code is its own chunk, loaded only when that
 * command runs. `npm install` compiles it (the repository's `prepare` script);
 * the launcher recompiles when a source file changed since, so an edit to the
 * toolkit is never run stale.
 *
 * Plain JavaScript, not TypeScript: it runs before anything can be transpiled.
 */
import {mkdir, readdir, rename, rm, stat, writeFile} from 'node:fs/promises';
import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT_DIR = path.join(REPO_DIR, 'dist', 'cli');
const ENTRY = path.join(REPO_DIR, 'src', 'toolkit', 'cli.ts');
const ENTRY_OUT = 'cli.mjs';
/** The source files the last compile read, and the newest of their modification times. */
const INPUTS_FILE = 'inputs.json';

/** esbuild options; `outdir` is where this compile writes. */
function buildOptions(outdir) {
  return {
    absWorkingDir: REPO_DIR,
    entryPoints: {cli: ENTRY},
    outdir,
    bundle: true,
    // Dependencies stay in node_modules, imported as they are; only our own files are compiled.
    packages: 'external',
    platform: 'node',
    target: 'node20.19',
    format: 'esm',
    // ESM so each dynamically imported module becomes a chunk: `--help` loads no command's library.
    splitting: true,
    outExtension: {'.js': '.mjs'},
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
    write: false,
  };
}

/** The compiled entry as a file URL to import, compiling first when it is missing or older than its sources. */
export async function compiledCli() {
  if (!isCurrent()) await compileCli({fresh: false});
  return pathToFileURL(path.join(OUT_DIR, ENTRY_OUT)).href;
}

/** True when dist/cli/ exists and no source file it was compiled from changed since. */
function isCurrent() {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(path.join(OUT_DIR, INPUTS_FILE), 'utf8'));
  } catch {
    return false;
  }
  for (const input of recorded.inputs) {
    try {
      if (statSync(path.join(REPO_DIR, input)).mtimeMs > recorded.newestMtimeMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Compiles. `fresh` (the install) writes a new folder and swaps it in, dropping
 * old chunks; otherwise (a launcher that found sources changed) files are
 * written one by one, each atomically, next to the old ones, because another
 * `masterplan` may be running from this folder at the same moment. Chunk names
 * carry a content hash, so a running process never sees a chunk change under it.
 */
export async function compileCli({fresh}) {
  const {build} = await import('esbuild');
  const outdir = fresh ? `${OUT_DIR}.tmp-${process.pid}` : OUT_DIR;
  const result = await build(buildOptions(outdir));
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules'));
  let newestMtimeMs = 0;
  for (const input of inputs) newestMtimeMs = Math.max(newestMtimeMs, (await stat(path.join(REPO_DIR, input))).mtimeMs);
  const files = [...result.outputFiles.map((file) => ({path: file.path, contents: file.contents}))];
  // The entry and the inputs record last: until they are written, a reader keeps using the old, complete set.
  files.sort((a, b) => rank(a.path) - rank(b.path));
  files.push({path: path.join(outdir, INPUTS_FILE), contents: `${JSON.stringify({newestMtimeMs, inputs}, null, 1)}\n`});
  for (const file of files) await writeAtomically(file.path, file.contents);
  if (fresh) await swapIn(outdir);
}

function rank(file) {
  return path.basename(file).startsWith(ENTRY_OUT) ? 1 : 0;
}

async function writeAtomically(file, contents) {
  await mkdir(path.dirname(file), {recursive: true});
  const temporary = `${file}.tmp-${process.pid}`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}

async function swapIn(newDir) {
  const oldDir = `${OUT_DIR}.old-${process.pid}`;
  await rename(OUT_DIR, oldDir).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(newDir, OUT_DIR);
  await rm(oldDir, {recursive: true, force: true});
  // Leftovers of compiles that were interrupted (their process is gone).
  for (const entry of await readdir(path.dirname(OUT_DIR))) {
    const pid = /^cli\.(?:tmp|old)-(\d+)$/.exec(entry)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) await rm(path.join(path.dirname(OUT_DIR), entry), {recursive: true, force: true});
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  compileCli({fresh: true}).catch((error) => {
    console.error(`Could not compile the masterplan CLI: ${error.message}`);
    process.exitCode = 1;
  });
}
