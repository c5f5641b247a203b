/**
 * Shared fast-check generators for the property tests: hostile and odd texts, odd values, and ids that
 * collide with Object.prototype. Every property runs with a fixed seed (SEED) and a modest numRuns, so a
 * failure reproduces exactly and the suite stays fast.
 */
import fc from 'fast-check';
import type { Locale } from '@yhdyspinta/data';

/** One seed for every property: a failure message names the run, and re-running reproduces it. */
export const SEED = 20_260_707;

/** fast-check parameters: seeded, `numRuns` runs (default 60). */
export function runs(numRuns = 60): fc.Parameters<unknown> {
  return { seed: SEED, numRuns };
}

/** Markup, script and URL payloads a label might carry into someone else's page. */
export const HOSTILE_MARKUP: readonly string[] = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</title><script>alert(1)</script>',
  '</desc></svg><script>alert(1)</script>',
  ']]><!-- <![CDATA[ x ]]> -->',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>&e;',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  'Sote &amp; pelastus &lt;b&gt; &#60;i&#62; &nbsp;',
  '<style>*{display:none}</style><foreignObject>x</foreignObject>',
  '<a href="javascript:alert(1)" style="x:expression(alert(1))">link</a>',
];

/** Texts that are valid but hard to lay out: emoji, right-to-left, combining marks, odd spaces. */
export const ODD_TEXT: readonly string[] = [
  'Hyvinvointi 👩‍⚕️🚒🏳️‍🌈 ÅÄÖ åäö',
  'مرحبا بالعالم — التعاون بين البلدية والمنطقة',
  'שלום עולם: שיתוף פעולה',
  'Right-to-left override \u202Eevil.exe\u202C end',
  'Zalgo z̸̢̛a̴͍͝l̵̲̈g̷̱͑o̶̠͋',
  'no\u00A0break\u202Fthin and zero\u200Bwidth\u200Djoiner',
  'line\u2028separator\u2029paragraph',
  'Kirkkonummi / Kyrkslätt – Sjundeå – Hangö',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝕒𝕤𝕥𝕣𝕒𝕝 𝟙𝟚𝟛',
  '\t tabs \t and   many    spaces \t',
];

/** 10 000 characters: one unbroken word, and ordinary words. */
export const LONG_WORD = 'Hyvinvointialue'.repeat(667).slice(0, 10_000);
export const LONG_TEXT = 'yhteistyö ja palvelut '.repeat(455).slice(0, 10_000);

/** Ids that are also property names of every object: they must not read inherited values. */
export const PROTO_IDS: readonly string[] = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

/** A label from any of the lists above, an arbitrary printable string, or a full-Unicode string. */
export const label: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_MARKUP) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 1, arbitrary: fc.constantFrom(LONG_WORD, LONG_TEXT) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
);

/** Labels as above plus labels a validator must refuse: empty, blank and non-strings. */
export const anyLabel: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: label },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '\n\t') },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 42, true, {}, []) },
);

/** Ids: short unique-ish strings, hostile text, prototype names; duplicates come from the small pool. */
export const id: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h') },
  { weight: 2, arbitrary: fc.constantFrom(...PROTO_IDS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_MARKUP.slice(0, 3)) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
);

/** Numbers a chart may be handed: on the scale, off it, non-finite, and non-numbers. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 1, max: 5, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 5 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -1,
      0,
      0.999,
      5.0001,
      6,
      1e308,
      -0,
    ),
  },
  { weight: 1, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, '3', '2,7', '', 'NaN', true, {}, []) },
);

/** Valid values of a 1–5 mean (or no data). */
export const score: fc.Arbitrary<number | null> = fc.oneof(
  { weight: 5, arbitrary: fc.double({ min: 1, max: 5, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
);

export const locale: fc.Arbitrary<Locale> = fc.constantFrom('fi', 'sv', 'en');

/** Widths and heights a page may pass: ordinary, tiny, huge, and nonsense. */
export const size: fc.Arbitrary<number | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 200, max: 1600 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      undefined,
      0,
      1,
      -100,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      12_000,
      0.5,
    ),
  },
);

/** Pick a few items of a list of any length (including 0). */
export function listOf<T>(item: fc.Arbitrary<T>, maxLength = 12): fc.Arbitrary<T[]> {
  return fc.array(item, { maxLength });
}

/** Is `text` free of the characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF)? */
export function isXmlSafe(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
    text,
  );
}
