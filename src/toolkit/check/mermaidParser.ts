/**
 * Mermaid's own parser, in a worker thread. Parsing a diagram costs about
 * 6 ms, nearly all of it Mermaid copying its configuration, and a 10,000-page
 * plan has thousands of diagrams: in a thread of its own that work runs on the
 * second core while the main thread checks the other pages. Mermaid needs a
 * DOM, so the thread loads jsdom first; both load only when a page has a
 * diagram.
 */
import {createRequire} from 'node:module';
import {Worker} from 'node:worker_threads';

/** What Mermaid's parser says about a diagram it cannot read. */
export interface MermaidError {
  message?: string;
  hash?: {loc?: {first_line?: number; first_column?: number; last_line?: number; last_column?: number}};
}

/** Parses a diagram; resolves to undefined when it parses, to the parser's error when not. */
export type ParseDiagram = (text: string) => Promise<MermaidError | undefined>;

/**
 * The thread's code, as source: a file would have to be found next to the
 * compiled CLI, the TypeScript sources and the test runner alike; this runs
 * in all three. Diagrams are parsed one at a time (Mermaid keeps its
 * configuration in module state). The packages' paths come from the main thread.
 */
const WORKER_SOURCE = `
const {parentPort, workerData} = require('node:worker_threads');
const {pathToFileURL} = require('node:url');
const loading = (async () => {
  const {JSDOM} = require(workerData.jsdom);
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  globalThis.window = dom.window;
  globalThis.document = dom.window.document;
  const {default: mermaid} = await import(pathToFileURL(workerData.mermaid).href);
  mermaid.initialize({startOnLoad: false});
  return mermaid;
})();
let queue = Promise.resolve();
parentPort.on('message', ({id, text}) => {
  queue = queue.then(async () => {
    let mermaid;
    try {
      mermaid = await loading;
    } catch (error) {
      parentPort.postMessage({id, loadError: String(error && error.stack || error)});
      return;
    }
    try {
      await mermaid.parse(text);
      parentPort.postMessage({id});
    } catch (caught) {
      const loc = caught && caught.hash && caught.hash.loc;
      parentPort.postMessage({id, error: {message: String(caught && caught.message || caught), ...(loc ? {hash: {loc}} : {})}});
    }
  });
});
`;

interface Reply {
  id: number;
  error?: MermaidError;
  loadError?: string;
}

let parser: ParseDiagram | undefined;

/** The parser, started on first use and shared by the run (and later runs in the process). */
export function mermaidParser(): ParseDiagram {
  if (parser) return parser;
  // One-file build of the same version: it loads in 60 ms, the package's main entry (hundreds of chunks) in 400 ms.
  // Resolved from this file, as `require` does not exist in the compiled (ESM) CLI.
  const {resolve} = createRequire(import.meta.url);
  const worker = new Worker(WORKER_SOURCE, {eval: true, workerData: {jsdom: resolve('jsdom'), mermaid: resolve('mermaid/dist/mermaid.esm.min.mjs')}});
  const pending = new Map<number, {resolve: (error: MermaidError | undefined) => void; reject: (error: Error) => void}>();
  let nextId = 0;
  // The thread keeps the process alive only while a diagram is waiting for it.
  worker.unref();
  const settle = (id: number): void => {
    pending.delete(id);
    if (pending.size === 0) worker.unref();
  };
  worker.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    settle(reply.id);
    if (reply.loadError !== undefined) waiting.reject(new Error(`Cannot load Mermaid: ${reply.loadError}`));
    else waiting.resolve(reply.error);
  });
  worker.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    parser = undefined;
  });
  parser = (text) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      if (pending.size === 0) worker.ref();
      pending.set(id, {resolve, reject});
      worker.postMessage({id, text});
    });
  return parser;
}
