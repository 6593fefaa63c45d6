import { describe, expect, it } from 'vitest';
import { extractClaims, MIN_CONFIDENCE } from '../../src/extract/index.js';
import { articleOf, keys } from './helpers.js';

/** Every claim with its speaker and whether the pipeline acts on it. */
function detailed(body: string): string[] {
  return extractClaims(articleOf(body))
    .map((c) => `${c.country} ${c.commitment} ${c.stance} ${c.speaker} ${c.confidence >= MIN_CONFIDENCE ? 'acted' : 'optional'}`)
    .sort();
}

const UKRAINE = 'Talks on security guarantees for Ukraine continue this week. ';

describe('other operations and other topics give no claim', () => {
  it.each([
    [
      'NATO air policing after drone incursions',
      'Russian drones crossed into Polish airspace overnight. The Netherlands pledged to send two F-35 jets to help defend Poland, and Sweden will send a frigate.',
    ],
    ['air cover for the Baltic states', 'Denmark will deploy fighter jets to patrol Baltic airspace after repeated incursions.'],
    ['a passage about a Gaza force', 'Azerbaijan has offered troops for an international force in Gaza. Baku is ready to send a battalion, officials said.'],
    ['a climate summit', 'At the COP30 summit, Norway pledged 2 billion kroner in climate finance for poorer countries.'],
    ['troops sent to their own border', 'Latvia will deploy 2,000 soldiers to its border with Belarus next month.'],
    ['an exercise abroad', 'Sweden will send 600 troops to Finland for a winter exercise.'],
  ])('%s', (_name, passage) => {
    expect(keys(UKRAINE + passage)).toEqual([]);
  });

  it('returns to Ukraine once a sentence names it again', () => {
    const body =
      UKRAINE + 'Azerbaijan has offered troops for an international force in Gaza. Separately, Portugal is ready to send troops to Ukraine after a ceasefire.';
    expect(keys(body)).toEqual(['PT ground_troops willing']);
  });

  it('keeps the actor of a clause about another deployment', () => {
    expect(keys('Poland will defend its own borders but will not send soldiers to Ukraine, Tusk said.')).toEqual(['PL ground_troops declined']);
  });

  it('gives no troop offer for stationing in a neighbouring country', () => {
    expect(keys('Oslo suggested basing its soldiers in a neighbouring NATO country rather than in Ukraine itself.')).toEqual([]);
  });

  it('gives nothing for an article that is not about Ukraine', () => {
    expect(keys('Russian drones entered Romanian airspace. Germany pledged to send Eurofighters to Romania.')).toEqual([]);
  });
});

describe('money', () => {
  it('reads money to buy weapons as funding only', () => {
    expect(keys("Denmark will contribute 3 billion kroner to buy air defence systems and shells for Ukraine's armed forces.")).toEqual([
      'DK funding committed',
    ]);
    expect(keys("Ireland has committed money to purchase ammunition for Ukraine's army.")).toEqual(['IE funding committed']);
  });

  it('reads "no longer pay for" as funding declined', () => {
    expect(keys('Prague would no longer pay for the artillery shells initiative for Ukraine.')).toEqual(['CZ funding declined']);
  });

  it('gives no funding claim for humanitarian or reconstruction money', () => {
    expect(keys('South Korea offered humanitarian aid and reconstruction funding for Ukraine.')).toEqual([]);
    expect(keys('Austria pledged reconstruction funds for Ukraine.')).toEqual([]);
  });

  it('reads jets handed over as equipment', () => {
    expect(keys('Norway pledged to transfer part of its F-16 fleet to Ukraine.')).toEqual(['NO equipment committed']);
    expect(keys('Belgium will send F-16s to police Ukrainian airspace after a ceasefire.')).toEqual(['BE air committed']);
  });
});

describe('speculation', () => {
  it.each([
    'My guess is that Rome will eventually offer air defence for Ukraine.',
    'I suspect Madrid will send troops to Ukraine in the end.',
    'Expect Spain to send troops to the reassurance force in Ukraine.',
  ])('%s', (sentence) => {
    expect(keys(sentence)).toEqual([]);
  });
});

describe('adversaries', () => {
  it("reads an accusation about another country as optional, never as the adversary's own claim", () => {
    expect(detailed(UKRAINE + 'Zakharova said Germany was preparing to send military instructors to Ukraine.')).toEqual([
      'DE training willing third_party optional',
    ]);
  });

  it('reads a refusal the Kremlin reports as a claim about the country that refused', () => {
    expect(detailed(UKRAINE + 'Peskov said Austria and Slovakia had refused to send troops to Ukraine.')).toEqual([
      'AT ground_troops declined third_party acted',
      'SK ground_troops declined third_party acted',
    ]);
  });

  it('gives a relayed refusal to the country that voiced it', () => {
    expect(detailed(UKRAINE + 'The Kremlin said that Washington had said it would not send soldiers to Ukraine.')).toEqual([
      'US ground_troops declined third_party acted',
    ]);
  });

  it("reads monitoring by technical means as monitoring (an adversary's, under the confidence acted on)", () => {
    const claims = extractClaims(articleOf(UKRAINE + 'Moscow had accepted that a ceasefire would be monitored by drones and satellites.'));
    expect(claims.map((c) => `${c.country} ${c.commitment} ${c.stance} ${c.confidence}`)).toEqual(['RU monitoring willing 0.4']);
    expect(keys(UKRAINE + 'Norway had accepted that a ceasefire would be monitored by drones and satellites.')).toEqual(['NO monitoring willing']);
  });
});

