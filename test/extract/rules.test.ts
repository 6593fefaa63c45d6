import { describe, expect, it } from 'vitest';
import { extractClaims, MIN_CONFIDENCE } from '../../src/extract/index.js';
import { articleOf, keys } from './helpers.js';

describe('extractClaims: stances', () => {
  it.each([
    ['Italy will not send troops to Ukraine, Meloni said.', ['IT ground_troops declined']],
    ['Poland has no plans to deploy soldiers to Ukraine, Tusk said.', ['PL ground_troops declined']],
    ['Romanian President Nicusor Dan ruled out sending troops to Ukraine.', ['RO ground_troops declined']],
    ['Sending Dutch troops to Ukraine is out of the question, Prime Minister Dick Schoof said.', ['NL ground_troops declined']],
    ['Hungary will never send soldiers on a security guarantees mission for Ukraine, Orban said.', ['HU ground_troops declined']],
    ['Canada is ready to send troops to Ukraine after a ceasefire, Carney said.', ['CA ground_troops willing']],
    ["Norway pledged 5 billion kroner for Ukraine's army.", ['NO funding committed']],
    ['Lithuania will contribute a company of soldiers to the reassurance force in Ukraine.', ['LT ground_troops committed']],
    ['Sweden has not yet decided whether to send troops to Ukraine.', ['SE ground_troops undecided']],
    [
      'Germany, Spain and Italy have so far refrained from committing troops to Ukraine.',
      ['DE ground_troops undecided', 'ES ground_troops undecided', 'IT ground_troops undecided'],
    ],
    ['Denmark would send troops to Ukraine only if the United States backs the mission, Frederiksen said.', ['DK ground_troops conditional']],
    ['Finland is ready to provide security guarantees to Ukraine provided that parliament approves.', ['FI coalition conditional']],
    ['Estonia is ready to deploy troops to Ukraine once a ceasefire is signed.', ['EE ground_troops willing']],
    ['The Kremlin rejected any deployment of NATO troops in Ukraine.', ['RU ground_troops opposed']],
    ['Peskov said Russia will not accept foreign troops in Ukraine.', ['RU ground_troops opposed']],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });
});

describe('extractClaims: actors', () => {
  it('names every member of a list', () => {
    expect(keys('Finland, Estonia and Canada are ready to provide security guarantees for Ukraine.')).toEqual([
      'CA coalition willing',
      'EE coalition willing',
      'FI coalition willing',
    ]);
  });

  it('gives nothing for unnamed groups', () => {
    expect(keys('Twenty-six countries are ready to send troops to Ukraine, and some allies pledged funding.')).toEqual([]);
  });

  it('reads leaders, capitals and institutions as their countries', () => {
    expect(keys('Merz said Germany stands behind the coalition plan for Ukraine.')).toEqual(['DE coalition willing']);
    expect(keys('Warsaw will not send soldiers to Ukraine, a government spokesman said.')).toEqual(['PL ground_troops declined']);
    expect(keys('Downing Street said Britain was prepared to deploy troops to Ukraine.')).toEqual(['GB ground_troops willing']);
  });

  it('reads demonyms before an official or military noun', () => {
    expect(keys('Polish troops will not be deployed to Ukraine, Tusk said.')).toEqual(['PL ground_troops declined']);
  });

  it('does not take the place or the recipient for the actor', () => {
    expect(keys('Bulgaria will not deploy troops to Ukraine.')).toEqual(['BG ground_troops declined']);
    expect(keys('Italy is prepared to train Ukrainian troops outside Ukraine.')).toEqual(['IT training willing']);
  });

  it('tells the country speaking for itself from a third party', () => {
    const own = extractClaims(articleOf('Italian Prime Minister Giorgia Meloni said Italy would not send troops to Ukraine.'));
    const reported = extractClaims(articleOf('Macron confirmed that Italy is part of the coalition for Ukraine.'));
    expect(own.map((c) => c.speaker)).toEqual(['self']);
    expect(reported.map((c) => `${c.country} ${c.speaker}`)).toEqual(['IT third_party']);
  });

  it.each([
    ["Poland's Donald Tusk reiterates that Polish soldiers will not be deployed to Ukraine.", 'self'],
    ['Bulgaria stated it would not deploy troops to Ukraine.', 'self'],
    ['"We will not send ground forces to Ukraine," Stubb said.', 'self'],
    ['However, countries like Germany have so far refrained from committing troops to Ukraine.', 'third_party'],
    ['Macron said Germany would contribute to the guarantees for Ukraine.', 'third_party'],
  ])('speaker of %s', (sentence, speaker) => {
    expect(extractClaims(articleOf(sentence)).map((c) => c.speaker)).toEqual([speaker]);
  });
});

