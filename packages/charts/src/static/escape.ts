/**
 * XML escaping for the standalone SVG documents. React already escapes every text and attribute value it
 * renders (& < > " ' as entities that XML also knows); these helpers cover what the static renderer adds
 * itself and the characters XML 1.0 forbids outright, which React passes through unchanged.
 */

/**
 * Characters not allowed anywhere in an XML 1.0 document: C0 controls other than tab, line feed and
 * carriage return, lone surrogates, and U+FFFE / U+FFFF. A single one makes the whole file unreadable.
 */
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces every character XML 1.0 forbids with U+FFFD (the replacement character). */
export function replaceInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '\uFFFD');
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text as XML character data or an attribute value (either quote style): & < > " ' become entities and
 * forbidden characters U+FFFD. The same escaping is safe in both places.
 */
export function escapeXml(text: string): string {
  return replaceInvalidXmlChars(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Decodes the entities of escaped XML text: the five named ones and numeric references. */
export function unescapeXml(text: string): string {
  const named: Readonly<Record<string, string>> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
  };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] !== '#') return named[body] ?? entity;
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
