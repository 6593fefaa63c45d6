import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import { articleOf } from './helpers.js';

/** The confidence each kind of reading carries (src/extract/rules/calibration.ts; docs/extraction.md, "Twelfth round"). */
function confidences(body: string, title?: string): string[] {
  return extractClaims(articleOf(body, title))
    .map((c) => `${c.country} ${c.commitment} ${c.stance} ${c.confidence}`)
    .sort();
}

const UKRAINE = 'Talks on security guarantees for Ukraine continue this week. ';
const LONG_TAIL =
  ', the defence minister added on Tuesday evening after a long meeting in the capital with officials from several partner governments, the armed forces and the parliament committee';

/** Who speaks for a claim, beside its confidence: the narration test is about the voice. */
function voices(body: string): string[] {
  return extractClaims(articleOf(body))
    .map((c) => `${c.country} ${c.commitment} ${c.stance} ${c.speaker} ${c.confidence}`)
    .sort();
}

describe('calibrated confidence', () => {
  it("the country's own voice offering, refusing or pledging troops, and joining the coalition, is 0.6 like any reading by others", () => {
    // Right 54 times in 63 on B7-B17 and 9 in 13 on B18-B21 (joining or leading the coalition: 23 in 24, then 6 in 12).
    const said = ', Norwegian Prime Minister Jonas Gahr Støre said.';
    expect(confidences(`${UKRAINE}Norway is ready to send troops to Ukraine${said}`)).toContain('NO ground_troops willing 0.6');
    expect(confidences(`${UKRAINE}Norway will not send troops to Ukraine${said}`)).toContain('NO ground_troops declined 0.6');
    expect(confidences(`${UKRAINE}Norway will send troops to Ukraine${said}`)).toContain('NO ground_troops committed 0.6');
    expect(confidences(UKRAINE + 'Norway is ready to send troops to Ukraine, the newspaper reported.')).toContain('NO ground_troops willing 0.6');
    expect(confidences(UKRAINE + 'Norway will join the coalition of the willing, Norwegian Prime Minister Jonas Gahr Støre said.')).toContain(
      'NO coalition committed 0.6',
    );
    expect(confidences(UKRAINE + 'Norway is part of the coalition, the newspaper reported.')).toContain('NO coalition willing 0.6');
  });

  it("an outlet's narration that a country has committed is the outlet's voice, not the country's", () => {
    expect(voices(UKRAINE + 'Norway has already committed to sending troops to Ukraine.')).toContain('NO ground_troops committed third_party 0.6');
    expect(voices(UKRAINE + 'Norway pledged to send troops to Ukraine.')).toContain('NO ground_troops committed self 0.6');
    expect(voices(UKRAINE + 'Prime Minister Støre affirmed that Norway will not send troops to Ukraine.')).toContain('NO ground_troops declined self 0.6');
  });

  it('a condition or another commitment stays under 0.8, whoever says it', () => {
    expect(confidences(UKRAINE + 'Norway will send troops to Ukraine only if the US backs the force, the newspaper reported.')).toContain(
      'NO ground_troops conditional 0.6',
    );
    expect(
      confidences(UKRAINE + 'Norway will send troops to Ukraine only if the US backs the force, Norwegian Prime Minister Jonas Gahr Støre said.'),
    ).toContain('NO ground_troops conditional 0.6');
    expect(confidences(UKRAINE + 'Norway will send air defence systems to Ukraine, Norwegian Prime Minister Jonas Gahr Støre said.')).toContain(
      'NO equipment committed 0.6',
    );
  });

  it('a troop offer or refusal in a headline is 0.9; a pledge or another reading in a headline 0.1 under its kind', () => {
    expect(confidences(UKRAINE, 'Norway rules out sending troops to Ukraine')).toContain('NO ground_troops declined 0.9');
    expect(confidences(UKRAINE, 'Norway ready to send troops to Ukraine, Støre says')).toContain('NO ground_troops willing 0.9');
    // no headline "will send" was among the claims the batches measured once: it is the own voice's other readings, less 0.1
    expect(confidences(UKRAINE, 'Norway will send troops to Ukraine, Støre says')).toContain('NO ground_troops committed 0.5');
    expect(confidences(UKRAINE, 'Norway would send troops to Ukraine only with a US backstop')).toContain('NO ground_troops conditional 0.5');
  });

  it('a pledge is a signature only when the stance is read from the signing verb, not when someone else signed', () => {
    expect(
      voices(UKRAINE + 'After France and Britain signed the declaration, Norwegian Prime Minister Jonas Gahr Støre said Norway will send troops to Ukraine.'),
    ).toContain('NO ground_troops committed self 0.6');
    expect(voices(UKRAINE + 'Norway signed a declaration of intent on the deployment of multinational forces in Ukraine.')).toContain(
      'NO ground_troops committed self 0.9',
    );
  });

  it('claims named by the structure of a sentence are calibrated the same way', () => {
    // a member list and signatories: coalition readings by others are 0.6; a troop declaration signed is a pledge in the own voice, 0.9
    expect(confidences(UKRAINE + 'The coalition includes Norway and Iceland.')).toEqual(['IS coalition willing 0.6', 'NO coalition willing 0.6']);
    expect(confidences(UKRAINE + 'Norway and Iceland signed a declaration of intent on the deployment of multinational forces in Ukraine.')).toEqual([
      'IS ground_troops committed 0.9',
      'NO ground_troops committed 0.9',
    ]);
    expect(confidences(UKRAINE + 'Norway and Iceland signed a declaration of intent on the multinational force for Ukraine.')).toEqual([
      'IS coalition committed 0.6',
      'NO coalition committed 0.6',
    ]);
  });

  it('the same pledge in a sentence of 200 characters or more is read less surely', () => {
    const sentence = `Norway will send troops to Ukraine${LONG_TAIL}.`;
    expect(sentence.length).toBeGreaterThanOrEqual(200);
    expect(confidences(UKRAINE + sentence)).toContain('NO ground_troops committed 0.6');
  });

  it('in the other languages a refusal of troops is 0.9 and every other reading 0.6', () => {
    const body =
      'Die Gespräche über Sicherheitsgarantien für die Ukraine gehen weiter. Norwegen wird keine Soldaten in die Ukraine schicken, sagte Ministerpräsident Støre. ' +
      'Schweden ist bereit, Soldaten in die Ukraine zu entsenden, sagte der Regierungschef.';
    expect(confidences(body)).toEqual(['NO ground_troops declined 0.9', 'SE ground_troops willing 0.6']);
  });
});

