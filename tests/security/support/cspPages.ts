/** Pages and the server of the CSP browser test: a strict policy header on every response. */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** The policy under test: nothing inline, nothing evaluated, no style attributes, only same-origin files. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * Loaded first in <head>: records every CSP violation the page reports (a 'self' script, so the policy
 * allows it), before anything else can be blocked.
 */
export const MONITOR_JS = `
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
}, true);
`;

export function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8">
    <title>${title}</title>
    <script src="monitor.js"></script>
    ${head}
  </head>
  <body>
${body}
  </body>
</html>
`;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface CspServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 with the strict policy header on every response. */
export async function serveWithCsp(root: string, policy = STRICT_CSP): Promise<CspServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    const headers = { 'content-security-policy': policy, 'cache-control': 'no-store' };
    if (!file.startsWith(root + sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { ...headers, 'content-type': type }).end(body);
      },
      () => response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
