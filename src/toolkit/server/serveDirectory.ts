import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';

import sirv from 'sirv';

/** A static server over a folder, listening on a loopback port. */
export interface DirectoryServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host would (sirv, production mode) on a
 * free port of 127.0.0.1, so a browser can load it without touching the network.
 */
export async function serveDirectory(dir: string, headers: Record<string, string> = {}): Promise<DirectoryServer> {
  const serve = sirv(dir, {
    dev: false,
    etag: true,
    setHeaders: (response) => {
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
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
