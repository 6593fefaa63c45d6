import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/model/alert.js';
import { SPEAKERS, STANCES, type Speaker, type Stance } from '../../src/model/taxonomy.js';
import { corroborationCount, decide, stanceOf, strongerClaimFirst, type Outcome, type SlotState } from '../../src/state/decide.js';

const NOW = '2025-09-10T12:00:00.000Z';
const DAYS = { older: '2025-09-03', same: '2025-09-04', newer: '2025-09-05' } as const;

let articleSeq = 0;
function incoming(stance: Stance, speaker: Speaker, day: string, confidence = 0.9) {
  const evidence: Evidence = {
    articleId: `a${++articleSeq}`,
    url: `https://example.test/${articleSeq}`,
    outlet: 'Example',
    published: day,
    title: 't',
    quote: `${speaker} says ${stance}`,
    speaker,
    stance,
    confidence,
  };
  return { country: 'DE', commitment: 'ground_troops' as const, evidence, day };
}

function settled(stance: Stance, speaker: Speaker, day: string = DAYS.same): SlotState {
  return decide(null, incoming(stance, speaker, day), { now: NOW }).next;
}

/** The rules restated as the product page words them, independently of decide.ts's rank. */
function expectedOutcome(cur: Stance, curSpeaker: Speaker, inStance: Stance, inSpeaker: Speaker, day: keyof typeof DAYS): Outcome {
  if (inStance === cur) return 'corroborated';
  if (cur !== 'undecided' && inStance === 'undecided') return 'kept_more_specific';
  if (cur === 'undecided' && inStance !== 'undecided') return 'changed';
  if (day === 'older') return 'kept_older';
  if (day === 'newer') return 'changed';
  if (curSpeaker === 'self' && inSpeaker === 'third_party') return 'kept_stronger_speaker';
  if (curSpeaker === 'third_party' && inSpeaker === 'self') return 'changed';
  // Same rank: an offer is the vaguer telling of a pledge, not a disagreement with it.
  if (cur === 'committed' && inStance === 'willing') return 'kept_more_specific';
  if (cur === 'willing' && inStance === 'committed') return 'changed';
  return 'disputed';
}

describe('decide: named cases from the product rules', () => {
  const cases: Array<{ name: string; current: SlotState | null; claim: ReturnType<typeof incoming>; outcome: Outcome; to: string | null }> = [
    { name: 'first-ever position is new', current: null, claim: incoming('willing', 'third_party', DAYS.same), outcome: 'new', to: 'willing' },
    {
      name: 'vaguer report after Meloni\'s "no troops" is corroboration',
      current: settled('declined', 'self'),
      claim: incoming('undecided', 'third_party', DAYS.newer),
      outcome: 'kept_more_specific',
      to: 'declined',
    },
    {
      name: 'vaguer report never overturns committed, even from the country itself and newer',
      current: settled('committed', 'third_party'),
      claim: incoming('undecided', 'self', DAYS.newer),
      outcome: 'kept_more_specific',
      to: 'committed',
    },
    {
      name: 'a definite report replaces undecided',
      current: settled('undecided', 'self', DAYS.newer),
      claim: incoming('committed', 'third_party', DAYS.older),
      outcome: 'changed',
      to: 'committed',
    },
    {
      name: 'the country itself outweighs Macron speaking for it (same day)',
      current: settled('willing', 'third_party'),
      claim: incoming('conditional', 'self', DAYS.same),
      outcome: 'changed',
      to: 'conditional',
    },
    {
      name: 'a third party the same day does not overturn the country itself',
      current: settled('conditional', 'self'),
      claim: incoming('willing', 'third_party', DAYS.same),
      outcome: 'kept_stronger_speaker',
      to: 'conditional',
    },
    {
      name: 'a newer report overturns an older statement, whoever makes it',
      current: settled('conditional', 'self'),
      claim: incoming('willing', 'third_party', DAYS.newer),
      outcome: 'changed',
      to: 'willing',
    },
    {
      name: 'an older statement by the country itself does not overturn a newer report',
      current: settled('willing', 'third_party', DAYS.newer),
      claim: incoming('declined', 'self', DAYS.older),
      outcome: 'kept_older',
      to: 'willing',
    },
    {
      name: 'an older article does not overturn a newer one',
      current: settled('committed', 'self', DAYS.newer),
      claim: incoming('declined', 'self', DAYS.older),
      outcome: 'kept_older',
      to: 'committed',
    },
    {
      name: 'a newer article of equal weight changes it',
      current: settled('committed', 'self', DAYS.same),
      claim: incoming('declined', 'self', DAYS.newer),
      outcome: 'changed',
      to: 'declined',
    },
    {
      name: 'same day, same weight, contradicting: disputed',
      current: settled('willing', 'third_party'),
      claim: incoming('declined', 'third_party', DAYS.same),
      outcome: 'disputed',
      to: 'disputed',
    },
    {
      name: 'repeating the same stance is corroboration',
      current: settled('opposed', 'self'),
      claim: incoming('opposed', 'self', DAYS.newer),
      outcome: 'corroborated',
      to: 'opposed',
    },
    {
      name: 'low confidence never moves a position',
      current: settled('willing', 'third_party'),
      claim: incoming('declined', 'self', DAYS.newer, 0.3),
      outcome: 'low_confidence',
      to: 'willing',
    },
    {
      name: 'low confidence does not even create one',
      current: null,
      claim: incoming('declined', 'self', DAYS.newer, 0.49),
      outcome: 'low_confidence',
      to: null,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const decision = decide(c.current, c.claim, { now: NOW });
      expect(decision.outcome).toBe(c.outcome);
      expect(decision.to).toBe(c.to);
      expect(decision.reason.length).toBeGreaterThan(10);
    });
  }
});

