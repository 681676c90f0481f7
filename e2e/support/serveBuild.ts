import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';

import sirv from 'sirv';

import {BUILD_DIR} from './paths';

/** A static server over the production build, as a static host would serve it. */
export interface BuildServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

/** Serves build/ on a free loopback port. Headers come from `headers`, e.g. a CSP. */
export async function serveBuild(options: {dir?: string; headers?: Record<string, string>} = {}): Promise<BuildServer> {
  const serve = sirv(options.dir ?? BUILD_DIR, {
    dev: false,
    etag: true,
    setHeaders: (response) => {
      for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
    },
  });
  const server: Server = createServer((request, response) =>
    serve(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
