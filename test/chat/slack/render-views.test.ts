import { describe, expect, it } from 'vitest';
import type { HistoryView, SubscriptionsView, TableView } from '../../../src/chat/core/index.js';
import { SLACK_LIMITS } from '../../../src/chat/slack/escape.js';
import { renderHistory, renderProblem, renderStatus, renderSubscriptions, slackTime } from '../../../src/chat/slack/render-views.js';
import type { Block } from '../../../src/chat/slack/block-kit.js';

const NOW = new Date('2025-09-05T08:00:00.000Z');

function sectionTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
}

describe('renderStatus (table)', () => {
  it('packs a table of 250 countries into section-sized chunks within 50 blocks', () => {
    const view: TableView = {
      kind: 'table',
      commitments: ['ground_troops', 'air'],
      rows: Array.from({ length: 250 }, (_, i) => ({
        country: { code: `C${i}`, name: `Country <${i}>`, flag: '' },
        cells: [
          { commitment: 'ground_troops', commitmentLabel: 'ground troops', stance: 'declined', emoji: '⛔' },
          { commitment: 'air', commitmentLabel: 'air', stance: 'willing', emoji: '🟢' },
        ],
      })),
    };
    const { blocks } = renderStatus(view, NOW);
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    const texts = sectionTexts(blocks);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    const joined = texts.join('\n');
    expect(joined).toContain('*Country &lt;0&gt;*  ⛔ ground troops · 🟢 air');
    expect(joined).toContain('*Country &lt;249&gt;*');
  });

  it('says so when nobody has a position yet', () => {
    const { blocks } = renderStatus({ kind: 'table', rows: [], commitments: [] }, NOW);
    expect(sectionTexts(blocks)).toEqual(['No country has a reported position yet.']);
  });
});

describe('renderHistory', () => {
  it('keeps 50 blocks for a long history and says how many were left out', () => {
    const entry = {
      at: '2025-09-04T10:00:00Z',
      date: '2025-09-04',
      kind: 'change' as const,
      commitment: 'ground_troops' as const,
      commitmentLabel: 'ground troops',
      from: 'undecided' as const,
      to: 'declined' as const,
      emoji: '⛔',
      line: 'Italy — ground troops: undecided -> declined',
      evidence: {
        quote: 'q',
        outlet: 'o',
        url: 'https://news.example/a',
        title: 't',
        date: '2025-09-04',
        speaker: 'self' as const,
        confidence: 0.9,
        confidenceText: 'high confidence (90%)',
        stance: 'declined' as const,
      },
    };
    const view: HistoryView = { country: { code: 'IT', name: 'Italy', flag: '🇮🇹' }, entries: Array(70).fill(entry), emptyText: '' };
    const { blocks } = renderHistory(view, NOW);
    expect(blocks).toHaveLength(SLACK_LIMITS.blocks);
    expect(sectionTexts(blocks).at(-1)).toBe('_…and 23 more not shown._');
    expect(blocks.at(-1)?.type).toBe('context');
    expect(sectionTexts(blocks)[0]).toContain('*2025-09-04* ⛔ Italy — ground troops: undecided -&gt; declined');
  });
});

describe('renderSubscriptions', () => {
  it('links real channel ids and escapes anything else', () => {
    const summary = (channelId: string) => ({ channelId, summary: 'all alerts' }) as SubscriptionsView['workspace'][number];
    const { blocks } = renderSubscriptions({ channel: null, workspace: [summary('C0AB12'), summary('<!channel>')] }, NOW);
    const joined = sectionTexts(blocks).join('\n');
    expect(joined).toContain('• <#C0AB12>: all alerts');
    expect(joined).toContain('• &lt;!channel&gt;: all alerts');
    expect(joined).toContain('This channel has no subscription.');
  });
});

describe('renderProblem', () => {
  it('escapes what the user typed when echoing it back', () => {
    expect(renderProblem('No country "<!here>"')).toEqual({
      text: 'No country "&lt;!here&gt;"',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: ':warning: No country "&lt;!here&gt;"', verbatim: true } }],
    });
  });
});

describe('slackTime', () => {
  it("shows the time in each reader's zone with a UTC fallback", () => {
    expect(slackTime(NOW)).toBe('<!date^1757059200^{date_short_pretty} at {time}|2025-09-05 08:00 UTC>');
  });
});