describe('decide: every stance pair x speaker pair x older/same/newer day', () => {
  for (const cur of STANCES) {
    for (const inStance of STANCES) {
      it(`${cur} <- ${inStance}`, () => {
        for (const curSpeaker of SPEAKERS) {
          for (const inSpeaker of SPEAKERS) {
            for (const day of ['older', 'same', 'newer'] as const) {
              const current = settled(cur, curSpeaker, DAYS.same);
              const decision = decide(current, incoming(inStance, inSpeaker, DAYS[day]), { now: NOW });
              const expected = expectedOutcome(cur, curSpeaker, inStance, inSpeaker, day);
              const label = `${cur}/${curSpeaker} <- ${inStance}/${inSpeaker}/${day}`;
              expect(decision.outcome, label).toBe(expected);
              const expectedTo = expected === 'changed' ? inStance : expected === 'disputed' ? 'disputed' : cur;
              expect(decision.to, label).toBe(expectedTo);
              expect(decision.alert, label).toBe(expected === 'changed' || expected === 'disputed' ? expected : null);
              expect(decision.next.counts[inStance], label).toBe((cur === inStance ? 1 : 0) + 1);
            }
          }
        }
      });
    }
  }
});

describe('decide: an offer and a pledge of the same moment', () => {
  it('is one position, the pledge, and stays so inside a dispute: the offer side gives way to the pledge', () => {
    const pledged = decide(settled('willing', 'third_party'), incoming('committed', 'third_party', DAYS.same), { now: NOW });
    expect([pledged.outcome, pledged.to, pledged.alert]).toEqual(['changed', 'committed', 'changed']);
    const disputed = decide(settled('willing', 'self'), incoming('conditional', 'self', DAYS.same), { now: NOW }).next;
    const joined = decide(disputed, incoming('committed', 'self', DAYS.same), { now: NOW });
    expect(joined.outcome).toBe('joined_dispute');
    expect(joined.next.sides.map((s) => s.stance).sort()).toEqual(['committed', 'conditional']);
    const offered = decide(joined.next, incoming('willing', 'self', DAYS.same), { now: NOW });
    expect(offered.outcome).toBe('kept_more_specific');
    expect(offered.next.sides.map((s) => s.stance).sort()).toEqual(['committed', 'conditional']);
  });

  it('is still a change on another day: an offer reported later follows the pledge, as any newer report does', () => {
    const later = decide(settled('committed', 'self'), incoming('willing', 'self', DAYS.newer), { now: NOW });
    expect([later.outcome, later.to]).toEqual(['changed', 'willing']);
  });
});

