import { embedLength } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertView, type TableView } from '../../../src/chat/core/index.js';
import { alertEmbed, alertMessage, packEmbeds, tableEmbeds } from '../../../src/chat/discord/embeds.js';
import { cut, escapeText, fitEscaped, LIMITS, maskedLink, safeUrl } from '../../../src/chat/discord/text.js';
import type { Alert, Evidence } from '../../../src/model/alert.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    articleId: 'a1',
    url: 'https://news.example.test/2025/09/05/germany',
    outlet: 'Deutsche Welle',
    published: '2025-09-05T08:30:00Z',
    title: 'Merz: Germany is in',
    quote: 'Chancellor Merz said Germany will contribute.',
    speaker: 'self',
    stance: 'committed',
    confidence: 0.92,
    ...overrides,
  };
}

function alert(overrides: Partial<Alert> = {}): Alert {
  return {
    id: 'alert-1',
    type: 'changed',
    country: 'DE',
    commitment: 'coalition',
    from: 'conditional',
    to: 'committed',
    evidence: evidence(),
    createdAt: '2025-09-05T09:00:00.000Z',
    ...overrides,
  };
}

/** True when the text ends in an escape backslash cut off from what it escaped. */
function endsInBrokenEscape(text: string): boolean {
  const body = text.endsWith('…') ? text.slice(0, -1) : text;
  const trailing = /\\+$/.exec(body)?.[0].length ?? 0;
  return trailing % 2 === 1;
}

describe('text limits', () => {
  it('cuts without splitting a surrogate pair', () => {
    const cutText = cut('😀'.repeat(10), 6);
    expect(cutText).toBe('😀😀…');
    expect(LONE_SURROGATE.test(cutText)).toBe(false);
  });

  it('escapes and cuts any text within the limit, never inside an escape or a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 2, max: 300 }), (text, limit) => {
        const fitted = fitEscaped(text, limit);
        expect(fitted.length).toBeLessThanOrEqual(limit);
        expect(LONE_SURROGATE.test(fitted)).toBe(false);
        expect(endsInBrokenEscape(fitted)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes markdown and defuses mentions in untrusted text', () => {
    expect(escapeText('**bold** @everyone <@123> [x](https://evil.test)')).toBe('\\*\\*bold\\*\\* @\u200beveryone <@\u200b123> \\[x](https://evil.test)');
  });

  it('only links http(s) URLs, with parentheses encoded', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
    expect(maskedLink('source', 'https://x.test/a_(b)')).toBe('[source](https://x.test/a_%28b%29)');
    expect(maskedLink('source', 'javascript:alert(1)')).toBe('source');
  });
});

describe('alert embed', () => {
  it('shows flag, country, commitment, from -> to, quote, outlet, link, date and confidence', () => {
    expect(alertMessage(alertView(alert()))).toEqual({
      embeds: [
        {
          author: { name: 'Position changed · confirmed' },
          title: '🇩🇪 Germany — coalition: conditional -> committed',
          url: 'https://news.example.test/2025/09/05/germany',
          description: '✅ “Chancellor Merz said Germany will contribute.”',
          color: 0x2e7d32,
          fields: [
            { name: 'Outlet', value: 'Deutsche Welle', inline: true },
            { name: 'Said', value: '2025-09-05', inline: true },
            { name: 'How sure', value: 'high confidence (92%); confirmed', inline: true },
            { name: 'Link', value: '[Merz: Germany is in](https://news.example.test/2025/09/05/germany)', inline: false },
          ],
          // When it was said first, when it was processed second.
          footer: { text: 'said 2025-09-05, processed 2025-09-05 09:00 UTC' },
          timestamp: '2025-09-05T09:00:00.000Z',
        },
      ],
      allowed_mentions: { parse: [] },
    });
  });

  it('stays within every Discord limit with huge, hostile evidence and many contenders', () => {
    const hostile = evidence({
      quote: `@everyone ${'**x** '.repeat(2000)}😀`,
      title: `@here ${'[t](u) '.repeat(500)}`,
      outlet: '_'.repeat(500),
    });
    const contenders = Array.from({ length: 40 }, () => hostile);
    const embed = alertEmbed(alertView(alert({ type: 'disputed', to: 'disputed', evidence: hostile, contenders })));
    expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(embed.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
    for (const field of embed.fields!) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(JSON.stringify(embed)).not.toMatch(/@(everyone|here)/);
    expect(embed.footer?.text).toMatch(/more not shown/);
  });

  it('leaves out a link Discord would reject instead of failing the post', () => {
    const embed = alertEmbed(alertView(alert({ evidence: evidence({ url: 'unknown' }) })));
    expect(embed.url).toBeUndefined();
    expect(embed.fields!.find((f) => f.name === 'Link')!.value).toBe('Merz: Germany is in');
  });
});

describe('status table', () => {
  it('pages a long table within description, embed and message limits', () => {
    const rows: TableView['rows'] = Array.from({ length: 200 }, (_, i) => ({
      country: { code: `C${i}`, name: `Country number ${i}`, flag: '🏳️' },
      cells: Array.from({ length: 11 }, () => ({
        commitment: 'coalition' as const,
        commitmentLabel: 'ceasefire monitoring',
        stance: 'willing' as const,
        emoji: '🟢',
      })),
    }));
    const embeds = tableEmbeds({ kind: 'table', rows, commitments: ['coalition'] });
    expect(embeds.length).toBeGreaterThan(1);
    for (const embed of embeds) expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(
      embeds
        .map((e) => e.description)
        .join('\n')
        .split('\n'),
    ).toHaveLength(200);
    const messages = packEmbeds(embeds);
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
      expect(message.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    }
    expect(embeds.at(-1)!.footer!.text).toBe(`Page ${embeds.length}/${embeds.length}`);
  });
});
