import {readFile, stat} from 'node:fs/promises';
import {createServer, type Server, type ServerResponse} from 'node:http';
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

/** A slow network, applied by the server to everything it sends (a browser's own throttling misses a service worker's requests). */
export interface NetworkThrottle {
  /** Added before each response starts. */
  latencyMs: number;
  /** Shared by all responses at once, as on one link. */
  bytesPerSecond: number;
}

/**
 * Lighthouse's "slow 4G" as its devtools throttling applies it: 150 ms RTT × 3.75
 * per request, 1.6 Mbit/s × 0.9 down (constants of Lighthouse 12's Lantern).
 */
export const SLOW_4G: NetworkThrottle = {latencyMs: 150 * 3.75, bytesPerSecond: (1.6 * 1024 * 0.9 * 1024) / 8};

/** A host that also says how many bytes it sent (compressed, as on the wire). */
export interface HostServer extends BuildServer {
  readonly bytesSent: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Serves build/ the way a production static host does, for Lighthouse: gzip
 * and a year's caching for content-hashed assets. The plain test server does
 * neither, and Lighthouse would then score the server, not the site.
 * It reads each file when asked, so a test can swap a deployment under it;
 * `throttle` slows it down to a given network.
 */
export async function serveLikeAHost(dir: string = BUILD_DIR, options: {throttle?: NetworkThrottle} = {}): Promise<HostServer> {
  const root = path.resolve(dir);
  const {throttle} = options;
  let bytesSent = 0;
  /** When the shared link is free again, for throttling. */
  let linkFreeAt = 0;
  async function send(response: ServerResponse, headers: Record<string, string>, body: Buffer): Promise<void> {
    bytesSent += body.length;
    if (!throttle) {
      response.writeHead(200, headers).end(body);
      return;
    }
    await sleep(throttle.latencyMs);
    response.writeHead(200, {...headers, 'Content-Length': String(body.length)});
    const CHUNK = 16 * 1024;
    for (let at = 0; at < body.length; at += CHUNK) {
      const chunk = body.subarray(at, at + CHUNK);
      linkFreeAt = Math.max(linkFreeAt, Date.now()) + (chunk.length / throttle.bytesPerSecond) * 1000;
      await sleep(linkFreeAt - Date.now());
      response.write(chunk);
    }
    response.end();
  }
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
      await send(response, headers, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get bytesSent() {
      return bytesSent;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
