import { describe, expect, it } from 'vitest';
import { renderAlertBlocks } from '../../../src/chat/slack/render-alert.js';
import { header } from '../../../src/chat/slack/block-kit.js';
import { SLACK_LIMITS } from '../../../src/chat/slack/escape.js';
import { alert, evidence } from './fixtures.js';

function allText(blocks: unknown[]): string {
  return JSON.stringify(blocks);
}

describe('renderAlertBlocks', () => {
  it('renders header, change, evidence and a context line with the time', () => {
    const message = renderAlertBlocks(alert());
    expect(message.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: '🇮🇹 Italy — ground troops', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Position changed:* ⚪ undecided → ⛔ declined _(confirmed)_', verbatim: true } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          verbatim: true,
          text:
            '>“Meloni confirmed Italy will not send troops to Ukraine.”\n' +
            '— Example News, 2025-09-04, <https://news.example/italy-troops|Meloni: no Italian troops in Ukraine> ' +
            '_(the government itself; ⛔ declined)_',
        },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'high confidence (90%) · said 2025-09-04, processed 2025-09-04 12:30 UTC', verbatim: true }] },
    ]);
    expect(message.text).toBe(
      'Italy — ground troops: undecided -&gt; declined [confirmed] ("Meloni confirmed Italy will not send troops to Ukraine.", Example News, 2025-09-04, https://news.example/italy-troops)',
    );
  });

  it('escapes a <!channel> or <@U…> in a headline, quote or outlet so nobody is pinged', () => {
    const hostile = alert({
      evidence: evidence({ title: 'Breaking <!channel> news', quote: 'Ping <@U0BOSS> and <!here>', outlet: 'Evil <!everyone> Times' }),
    });
    const { blocks, text } = renderAlertBlocks(hostile);
    const rendered = allText(blocks) + text;
    expect(rendered).not.toMatch(/<!(channel|here|everyone)/);
    expect(rendered).not.toContain('<@U0BOSS>');
    expect(rendered).toContain('Breaking &lt;!channel&gt; news');
    expect(rendered).toContain('Ping &lt;@U0BOSS&gt; and &lt;!here&gt;');
  });

  it('shows every side of a disputed alert', () => {
    const disputed = alert({
      type: 'disputed',
      to: 'disputed',
      contenders: [evidence({ stance: 'willing', outlet: 'Other Wire', quote: 'Italy is ready to send troops.' })],
    });
    const { blocks } = renderAlertBlocks(disputed);
    expect(blocks).toHaveLength(5);
    expect(allText(blocks)).toContain('Other Wire');
    expect(allText(blocks)).toContain('*Reports disagree:*');
  });

  it('keeps within Block Kit limits: 50 blocks, 3000-character sections, fallback under 40000', () => {
    const longQuote = '<&>'.repeat(5000);
    const many = alert({
      evidence: evidence({ quote: longQuote }),
      contenders: Array.from({ length: 80 }, (_, i) => evidence({ outlet: `Outlet ${i}`, quote: longQuote })),
    });
    const { blocks, text } = renderAlertBlocks(many);
    expect(blocks).toHaveLength(SLACK_LIMITS.blocks);
    expect(blocks.at(-1)?.type).toBe('context');
    expect(allText(blocks)).toContain('more not shown');
    for (const block of blocks) {
      if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
    expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });

  it('cuts a long header to 150 characters without breaking an entity', () => {
    const block = header('&'.repeat(200)) as { text: { text: string } };
    expect(block.text.text).toBe(`${'&amp;'.repeat(29)}…`);
    expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
  });
});