describe('stances in mixed sentences', () => {
  it('keeps a pledge whose details are still open', () => {
    expect(keys('Sweden will contribute to the security guarantees for Ukraine, "what exactly is still being worked out".')).toEqual([
      'SE coalition committed',
    ]);
    expect(keys('Sweden will contribute to the guarantees for Ukraine, but the details are still to be decided, Kristersson said.')).toEqual([
      'SE coalition committed',
    ]);
  });

  it('reads "not ruled out, but still weighing" as undecided', () => {
    expect(keys('Japan has not ruled out sending engineers to Ukraine, but was still weighing what role it could play.')).toEqual([]);
    expect(keys('Spain has not ruled out sending troops to Ukraine, but is still weighing what role it could play.')).toEqual(['ES ground_troops undecided']);
  });

  it('reads soldiers staying at home as declined', () => {
    expect(keys('Croatian soldiers will stay at home, Plenkovic said of the Ukraine force.')).toEqual(['HR ground_troops declined']);
  });

  it('reads a backstop against attack as a commitment, not a condition', () => {
    expect(keys(UKRAINE + 'Washington has now agreed to provide a backstop if the European force is attacked.')).toEqual(['US backstop committed']);
  });

  it('reads "under discussion" as undecided', () => {
    expect(keys("Greece's contribution to the security guarantees for Ukraine is still under discussion.")).toEqual(['GR coalition undecided']);
  });

  it('reads aligning their own measures as sanctions', () => {
    expect(keys(UKRAINE + 'Norway, Iceland and Liechtenstein pledged to align their own measures with the EU package against Russia.')).toEqual([
      'IS sanctions committed',
      'LI sanctions committed',
      'NO sanctions committed',
    ]);
  });

  it('reads holding back from any specific contribution as undecided for each', () => {
    expect(keys(UKRAINE + 'Portugal and Greece have held back from committing to any specific contribution.')).toEqual([
      'GR coalition undecided',
      'PT coalition undecided',
    ]);
  });
});

describe('capitals beyond Europe', () => {
  it.each([
    ['Wellington was prepared to send training personnel to Ukraine.', 'NZ training willing'],
    ['Canberra is ready to contribute to the security guarantees for Ukraine.', 'AU coalition willing'],
    ["Tokyo will provide funding for Ukraine's army.", 'JP funding committed'],
    ['Seoul is open to providing intelligence for Ukraine.', 'KR intelligence willing'],
    ['Ottawa is prepared to send troops to Ukraine.', 'CA ground_troops willing'],
  ])('%s', (sentence, key) => {
    expect(keys(sentence)).toEqual([key]);
  });
});

describe('commentary and plans', () => {
  it("gives no claim for a writer's guess or a hedge after the verb", () => {
    expect(keys(UKRAINE + 'Berlin will probably offer air defence in the end.')).toEqual([]);
    expect(keys(UKRAINE + 'Warsaw is expected to offer engineers and air defence, my guess.')).toEqual([]);
  });

  it('gives no claim for an attempt to obtain pledges', () => {
    expect(keys('Live: Sanchez and Costa will try to turn months of planning into signed commitments on troops for Ukraine.')).toEqual([]);
    expect(keys(UKRAINE + 'Britain will seek to persuade Italy to send troops to Ukraine.')).toEqual([]);
  });

  it('reads no headline of an opinion piece', () => {
    const column = {
      id: 't',
      url: 'https://example.test/opinion/berlin-must-act',
      outlet: 'unknown',
      published: 'unknown',
      title: 'Germany will send troops to Ukraine in the end',
      body: 'The debate goes on.',
    };
    const titled = { ...column, url: 'unknown', title: 'Opinion: Germany will send troops to Ukraine in the end' };
    const news = { ...column, url: 'https://example.test/world/berlin-decides' };
    expect(extractClaims(column)).toEqual([]);
    expect(extractClaims(titled)).toEqual([]);
    expect(extractClaims(news).map((c) => `${c.country} ${c.commitment} ${c.stance}`)).toEqual(['DE ground_troops committed']);
  });

  it('gives no air or ground pledge for what a planned force or its headquarters is for', () => {
    expect(keys(UKRAINE + "Under the declaration Belgium signed, a reassurance force HQ will be set up to help secure Ukraine's skies and seas.")).toEqual([]);
    expect(keys("Canada will send troops to a force that will help secure Ukraine's land, skies and seas.")).toEqual(['CA ground_troops committed']);
    expect(keys("Britain will help secure Ukraine's skies with Typhoon jets.")).toEqual(['GB air committed']);
  });
});

describe('more shapes of the same rules', () => {
  it('reads an amount for weapons as funding', () => {
    expect(keys('Finland pledged 400 million euros (£350m) for air defence for Ukraine.')).toEqual(['FI funding committed']);
    expect(keys('Germany pledged 1 billion euros and will send Patriot systems to Ukraine.')).toEqual(['DE equipment committed', 'DE funding committed']);
  });

  it('reads aircraft delivered as equipment', () => {
    expect(keys('Denmark will deliver more F-16s to Ukraine.')).toEqual(['DK equipment committed']);
  });

  it('lets a condition outweigh "not ruled out" in the same sentence', () => {
    expect(keys('Austria has not ruled out sending troops to Ukraine, but would only do so with a UN mandate.')).toEqual(['AT ground_troops conditional']);
  });

  it('gives no claim for a passage on another mission abroad', () => {
    expect(keys(UKRAINE + 'Kenya has led the police mission in Haiti since 2024. Nairobi is ready to send 1,000 more officers and troops.')).toEqual([]);
  });
});
