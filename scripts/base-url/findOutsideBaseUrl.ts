import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

import {load} from 'cheerio';
import {globSync} from 'tinyglobby';

import {precacheListIn} from '../../src/plugins/offline-reading/precacheList';

/** A root-relative URL in the build that escapes the base URL: it would 404 on a host serving the site under a path. */
export interface OutsideBaseUrl {
  /** Built file, relative to the build folder. */
  file: string;
  url: string;
}

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'poster', 'action', 'data'];

function rootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** Root-relative URLs in one HTML or CSS text that do not start with `baseUrl`. */
export function findInText(text: string, kind: 'html' | 'css', baseUrl: string): string[] {
  const urls: string[] = [];
  if (kind === 'css') {
    for (const match of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) urls.push(match[1] ?? '');
  } else {
    const $ = load(text);
    for (const attribute of URL_ATTRIBUTES) {
      $(`[${attribute}]`).each((_index, element) => {
        const value = $(element).attr(attribute) ?? '';
        const candidates = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
        urls.push(...candidates);
      });
    }
  }
  return urls.filter((url) => rootRelative(url) && !url.startsWith(baseUrl));
}

/**
 * The files an offline reading worker keeps (its list is relative to the worker) that resolve outside
 * the base URL, or to no file of the build: the worker would fail to install, and nothing would be saved.
 */
export function findWorkerFilesOutside(buildDir: string, baseUrl: string): OutsideBaseUrl[] {
  const found: OutsideBaseUrl[] = [];
  for (const worker of globSync('**/sw.js', {cwd: buildDir, ignore: ['assets/**', 'pagefind/**']}).sort()) {
    const workerUrl = new URL(`${baseUrl}${worker}`, 'http://host');
    for (const entry of precacheListIn(readFileSync(path.join(buildDir, worker), 'utf8')) ?? []) {
      const {pathname} = new URL(entry.url, workerUrl);
      const file = path.join(buildDir, decodeURIComponent(pathname.slice(baseUrl.length)));
      if (!pathname.startsWith(baseUrl) || !existsSync(file)) found.push({file: worker, url: pathname});
    }
  }
  return found;
}

/** Every HTML page and stylesheet of a build, checked against the base URL it was built for. */
export function findOutsideBaseUrl(buildDir: string, baseUrl: string): OutsideBaseUrl[] {
  const found: OutsideBaseUrl[] = [];
  for (const file of globSync('**/*.{html,css}', {cwd: buildDir}).sort()) {
    const text = readFileSync(path.join(buildDir, file), 'utf8');
    for (const url of findInText(text, file.endsWith('.css') ? 'css' : 'html', baseUrl)) found.push({file, url});
  }
  return found;
}
