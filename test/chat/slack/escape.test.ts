import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeAndTruncate, escapeSlack, safeHref, slackLink, truncateEscaped } from '../../../src/chat/slack/escape.js';

/** Every "&" in escaped output must start a whole entity. */
function entitiesIntact(text: string): boolean {
  return !/&(?!amp;|lt;|gt;)/.test(text) && !/[<>]/.test(text);
}

describe('escapeSlack', () => {
  it('turns control characters into entities so no mention or link can form', () => {
    expect(escapeSlack('<!channel> & <@U123|boss> <https://evil.example|click>')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U123|boss&gt; &lt;https://evil.example|click&gt;',
    );
  });

  it('makes bare @here/@channel/@everyone inert with a word joiner', () => {
    expect(escapeSlack('Alert @here and @Channel, @everyone')).toBe('Alert @\u2060here and @\u2060Channel, @\u2060everyone');
    expect(escapeSlack('mail@heresy.example')).toBe('mail@heresy.example');
  });
});

describe('escapeAndTruncate', () => {
  it('leaves short text whole', () => {
    expect(escapeAndTruncate('Italy & Germany', 100)).toBe('Italy &amp; Germany');
  });

  it('cuts before an entity rather than through it', () => {
    // "abc&amp;" is 8 characters; with max 8 the ellipsis needs one, so "&amp;" cannot fit.
    expect(escapeAndTruncate('abc&def', 8)).toBe('abc…');
  });

  it('never splits an emoji surrogate pair', () => {
    expect(escapeAndTruncate('🇮🇹🇮🇹🇮🇹', 4)).toBe('🇮…');
  });

  it('always stays within the limit and keeps entities whole (any input)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (text, max) => {
        const out = escapeAndTruncate(text, max);
        return out.length <= max && entitiesIntact(out.replace(/…$/, ''));
      }),
    );
  });
});

describe('truncateEscaped', () => {
  it('cuts mixed markup at an entity boundary', () => {
    const escaped = `*Italy* ${'&lt;'.repeat(10)}`;
    const out = truncateEscaped(escaped, 14);
    expect(out).toBe('*Italy* &lt;…');
  });
});

describe('slackLink', () => {
  it('links http(s) URLs with an escaped label', () => {
    expect(slackLink('https://news.example/a?x=1&y=2', 'A <b> & c')).toBe('<https://news.example/a?x=1&amp;y=2|A &lt;b&gt; &amp; c>');
  });

  it('encodes characters that would end the link early', () => {
    expect(safeHref('https://news.example/a|b>c')).toBe('https://news.example/a%7Cb%3Ec');
  });

  it('refuses other schemes and shows them as text', () => {
    expect(slackLink('javascript:alert(1)', 'x')).toBe('x');
    expect(slackLink('not a url', '')).toBe('not a url');
  });
});
