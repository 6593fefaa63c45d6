import { describe, expect, it } from 'vitest';
import { extractClaims, MIN_CONFIDENCE } from '../../src/extract/index.js';
import { articleOf } from './helpers.js';

/** The claims the pipeline acts on, as "CC commitment stance" strings. */
function keys(body: string): string[] {
  return [...new Set(extractClaims(articleOf(UKRAINE + body))
    .filter((c) => c.confidence >= MIN_CONFIDENCE)
    .map((c) => `${c.country} ${c.commitment} ${c.stance}`))]
    .sort();
}

const UKRAINE = 'Talks on security guarantees for Ukraine continue this week. ';

describe('backstop: the US guarantee behind the European force, however it is put', () => {
  it.each([
    ['guarantees for the European force', 'Trump said the United States would provide security guarantees for the European force.', ['US backstop willing']],
    ['backing up troops if attacked', 'Washington will back up European troops if they are attacked, a senior official said.', ['US backstop committed']],
    ['a safety net still undecided', 'The White House has not made a final decision on a backstop for the force.', ['US backstop undecided']],
    ['"back them up"', 'Trump said "we\'re going to back them up" when asked about European troops in Ukraine.', ['US backstop committed']],
    ['no decision yet', 'Vance said no decision had been taken on an American backstop.', ['US backstop undecided']],
    ['options being drawn up', 'The Pentagon is drawing up options for a US backstop to the reassurance force.', ['US backstop undecided']],
    ['protection for the mission', 'The United States is ready to offer protection to the reassurance mission, officials said.', ['US backstop willing']],
    ['support for a European-led force, troops ruled out', 'Washington has signalled it will support a European-led force with intelligence and air defence, but will not send troops.', ['US air committed', 'US backstop committed', 'US ground_troops declined', 'US intelligence committed']],
    ['air support to the European troops', 'The US would provide intelligence and air support to the European troops, the paper reported.', ['US air willing', 'US backstop willing', 'US intelligence willing']],
    ['a US safety net', 'Rubio said Washington was prepared to act as a safety net for European troops.', ['US backstop willing']],
  ])('%s', (_name, passage, expected) => {
    expect(keys(passage)).toEqual(expected);
  });

  it('reads "if they come under attack" as what a backstop is, not a condition, and the president\'s plane as no air claim', () => {
    expect(keys('Speaking aboard Air Force One, Trump said the US would back up European troops in Ukraine if they came under attack.')).toEqual(['US backstop willing']);
  });

  it('reads another country backing the force as backing, not a backstop', () => {
    expect(keys('Britain backs the multinational force, Starmer said.')).toEqual(['GB coalition willing']);
    expect(keys('Germany will send troops to back up the European force.')).toEqual(['DE ground_troops committed']);
  });

  it('names the means of a US backstop next to it', () => {
    expect(keys('The US has committed to supporting the multinational force with air power and intelligence.')).toEqual(['US air committed', 'US backstop committed', 'US intelligence committed']);
  });

  it('gives no backstop to a European country backing its own force', () => {
    expect(keys('France will back up the European force with its own jets.')).not.toContain('FR backstop committed');
  });
});

describe('monitoring: watching, observing or verifying a ceasefire', () => {
  it.each([
    ['observers offered', 'Switzerland has offered to send observers to monitor the ceasefire.', ['CH monitoring willing']],
    ['verifying the ceasefire', 'Turkey will help verify the ceasefire along the contact line.', ['TR monitoring committed']],
    ['a monitoring mission', 'Finland is ready to join a monitoring mission along the front line.', ['FI monitoring willing']],
    ['with drones and satellites', 'Britain will monitor the ceasefire with drones and satellites.', ['GB monitoring committed']],
    ['ceasefire verification', 'Germany has agreed to contribute to ceasefire verification.', ['DE monitoring committed']],
    ['watching the contact line', 'Norway is prepared to help watch over the line of contact once fighting stops.', ['NO monitoring willing']],
    ['observers only from neutral countries', 'The Kremlin said Russia would accept ceasefire monitors provided they come from neutral countries.', ['RU monitoring conditional']],
    ['monitoring not decided', 'Austria has not decided whether to send observers to monitor a truce.', ['AT monitoring undecided']],
  ])('%s', (_name, passage, expected) => {
    expect(keys(passage)).toEqual(expected);
  });
});