describe('kinds of reading right less than half the time stay under the confidence acted on', () => {
  it('a refusal of the coalition or of the guarantees is 0.4: read, printed by extract --all, not acted on', () => {
    expect(confidences(UKRAINE + 'Austria is not formally part of the coalition supporting the force for Ukraine.')).toEqual(['AT coalition declined 0.4']);
    expect(confidences(UKRAINE + 'The Kremlin takes a negative view of European security guarantees for Ukraine.')).toEqual(['RU coalition opposed 0.4']);
    // a refusal of troops keeps its kind's confidence
    expect(confidences(UKRAINE + 'Austria will not send troops to Ukraine, the newspaper reported.')).toEqual(['AT ground_troops declined 0.6']);
  });

  it('a reading from a sentence of 400 characters or more (paragraphs run together) is 0.4', () => {
    const runOn = `Norway is ready to send troops to Ukraine${LONG_TAIL}${LONG_TAIL}${LONG_TAIL}.`;
    expect(runOn.length).toBeGreaterThanOrEqual(400);
    expect(confidences(UKRAINE + runOn)).toContain('NO ground_troops willing 0.4');
    expect(confidences(UKRAINE + `Norway is ready to send troops to Ukraine${LONG_TAIL}.`)).toContain('NO ground_troops willing 0.6');
  });

  it("an adversary offering troops or supplies is 0.4; its refusals, and its part in the guarantees, keep their kind's", () => {
    expect(confidences(UKRAINE + 'Belarus is ready to send troops to the region, Lukashenko said.')).toEqual(['BY ground_troops willing 0.4']);
    expect(confidences(UKRAINE + 'Russia will supply weapons to its allies, Medvedev wrote.')).toEqual(['RU equipment committed 0.4']);
    expect(confidences(UKRAINE + 'Russia rejects any deployment of European troops in Ukraine, Peskov said.')).toEqual(['RU ground_troops opposed 0.6']);
    expect(confidences(UKRAINE + 'Russia is ready to provide security guarantees to Ukraine, Lavrov said.')).toEqual(['RU coalition willing 0.6']);
  });

  it("keeps the country's own voice when a headline by others says the same: its words, at the surer reading's confidence", () => {
    const read = (body: string, title: string) =>
      extractClaims({ ...articleOf(body, title), published: '2025-06-01' })
        .filter((c) => c.country === 'CL')
        .map((c) => [c.stance, c.speaker, c.confidence, c.evidence]);
    const own = 'President Boric said Chile is ready to send soldiers to Ukraine once a ceasefire holds.';
    // The headline's reading of troops offered is the surer kind (0.9); the body's own voice is what confirmation counts.
    expect(read(`${UKRAINE}${own}`, 'Chile ready to send troops to Ukraine')).toEqual([['willing', 'self', 0.9, own]]);
    // Told by others in both places, it stays theirs; an own voice told as background lends no voice to today's report.
    const reported = 'Chile is ready to send soldiers to Ukraine once a ceasefire holds, the newspaper reported.';
    expect(read(`${UKRAINE}${reported}`, 'Chile ready to send troops to Ukraine')).toEqual([
      ['willing', 'third_party', 0.9, 'Chile ready to send troops to Ukraine'],
    ]);
    const background = 'In March, President Boric said Chile was ready to send soldiers to Ukraine.';
    expect(read(`${UKRAINE}${background}`, 'Chile ready to send troops to Ukraine').map(([, speaker]) => speaker)).toEqual(['third_party']);
  });
});