describe('decide: a disputed position', () => {
  const disputed = (): SlotState => decide(settled('willing', 'third_party'), incoming('conditional', 'third_party', DAYS.same), { now: NOW }).next;

  it('shows both sides', () => {
    const slot = disputed();
    expect(stanceOf(slot)).toBe('disputed');
    expect(slot.sides.map((s) => s.stance).sort()).toEqual(['conditional', 'willing']);
  });

  const cases: Array<[string, ReturnType<typeof incoming>, Outcome, string, string | null]> = [
    ['the country itself the same day resolves it', incoming('conditional', 'self', DAYS.same), 'resolved', 'conditional', 'resolved'],
    ['a later report resolves it, even agreeing with one side', incoming('willing', 'third_party', DAYS.newer), 'resolved', 'willing', 'resolved'],
    ['a later report with a third stance resolves it to that stance', incoming('declined', 'third_party', DAYS.newer), 'resolved', 'declined', 'resolved'],
    ['another same-moment report for one side corroborates', incoming('willing', 'third_party', DAYS.same), 'corroborated', 'disputed', null],
    ['a third same-moment stance joins the dispute quietly', incoming('declined', 'third_party', DAYS.same), 'joined_dispute', 'disputed', null],
    ['an older report for one side still corroborates it', incoming('willing', 'third_party', DAYS.older), 'corroborated', 'disputed', null],
    ['an older report of equal weight is kept in history', incoming('committed', 'third_party', DAYS.older), 'kept_older', 'disputed', null],
    ['the country itself from an older article does not settle it', incoming('committed', 'self', DAYS.older), 'kept_older', 'disputed', null],
    ['a vaguer report does not resolve it', incoming('undecided', 'self', DAYS.newer), 'kept_more_specific', 'disputed', null],
    ['a same-moment pledge joins the dispute quietly', incoming('committed', 'third_party', DAYS.same), 'joined_dispute', 'disputed', null],
  ];
  for (const [name, claim, outcome, to, alert] of cases) {
    it(name, () => {
      const decision = decide(disputed(), claim, { now: NOW });
      expect(decision.outcome).toBe(outcome);
      expect(decision.to).toBe(to);
      expect(decision.alert).toBe(alert);
    });
  }
});

describe('decide: backfill and corroboration counts', () => {
  it('backfill moves the position but raises no alert', () => {
    const decision = decide(settled('willing', 'third_party'), incoming('declined', 'self', DAYS.newer), { now: NOW, backfill: true });
    expect(decision.outcome).toBe('backfilled');
    expect(decision.change).toBe('changed');
    expect(decision.alert).toBeNull();
    expect(decision.to).toBe('declined');
    expect(decision.reason).toMatch(/backfill/);
  });

  it('backfill keeps quiet outcomes as they are', () => {
    const decision = decide(settled('declined', 'self'), incoming('undecided', 'third_party', DAYS.newer), { now: NOW, backfill: true });
    expect(decision.outcome).toBe('kept_more_specific');
  });

  it('counts the same stance plus vaguer reports behind a definite one, including low confidence', () => {
    let slot = settled('declined', 'self');
    for (const claim of [
      incoming('declined', 'self', DAYS.newer),
      incoming('undecided', 'third_party', DAYS.newer),
      incoming('declined', 'third_party', DAYS.older, 0.2),
      incoming('willing', 'third_party', DAYS.older),
    ]) {
      slot = decide(slot, claim, { now: NOW }).next;
    }
    expect(corroborationCount(slot)).toBe(4);
  });

  it('an undecided position counts only undecided reports', () => {
    const slot = decide(settled('undecided', 'third_party'), incoming('undecided', 'self', DAYS.newer), { now: NOW }).next;
    expect(corroborationCount(slot)).toBe(2);
  });
});

describe("strongerClaimFirst: which of an article's claims on one position speaks for it", () => {
  const c = (stance: Stance, speaker: Speaker, confidence = 0.9) => ({ stance, speaker, confidence });
  const strongest = (...claims: Array<ReturnType<typeof c>>) => [...claims].sort(strongerClaimFirst)[0];
  it.each([
    ['confident over unsure', [c('committed', 'self', 0.3), c('willing', 'third_party', 0.6)], c('willing', 'third_party', 0.6)],
    ['the country itself over a third party', [c('committed', 'third_party'), c('declined', 'self')], c('declined', 'self')],
    ['definite over undecided', [c('undecided', 'self'), c('willing', 'self')], c('willing', 'self')],
    ['more confident', [c('willing', 'self', 0.6), c('declined', 'self', 0.8)], c('declined', 'self', 0.8)],
    ['a condition qualifies a pledge of the same article', [c('committed', 'self'), c('conditional', 'self')], c('conditional', 'self')],
    ['and an offer', [c('conditional', 'third_party', 0.8), c('willing', 'third_party', 0.8)], c('conditional', 'third_party', 0.8)],
    ['nor a surer pledge', [c('conditional', 'self', 0.8), c('committed', 'self', 0.9)], c('committed', 'self', 0.9)],
    ['taxonomy order as the last resort', [c('declined', 'self'), c('committed', 'self')], c('committed', 'self')],
  ])('%s', (_name, claims, expected) => {
    expect(strongest(...claims)).toEqual(expected);
    expect(strongest(...[...claims].reverse())).toEqual(expected);
  });
});