describe('extractClaims: sentence shapes', () => {
  it('splits a contrast into two claims', () => {
    expect(keys('Bulgaria would not deploy troops to Ukraine but is ready to help de-mine the Black Sea.')).toEqual([
      'BG ground_troops declined',
      'BG maritime willing',
    ]);
  });

  it('reads "rather than" as what is declined', () => {
    expect(keys('The US has indicated it would provide air support and intelligence rather than ground troops for Ukraine.')).toEqual([
      'US air willing',
      'US ground_troops declined',
      'US intelligence willing',
    ]);
  });

  it('reads quotes with a trailing speaker and interview lines', () => {
    expect(keys('"We will not send ground forces to Ukraine," Stubb said.')).toEqual(['FI ground_troops declined']);
    expect(keys('Stubb: We are ready to help Ukraine with training.')).toEqual(['FI training willing']);
  });

  it('gives every sentence of a multi-sentence quote its speaker', () => {
    expect(keys('"We are ready to deploy troops to Ukraine. We will also train their pilots," British Prime Minister Keir Starmer said.')).toEqual([
      'GB ground_troops willing',
      'GB training committed',
    ]);
    expect(keys('"We are ready to deploy troops to Ukraine. Nothing else," an analyst said.')).toEqual([]);
  });

  it('reads headlines', () => {
    expect(keys('', 'Belgium to send F-16s for Ukraine air policing mission')).toEqual(['BE air committed']);
  });

  it('resolves "he" to the last person named', () => {
    expect(keys('Russian President Vladimir Putin spoke on Tuesday. He also rejected any NATO troops in Ukraine.')).toEqual(['RU ground_troops opposed']);
  });

  it('gives no claim for questions, analysts or speculation', () => {
    expect(keys('Will Germany send troops to Ukraine?')).toEqual([]);
    expect(keys('Analysts say Germany should send troops to Ukraine.')).toEqual([]);
    expect(keys('Japan might eventually provide funding for Ukraine.')).toEqual([]);
  });

  it('gives no claim for deployments on other topics', () => {
    expect(keys('Denmark will send additional troops to Greenland, the defence ministry said.')).toEqual([]);
    expect(keys('Indonesia is ready to send 20,000 troops to Gaza, while Ukraine asked for air defence.')).toEqual([]);
  });

  it('gives no claim for deployments to other countries', () => {
    expect(keys('Britain will send another 1,000 soldiers to Estonia next year, as allies plan for a ceasefire.')).toEqual([]);
  });

  it('carries the topic to "would consider joining them"', () => {
    expect(keys('The UK is willing to put troops on the ground in Ukraine. Australia and Canada have said they would consider joining them.')).toEqual([
      'AU ground_troops undecided',
      'CA ground_troops undecided',
      'GB ground_troops willing',
    ]);
  });

  it('reads threats against a deployment as opposition', () => {
    expect(keys('Medvedev said that any European troops sent to Ukraine would be destroyed.')).toEqual(['RU ground_troops opposed']);
  });

  it('keeps optional kinds below the action threshold', () => {
    const accused = extractClaims(articleOf('Zakharova accused London of preparing to station troops in Ukraine.'));
    const doubted = extractClaims(articleOf('Trump claimed, without offering evidence, that Putin would accept European peacekeepers in Ukraine.'));
    const logistics = extractClaims(articleOf('Warsaw will act as the logistics hub for the Ukraine mission.'));
    for (const claim of [...accused, ...doubted, ...logistics]) expect(claim.confidence).toBeLessThan(MIN_CONFIDENCE);
  });

  it('gives each (country, commitment, stance) once per article', () => {
    const claims = extractClaims(articleOf('Italy will not send troops to Ukraine. Meloni repeated that Italy will not send troops to Ukraine.'));
    expect(claims).toHaveLength(1);
  });
});

describe('extractClaims: scraped junk', () => {
  it('ignores related links, captions, cookie banners and repeated lines', () => {
    const body = [
      'LOADING...',
      'We use cookies to improve your experience. Accept all to consent to our partners.',
      'Spain backs the coalition plan for Ukraine, Sanchez said.',
      'Spain backs the coalition plan for Ukraine, Sanchez said.',
      'Pedro Sanchez in Paris. Photo: AFP |',
      'Related News',
      'Portugal says it will send a frigate to Ukraine',
      'Greece rules out troops for Ukraine',
    ].join('\n');
    expect(keys(body)).toEqual(['ES coalition willing']);
  });
});