describe('equipment: weapons and systems delivered or made, not the money for them', () => {
  it.each([
    ['Patriot batteries', 'Germany will deliver two more Patriot batteries to Ukraine.', ['DE equipment committed']],
    ['long-range missiles', 'France is ready to supply long-range missiles to Kyiv.', ['FR equipment willing']],
    ['jets handed over', 'Norway has handed over six F-16 fighter jets to Ukraine.', ['NO equipment committed']],
    ['ammunition', 'Czech officials said Prague will continue to supply ammunition to Ukraine.', ['CZ equipment committed']],
    ['air-defence systems are hardware', 'Italy pledged new air-defence systems for Ukraine.', ['IT equipment committed']],
    ['a named system undecided', 'Germany has not decided whether to send Taurus cruise missiles to Ukraine.', ['DE equipment undecided']],
    ['weapons ruled out', 'Hungary rules out sending weapons to Ukraine.', ['HU equipment declined']],
    ['a delivery reported in the past tense', 'Lithuania delivered anti-drone systems and ammunition to Ukraine last month.', ['LT equipment committed']],
    ['artillery shells delivered', 'Estonia has delivered artillery shells and howitzers to Ukraine.', ['EE equipment committed']],
  ])('%s', (_name, passage, expected) => {
    expect(keys(passage)).toEqual(expected);
  });

  it('reads money for arms production as funding', () => {
    expect(keys('Denmark has agreed to finance arms production in Ukraine with 2 billion kroner.')).toEqual(['DK funding committed']);
  });

  it('keeps an air mission an air claim next to the hardware', () => {
    expect(keys('Sweden will provide air-defence systems and air policing over western Ukraine.')).toEqual(['SE air committed', 'SE equipment committed']);
  });
});

describe('sanctions: packages, price caps, tariffs and the countries blocking them', () => {
  it.each([
    ['a package agreed', 'The EU has agreed a 19th sanctions package against Russia.', ['EU sanctions committed']],
    ['a package blocked', 'Hungary is blocking the new sanctions package.', ['HU sanctions opposed']],
    ['a package vetoed', 'Slovakia vetoed the sanctions package, diplomats said.', ['SK sanctions opposed']],
    ['aligning own measures', 'Norway and Switzerland pledged to align their own measures with the EU.', ['CH sanctions committed', 'NO sanctions committed']],
    ['ready to impose', 'Britain is ready to impose further sanctions on Russia.', ['GB sanctions willing']],
    ['tariffs on buyers of Russian oil', 'Trump said the US would impose tariffs on buyers of Russian oil.', ['US sanctions willing']],
    ['a lower price cap', 'Canada will lower the price cap on Russian oil.', ['CA sanctions committed']],
    ['economic pressure', 'The UK will increase economic pressure on Moscow.', ['GB sanctions committed']],
    ['only if Russia refuses', 'The United States will impose new sanctions only if Russia rejects the ceasefire.', ['US sanctions conditional']],
    ['not decided', 'Washington has not decided on new sanctions against Russia.', ['US sanctions undecided']],
    ['restrictive measures', 'The European Union adopted new restrictive measures against Russia.', ['EU sanctions committed']],
    ['Brussels for the EU', "Brussels will propose a new package of sanctions targeting Russia's shadow fleet.", ['EU sanctions committed']],
    ['a package proposed', 'The European Commission proposed a 20th package of sanctions on Friday.', ['EU sanctions willing']],
    ['sanctions announced', 'The UK announced sanctions on 135 shadow fleet tankers.', ['GB sanctions committed']],
    ['tariffs threatened', 'Trump threatened secondary tariffs on India for buying Russian oil.', ['US sanctions willing']],
    ['a block threatened', 'Slovakia has threatened to block the extension of sanctions.', ['SK sanctions opposed']],
    ['matching the EU', 'Canada will match the EU measures, Carney said.', ['CA sanctions committed']],
    ['work on the next package', 'Kallas said the EU was working on new sanctions.', ['EU sanctions willing']],
    ['a ban on Russian gas', 'Japan has agreed to a ban on Russian LNG imports by 2027.', ['JP sanctions committed']],
  ])('%s', (_name, passage, expected) => {
    expect(keys(passage)).toEqual(expected);
  });
});
