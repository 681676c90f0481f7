/**
 * Browser code (components, swizzled theme components, pages) imports the
 * content model, never the Node side: src/toolkit and src/plugins may read
 * files, spawn git and pull in server-only packages. And of the content model
 * it imports only the zod-free modules, so the schema library stays out of the
 * client bundle (page weight has a budget).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';

import {globSync} from 'tinyglobby';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const BROWSER_FOLDERS = ['src/components', 'src/theme', 'src/pages'];

/** Module specifiers of every static or dynamic import and re-export in a TypeScript file. */
function importsOf(text: string): string[] {
  const pattern = /(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...text.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

/** The repository path an import points at, or undefined for a package. */
function resolved(fromFile: string, specifier: string): string | undefined {
  if (specifier.startsWith('@site/')) return specifier.slice('@site/'.length);
  if (specifier.startsWith('.')) return path.posix.join(path.posix.dirname(fromFile), specifier);
  return undefined;
}

/** The file an import of a src/content module resolves to (`.ts`, or `index.ts` of a folder). */
function contentFile(target: string): string {
  for (const candidate of [`${target}.ts`, `${target}/index.ts`, target]) {
    if (globSync(candidate, {cwd: ROOT}).length > 0) return candidate;
  }
  throw new Error(`cannot resolve ${target}`);
}

/** Whether a src/content module, or anything it imports, imports zod. */
function pullsInZod(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  return runtimeImportsOf(readFileSync(path.join(ROOT, file), 'utf8')).some((specifier) => {
    if (specifier === 'zod' || specifier.startsWith('zod/')) return true;
    const target = resolved(file, specifier);
    return target !== undefined && pullsInZod(contentFile(target), seen);
  });
}

/** Imports that reach the bundle: `import type` is erased at compile time. */
function runtimeImportsOf(text: string): string[] {
  return importsOf(text.replace(/^\s*(?:import|export)\s+type\s[^;]*;/gm, ''));
}

const browserFiles = BROWSER_FOLDERS.flatMap((folder) => globSync(`${folder}/**/*.{ts,tsx}`, {cwd: ROOT})).sort();

describe('browser code imports', () => {
  it('finds the browser files and their imports', () => {
    expect(browserFiles.length).toBeGreaterThan(20);
    expect(importsOf("import type {A} from '@site/src/content/status';\nimport x from '../y';")).toEqual(['@site/src/content/status', '../y']);
  });

  it('nothing from src/toolkit or src/plugins', () => {
    const offending = browserFiles.flatMap((file) =>
      importsOf(readFileSync(path.join(ROOT, file), 'utf8'))
        .filter((specifier) => /^src\/(toolkit|plugins)(\/|$)/.test(resolved(file, specifier) ?? ''))
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('only the zod-free modules of src/content (types aside, which are erased)', () => {
    const offending = browserFiles.flatMap((file) =>
      runtimeImportsOf(readFileSync(path.join(ROOT, file), 'utf8'))
        .filter((specifier) => (resolved(file, specifier) ?? '').startsWith('src/content'))
        .filter((specifier) => pullsInZod(contentFile(resolved(file, specifier)!)))
        .map((specifier) => `${file} imports ${specifier}, which pulls in zod`),
    );
    expect(offending).toEqual([]);
  });

  it('would catch a component importing the schemas', () => {
    expect(pullsInZod('src/content/index.ts')).toBe(true);
    expect(pullsInZod('src/content/levels.ts')).toBe(false);
    expect(runtimeImportsOf("import type {A} from 'zod';\nimport {b} from './c';")).toEqual(['./c']);
  });
});
