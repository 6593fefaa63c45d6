import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import { articleOf } from './helpers.js';

/** The confidence each kind of reading carries (docs/extraction.md, "Calibrated confidence"). */
function confidences(body: string, title?: string): string[] {
  return extractClaims(articleOf(body, title))
    .map((c) => `${c.country} ${c.commitment} ${c.stance} ${c.confidence}`)
    .sort();
}

const UKRAINE = 'Talks on security guarantees for Ukraine continue this week. ';
const LONG_TAIL =
  ', the defence minister added on Tuesday evening after a long meeting in the capital with officials from several partner governments, the armed forces and the parliament committee';

describe('calibrated confidence', () => {
  it('a troop pledge or refusal in a short sentence keeps the own voice at 0.9 and a third party at 0.8', () => {
    expect(confidences(UKRAINE + 'Norway will send troops to Ukraine, Norwegian Prime Minister Jonas Gahr Støre said.')).toContain(
      'NO ground_troops committed 0.9',
    );
    expect(confidences(UKRAINE + 'Norway will send troops to Ukraine, the newspaper reported.')).toContain('NO ground_troops committed 0.8');
    expect(confidences(UKRAINE + 'Norway will not send troops to Ukraine, Norwegian Prime Minister Jonas Gahr Støre said.')).toContain(
      'NO ground_troops declined 0.9',
    );
  });

  it("an outlet's narration that a country has committed is the outlet's voice, not the country's", () => {
    expect(confidences(UKRAINE + 'Norway has already committed to sending troops to Ukraine.')).toContain('NO ground_troops committed 0.8');
    expect(confidences(UKRAINE + 'Norway pledged to send troops to Ukraine.')).toContain('NO ground_troops committed 0.9');
    expect(confidences(UKRAINE + 'Prime Minister Støre affirmed that Norway will not send troops to Ukraine.')).toContain('NO ground_troops declined 0.9');
  });

  it('a condition, membership or another commitment is a reading 0.2 less sure', () => {
    expect(
      confidences(UKRAINE + 'Norway will send troops to Ukraine only if the US backs the force, Norwegian Prime Minister Jonas Gahr Støre said.'),
    ).toContain('NO ground_troops conditional 0.7');
    expect(confidences(UKRAINE + 'Norway will send air defence systems to Ukraine, Norwegian Prime Minister Jonas Gahr Støre said.')).toContain(
      'NO air committed 0.7',
    );
    expect(confidences(UKRAINE + 'Norway is part of the coalition, the newspaper reported.')).toContain('NO coalition willing 0.6');
  });

  it('claims named by the structure of a sentence are calibrated the same way', () => {
    // a member list and signatories: coalition readings, 0.2 below the third party's 0.8; signing is the signatories' own voice on the troops
    expect(confidences(UKRAINE + 'The coalition includes Norway and Iceland.')).toEqual(['IS coalition willing 0.6', 'NO coalition willing 0.6']);
    expect(confidences(UKRAINE + 'Norway and Iceland signed a declaration of intent on the deployment of multinational forces in Ukraine.')).toEqual([
      'IS coalition committed 0.6',
      'IS ground_troops committed 0.9',
      'NO coalition committed 0.6',
      'NO ground_troops committed 0.9',
    ]);
  });

  it('the same pledge in a sentence of 200 characters or more is read less surely', () => {
    const sentence = `Norway will send troops to Ukraine${LONG_TAIL}.`;
    expect(sentence.length).toBeGreaterThanOrEqual(200);
    expect(confidences(UKRAINE + sentence)).toContain('NO ground_troops committed 0.6');
  });
});
