import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/text/sentences.js';
import { extractClaims } from '../../src/extract/index.js';
import { articleOf } from './helpers.js';

describe('sentence splitting', () => {
  it('keeps abbreviations and initials inside a sentence', () => {
    expect(splitSentences('U.S. President Trump met Gen. Smith and J. Doe on Monday. Then he left.')).toEqual([
      'U.S. President Trump met Gen. Smith and J. Doe on Monday.',
      'Then he left.',
    ]);
  });

  it('keeps the other languages\' "among others" and "for example" inside a sentence', () => {
    expect(splitSentences('W grupie są m.in. Kanada i Japonia. Dalej mówił o Ukrainie.')).toEqual([
      'W grupie są m.in. Kanada i Japonia.',
      'Dalej mówił o Ukrainie.',
    ]);
    expect(splitSentences('Chodzi np. Francję i Niemcy.')).toEqual(['Chodzi np. Francję i Niemcy.']);
  });

  it('splits before and after a quote in guillemets', () => {
    expect(splitSentences('The president ruled it out in an interview. «Most neighbours of Russia decided the same,» he said.')).toEqual([
      'The president ruled it out in an interview.',
      '«Most neighbours of Russia decided the same,» he said.',
    ]);
    expect(splitSentences('«We are ready.» Then the minister left.')).toEqual(['«We are ready.»', 'Then the minister left.']);
  });

  it('splits paragraphs a scraper glued together without a space', () => {
    expect(splitSentences('The minister criticised the plan in Brussels.US officials declined to comment.')).toEqual([
      'The minister criticised the plan in Brussels.',
      'US officials declined to comment.',
    ]);
    expect(splitSentences('"We will see," the envoy said.”Nothing is settled yet.')).toEqual(['"We will see," the envoy said.”', 'Nothing is settled yet.']);
  });

  it('does not split domain names, ASP.NET or abbreviations written without a space', () => {
    expect(splitSentences('Reuters cited ASP.NET logs and example.com records.')).toEqual(['Reuters cited ASP.NET logs and example.com records.']);
    expect(splitSentences('He met Gov.Smith on Monday.')).toEqual(['He met Gov.Smith on Monday.']);
  });

  it('a claim from a glued paragraph quotes its own sentence, not the paragraph before it', () => {
    const body = 'Ministers of Italy and Spain met in Rome on Monday.Britain is ready to send troops to Ukraine.';
    const claims = extractClaims(articleOf(body));
    expect(claims.map((c) => [c.country, c.commitment, c.stance, c.evidence])).toEqual([
      ['GB', 'ground_troops', 'willing', 'Britain is ready to send troops to Ukraine.'],
    ]);
  });
});
