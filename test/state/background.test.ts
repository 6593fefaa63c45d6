import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import type { Claim } from '../../src/model/claim.js';
import { planArticle, type SlotState } from '../../src/state/index.js';

const NOW = new Date('2025-09-20T00:00:00Z');
const article = (id: string, published: string): Article => ({
  id,
  url: `https://news.example/${id}`,
  outlet: 'news.example',
  published,
  title: 't',
  body: '',
});
const claim = (stance: Claim['stance'], said?: string): Claim => ({
  country: 'PL',
  commitment: 'ground_troops',
  stance,
  evidence: 'e',
  speaker: 'self',
  confidence: 0.9,
  ...(said ? { said } : {}),
});

describe('background keeps its own time in the state', () => {
  it('an older statement retold today does not overturn a newer position', () => {
    const slots = new Map<string, SlotState>();
    const first = planArticle(article('a', '2025-06-10'), [claim('willing')], slots, { backfill: false, now: NOW });
    for (const [field, slot] of first.slots) slots.set(field, slot);
    const retold = planArticle(article('b', '2025-09-04'), [claim('declined', '2025-04')], slots, { backfill: false, now: NOW });
    expect(retold.decisions[0]).toMatchObject({ outcome: 'kept_older' });
    expect(retold.alerts).toEqual([]);
    const news = planArticle(article('c', '2025-09-04'), [claim('declined')], slots, { backfill: false, now: NOW });
    expect(news.alerts).toHaveLength(1);
  });
});
