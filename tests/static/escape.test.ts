import { describe, expect, it } from 'vitest';
import { escapeXml, replaceInvalidXmlChars, unescapeXml } from '@yhdyspinta/charts/static';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });

  it('escapes an already escaped entity again, so it prints as written', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('keeps tabs, line breaks, non-ASCII letters and emoji', () => {
    expect(escapeXml('Väestö\tå\n👩‍⚕️\r')).toBe('Väestö\tå\n👩‍⚕️\r');
  });
});

describe('replaceInvalidXmlChars', () => {
  it('replaces C0 controls, lone surrogates and U+FFFE/U+FFFF with U+FFFD', () => {
    expect(replaceInvalidXmlChars('a\u0000b\u0001c\u000Bd\u001Fe')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe',
    );
    expect(replaceInvalidXmlChars('x\uD800y\uDC00z\uFFFE\uFFFF')).toBe(
      'x\uFFFDy\uFFFDz\uFFFD\uFFFD',
    );
  });

  it('keeps surrogate pairs (emoji) intact', () => {
    expect(replaceInvalidXmlChars('🙂 \uD83D\uDE42')).toBe('🙂 🙂');
  });
});

describe('unescapeXml', () => {
  it('decodes named and numeric entities (as React writes them) and reverses escapeXml', () => {
    expect(unescapeXml('&lt;a&gt; &amp;amp; &quot;x&quot; &#x27;y&apos; &#229;&#xE4;')).toBe(
      `<a> &amp; "x" 'y' åä`,
    );
    const hostile = `<script>alert("1")</script> & 'x' 👩‍⚕️`;
    expect(unescapeXml(escapeXml(hostile))).toBe(hostile);
  });

  it('leaves unknown entities as written', () => {
    expect(unescapeXml('&nbsp; &#xFFFFFFF;')).toBe('&nbsp; &#xFFFFFFF;');
  });
});
