#!/usr/bin/env node
// The static Storybook's docs pages as a visitor gets them (issue 16): every docs entry of
// storybook-static/index.json is opened in headless Chromium (scripts/chromium.mjs finds it), must
// render with no console error and no page error, and must pass axe (axe-core, WCAG 2.1 A/AA rules) on
// the docs page itself — not only on the stories inside it.
// `--screenshots` also writes stories/docs/screenshots/{introduction,goalbarchart}.png (1280 px wide),
// the pictures the README and the docs folder show.
// Usage: node scripts/check-storybook-docs.mjs [storybook-static] [--screenshots]
import { readFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const staticDir = resolve(ROOT, args.find((arg) => !arg.startsWith('--')) ?? 'storybook-static');
const screenshots = args.includes('--screenshots');
const SHOTS = { 'introduction--docs': 'introduction', 'charts-goalbarchart--docs': 'goalbarchart' };
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function serve(root) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // The browser asks for /favicon.ico by itself; Storybook ships favicon.svg.
    const name = path === '/' ? 'index.html' : path === '/favicon.ico' ? 'favicon.svg' : path;
    const file = normalize(join(root, name));
    if (!file.startsWith(root + sep)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');
if (docs.length === 0) {
  console.error(`check-storybook-docs: no docs entries in ${staticDir}/index.json`);
  process.exit(1);
}
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const server = await serve(staticDir);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions() });
const failures = [];
const started = Date.now();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const entry of docs) {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        errors.push(`console: ${message.text()} ${message.location().url ?? ''}`.trim());
      }
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${base}iframe.html?id=${entry.id}&viewMode=docs`, {
      waitUntil: 'domcontentloaded',
      timeout: 120_000,
    });
    // The docs root has content and every chart on it has drawn (no loading state left).
    await page.waitForSelector('#storybook-docs .sbdocs-content h1', { timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    await page.waitForTimeout(300);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await globalThis.axe.run(document.querySelector('#storybook-docs'), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map(
        (v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes[0]?.target.join(' ')}`,
      );
    });
    const problems = [...errors, ...violations.map((v) => `axe: ${v}`)];
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${entry.id}`);
    for (const problem of problems) console.log(`     ${problem}`);
    if (problems.length > 0) failures.push(entry.id);
    if (screenshots && SHOTS[entry.id]) {
      const dir = join(ROOT, 'stories/docs/screenshots');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `${SHOTS[entry.id]}.png`), fullPage: false });
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(`check-storybook-docs: ${failures.length} of ${docs.length} docs pages failed`);
  process.exit(1);
}
console.log(
  `check-storybook-docs: ${docs.length} docs pages load with no console error and pass axe (${seconds} s)`,
);
