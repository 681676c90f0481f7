import {readFile, stat} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

import {BUILD_DIR} from './paths';
import type {BuildServer} from './serveBuild';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/** The file a URL path names: `/a/` is `/a/index.html`; `null` outside the folder or missing. */
async function fileFor(root: string, urlPath: string): Promise<string | null> {
  const file = path.join(root, decodeURIComponent(urlPath).replace(/\/$/, '/index.html'));
  if (!file.startsWith(root)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return fileFor(root, `${urlPath}/`);
  return info?.isFile() ? file : null;
}

/**
 * Serves build/ the way a production static host does, for Lighthouse: gzip
 * and a year's caching for content-hashed assets. The plain test server does
 * neither, and Lighthouse would then score the server, not the site.
 */
export async function serveLikeAHost(dir: string = BUILD_DIR): Promise<BuildServer> {
  const root = path.resolve(dir);
  const server: Server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://host').pathname;
    void fileFor(root, urlPath).then(async (file) => {
      if (!file) {
        response.writeHead(404, {'Content-Type': 'text/plain'}).end('Not found');
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      const headers: Record<string, string> = {'Content-Type': type};
      if (urlPath.startsWith('/assets/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      response.writeHead(200, headers).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
