import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/extract/article-file.js';
import { extractClaims } from '../../src/extract/index.js';
import { cleanLines, MAX_BODY_CHARS, MAX_LINE_CHARS, splitLongLine, unreadText } from '../../src/extract/text/clean.js';
import { isPledgewatchError } from '../../src/errors/index.js';
import { articleOf } from './helpers.js';

const CLAIM_SENTENCE = 'Italy will not send troops to Ukraine, Meloni said.';

describe('bad input gives no claim or a clear error, never a crash or a hang', () => {
  it('empty and whitespace bodies', () => {
    expect(extractClaims(articleOf(''))).toEqual([]);
    expect(extractClaims(articleOf(' \n\n\t '))).toEqual([]);
  });

  it('binary data', () => {
    const bytes = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    expect(extractClaims(articleOf(bytes))).toEqual([]);
    expect(extractClaims(articleOf('\u0000\u0001\u0002'.repeat(1000) + CLAIM_SENTENCE))).toEqual([]);
  });

  it('a 10 MB page: read up to the cap, still correct for the text before it', () => {
    const page = `${CLAIM_SENTENCE}\n${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(180_000)}`;
    expect(page.length).toBeGreaterThan(10_000_000);
    expect(extractClaims(articleOf(page)).map((c) => c.country)).toEqual(['IT']);
  });

  it('a 10 MB single line without punctuation (no catastrophic backtracking)', () => {
    expect(extractClaims(articleOf('troops will not '.repeat(700_000)))).toEqual([]);
    expect(extractClaims(articleOf(`${'a'.repeat(10_000_000)}`))).toEqual([]);
  });

  it('a body scraped as one very long line is read sentence by sentence, not dropped', () => {
    const filler = 'The summit in Paris went on for hours and the leaders spoke about many things. ';
    const oneLine = `${filler.repeat(400)}${CLAIM_SENTENCE} ${filler.repeat(400)}`;
    expect(oneLine.length).toBeGreaterThan(MAX_LINE_CHARS * 2);
    expect(extractClaims(articleOf(oneLine)).map((c) => `${c.country} ${c.stance}`)).toEqual(['IT declined']);
    const { pieces, droppedChars } = splitLongLine(oneLine);
    expect(droppedChars).toBe(0);
    expect(pieces.every((piece) => piece.length <= MAX_LINE_CHARS && /[.!?]$/.test(piece))).toBe(true);
    expect(pieces.join(' ')).toBe(oneLine.trim());
  });

  it('a 5 MB one-line body of sentences still gives its claims, and what is not read is counted', () => {
    const body = `${CLAIM_SENTENCE} ${'Leaders met again in Paris to talk about the plan for the region. '.repeat(80_000)}`;
    expect(body.length).toBeGreaterThan(5_000_000);
    expect(extractClaims(articleOf(body)).map((c) => c.country)).toEqual(['IT']);
    expect(unreadText(body)).toEqual({ truncatedChars: body.length - MAX_BODY_CHARS, droppedChars: 0 });
    const dump = `${CLAIM_SENTENCE} ${'QUJD'.repeat(6000)} ${CLAIM_SENTENCE}`;
    expect(unreadText(dump)).toEqual({ truncatedChars: 0, droppedChars: 24_000 });
    expect(splitLongLine(dump).pieces).toEqual([CLAIM_SENTENCE, CLAIM_SENTENCE]);
  });

  it('HTML instead of text: scripts and navigation dropped, the article read', () => {
    const html = `<!doctype html><html><head><script>var s = "Germany will send troops to Ukraine";</script><style>p{}</style></head>
      <body><nav>Home | World</nav><article><h1>Summit</h1><p>${CLAIM_SENTENCE}</p><p>Ads &amp; more</p></article>
      <footer>Poland will send troops to Ukraine</footer></body></html>`;
    expect(extractClaims(articleOf(html)).map((c) => `${c.country} ${c.stance}`)).toEqual(['IT declined']);
  });

  it('pathological markup (thousands of unclosed tags and comments) is read in one pass', () => {
    expect(extractClaims(articleOf(`<html><body>${'<script>'.repeat(50_000)}${CLAIM_SENTENCE}`))).toEqual([]);
    expect(extractClaims(articleOf(`<html><body><p>${CLAIM_SENTENCE}</p>${'<!--'.repeat(100_000)}`)).map((c) => c.country)).toEqual(['IT']);
    expect(extractClaims(articleOf(`<div>${'<a href="x" '.repeat(40_000)}`))).toEqual([]);
  });

  it('a language without cues gives no claim; French, German and Spanish have their own', () => {
    expect(extractClaims(articleOf('Италия не будет отправлять войска на Украину, заявила Мелони.'))).toEqual([]);
    expect(extractClaims(articleOf('Le Canada est prêt à envoyer des troupes en Ukraine, a déclaré Mark Carney.'))).toMatchObject([
      { country: 'CA', commitment: 'ground_troops', stance: 'willing' },
    ]);
  });

  it('values of the wrong type do not throw', () => {
    const broken = { id: 'x', url: 'u', outlet: 'o', published: 'unknown', title: null, body: undefined } as unknown as Parameters<typeof extractClaims>[0];
    expect(extractClaims(broken)).toEqual([]);
  });

  it('a file without a header gives a clear error', () => {
    const error = (() => {
      try {
        parseArticleFile('just text with no header', 'x.txt');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(isPledgewatchError(error)).toBe(true);
    expect((error as Error).message).toMatch(/blank line after the header/);
  });

  it('cleanLines drops junk and keeps prose', () => {
    expect(cleanLines('LOADING...\nSummarize\nSep 05, 2025\n03:02 pm\nThe real sentence stays.\nMore teaser text...')).toEqual(['The real sentence stays.']);
  });
});
