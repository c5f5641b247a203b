/**
 * The ESLint rules that keep code execution and raw HTML out of the library (eslint.config.js, block for
 * packages/*\/src) really fire: each bad snippet, linted as if it were a file of a package's src, must
 * report its rule; a clean snippet (ordinary SVG, event listeners, aria attributes) must report nothing.
 * `pnpm lint` then runs the same rules over the real sources.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(code: string, file = 'packages/x/src/bad.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const BAD: readonly (readonly [string, string, string])[] = [
  ['eval', 'export const f = (s: string) => eval(s);', 'no-eval'],
  ['indirect eval', 'export const f = (s: string) => globalThis.eval(s);', 'no-eval'],
  ['new Function', "export const f = new Function('a', 'return a');", 'no-new-func'],
  ['Function call', "export const f = Function('return 1');", 'no-new-func'],
  ['Function.apply', "export const f = Function.apply(null, ['return 1']);", 'no-new-func'],
  ['setTimeout with a string', "setTimeout('alert(1)', 10);", 'no-implied-eval'],
  ['javascript: URL', "export const u = 'javascript:alert(1)';", 'no-script-url'],
  ['innerHTML', "document.body.innerHTML = '<b>x</b>';", 'no-restricted-properties'],
  ['outerHTML', "document.body.outerHTML = '<b>x</b>';", 'no-restricted-properties'],
  [
    'insertAdjacentHTML',
    "document.body.insertAdjacentHTML('beforeend', '<b>x</b>');",
    'no-restricted-properties',
  ],
  [
    'createContextualFragment',
    "document.createRange().createContextualFragment('<b>x</b>');",
    'no-restricted-properties',
  ],
  ['srcdoc', "document.createElement('iframe').srcdoc = '<b>x</b>';", 'no-restricted-properties'],
  ['document.write', "document.write('<b>x</b>');", 'no-restricted-properties'],
  ['document.writeln', "document.writeln('<b>x</b>');", 'no-restricted-properties'],
  [
    'dangerouslySetInnerHTML (JSX)',
    "export const A = () => <div dangerouslySetInnerHTML={{ __html: '<b>x</b>' }} />;",
    'no-restricted-syntax',
  ],
  [
    'dangerouslySetInnerHTML (createElement)',
    "import { createElement } from 'react';\nexport const a = createElement('div', { dangerouslySetInnerHTML: { __html: 'x' } });",
    'no-restricted-syntax',
  ],
  [
    'JSX style attribute',
    "export const A = () => <rect style={{ fill: 'red' }} />;",
    'no-restricted-syntax',
  ],
  [
    "setAttribute('style')",
    "document.body.setAttribute('style', 'color: red');",
    'no-restricted-syntax',
  ],
  [
    "setAttribute('onclick')",
    "document.body.setAttribute('onclick', 'alert(1)');",
    'no-restricted-syntax',
  ],
  [
    "setAttributeNS(ns, 'style')",
    "document.body.setAttributeNS(null, 'STYLE', 'color: red');",
    'no-restricted-syntax',
  ],
  ['any', 'export const f = (x: any) => x;', '@typescript-eslint/no-explicit-any'],
];

describe('lint rules of the library sources', () => {
  // ESLint's first lint loads the plugins, the import resolver and the config: once, outside the cases.
  beforeAll(async () => {
    await ruleIds('export const warm = 1;\n');
  }, 60_000);

  it.each(BAD)('%s is reported', async (_, code, rule) => {
    expect(await ruleIds(code)).toContain(rule);
  });

  it('ordinary chart code passes', async () => {
    const code = [
      "import { useEffect, useRef } from 'react';",
      'export function Mark({ label }: { readonly label: string }) {',
      '  const ref = useRef<SVGRectElement>(null);',
      '  useEffect(() => {',
      "    ref.current?.setAttribute('aria-label', label);",
      "    ref.current?.setAttribute('data-one', 'online');",
      "    ref.current?.style.setProperty('opacity', '1');",
      '  }, [label]);',
      '  return (',
      '    <rect ref={ref} role="img" aria-label={label} fill="#005A8C" width={10} height={10}',
      '      onClick={() => undefined} />',
      '  );',
      '}',
    ].join('\n');
    expect(await ruleIds(code, 'packages/x/src/Mark.tsx')).toEqual([]);
  });

  it('applies to every package source, not only the charts', async () => {
    expect(await ruleIds("document.write('x');", 'packages/data/src/x.ts')).toContain(
      'no-restricted-properties',
    );
    expect(await ruleIds("document.write('x');", 'packages/cli/src/x.ts')).toContain(
      'no-restricted-properties',
    );
  });
});
