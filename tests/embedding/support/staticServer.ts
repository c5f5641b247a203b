/** A static file server on 127.0.0.1 (random free port) for the embedding tests. */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  /** Paths requested so far, in order (e.g. '/responses.csv'). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/**
 * Serves the files under `root`; anything else is a 404. `delays`: path → ms to wait before answering,
 * or a promise to wait for (the test releases the answer); `types`: path → the Content-Type to answer
 * with instead of the extension's.
 */
export async function serveStatic(
  root: string,
  delays: Readonly<Record<string, number | Promise<unknown>>> = {},
  types: Readonly<Record<string, string>> = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    const answer = () =>
      readFile(file).then(
        (body) => {
          const type = types[path] ?? TYPES[extname(file)] ?? 'application/octet-stream';
          response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
        },
        () => response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
      );
    const delay = delays[path] ?? 0;
    if (typeof delay === 'number') setTimeout(() => void answer(), delay).unref();
    else void delay.then(answer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
