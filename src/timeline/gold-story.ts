import { readClaimsFile } from '../extract/eval/gold-set.js';
import type { ScoredClaim } from '../extract/eval/score.js';
import { readManifest, type ManifestEntry } from '../extract/eval/realnews.js';
import type { ClaimExtractor } from '../extract/extractor.js';
import { articleIdFor } from '../extract/article-file.js';
import { ErrorCode, namedBriefly, PledgewatchError } from '../errors/index.js';
import type { Claim } from '../model/claim.js';
import type { Speaker } from '../model/taxonomy.js';
import { readingConfidence } from '../extract/rules/calibration.js';
import { voiceKey, type GoldVoice, type GoldVoices } from './gold-voices.js';
import { inPublishedOrder, type StoryArticle } from './replay-story.js';

/**
 * The real-news story replayed on its gold claims instead of the extractor's: the alert layer
 * measured as if every claim were read right. It needs no article text, only the manifest (url,
 * outlet, date, title) and the gold, both in the repository, so it runs wherever the code does.
 *
 * The gold says who holds a position, not who voiced it or how sure a reader would be: every
 * claim gets the `confidence` asked for, and either the one `speaker` asked for (the two bound
 * what the confirmation policy can let through) or, `annotated`, the speaker and statement date
 * read from its page (gold-voices.ts). Its evidence is no sentence (the texts stay outside the
 * repository): each article's is its own, so no two reports look like one wire story copied.
 */
export interface GoldReading {
  speaker: Speaker | 'annotated';
  /** A fixed confidence, or `by kind`: the one the extractor gives that kind of reading (calibration.ts), from the voices. */
  confidence: number | 'by kind';
  /** Also the claims the annotators allowed but did not require (SCHEMA.md "optional"). */
  withOptional: boolean;
}

export const GOLD_READINGS: Readonly<Record<Speaker | 'annotated' | 'calibrated', GoldReading>> = {
  self: { speaker: 'self', confidence: 0.9, withOptional: false },
  third_party: { speaker: 'third_party', confidence: 0.9, withOptional: false },
  annotated: { speaker: 'annotated', confidence: 0.9, withOptional: false },
  calibrated: { speaker: 'annotated', confidence: 'by kind', withOptional: false },
};

/** What the annotated readings add to the gold: each claim's voice, and each article's language (for `by kind`). */
export interface GoldAnnotation {
  voices: GoldVoices;
  /** Article file to its manifest language; an article missing here is read as English. */
  languages?: ReadonlyMap<string, string>;
}

/** The story's articles (as `order` lists them) from the manifest, with empty bodies: the gold reads them. */
export function goldStoryArticles(entries: readonly ManifestEntry[], order: readonly string[] | undefined): StoryArticle[] {
  if (!order || order.length === 0)
    throw new PledgewatchError(ErrorCode.CommandInput, 'the expectations list no "order": the gold replay needs the story\'s articles named');
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const missing = order.filter((id) => !byId.has(id));
  if (missing.length > 0)
    throw new PledgewatchError(ErrorCode.CommandInput, `${missing.length} article(s) of the story are not in the manifest: ${namedBriefly(missing)}`);
  return inPublishedOrder(
    order
      .map((id) => byId.get(id)!)
      .map((entry) => ({
        file: entry.id,
        article: { id: articleIdFor(entry.url), url: entry.url, outlet: entry.outlet, published: entry.published, title: entry.title, body: '' },
      })),
  );
}

/** An extractor that answers each story article with its gold claims, read as `reading` says (`annotation` for `annotated`). */
export function goldExtractor(
  story: readonly StoryArticle[],
  gold: ReadonlyMap<string, readonly ScoredClaim[]>,
  reading: GoldReading,
  annotation?: GoldAnnotation,
): ClaimExtractor {
  const fileOfArticle = new Map(story.map(({ file, article }) => [article.id, file]));
  const missing = story.map(({ file }) => file).filter((file) => !gold.has(file));
  if (missing.length > 0)
    throw new PledgewatchError(ErrorCode.CommandInput, `${missing.length} article(s) of the story have no gold line: ${namedBriefly(missing)}`);
  const read = (claim: ScoredClaim): boolean => reading.withOptional || claim.optional !== true;
  const { speaker } = reading;
  const voiceOf = speaker === 'annotated' ? annotatedVoices(story, gold, read, annotation?.voices) : (): GoldVoice => ({ speaker, said: null });
  const confidenceOf = (file: string, claim: ScoredClaim, voice: GoldVoice): number =>
    reading.confidence === 'by kind' ? confidenceByKind(claim, voice, annotation?.languages?.get(file)) : reading.confidence;
  return {
    name: `gold (${reading.speaker}, ${reading.confidence}${reading.withOptional ? ', optional claims too' : ''})`,
    extract: (article) => {
      const file = fileOfArticle.get(article.id);
      if (file === undefined) return Promise.reject(new PledgewatchError(ErrorCode.CommandInput, `${article.url} is not an article of the gold story`));
      const claims = gold.get(file)!.filter(read);
      return Promise.resolve(
        claims.map((claim): Claim => {
          const voice = voiceOf(file, claim);
          return goldClaim(claim, file, confidenceOf(file, claim, voice), voice);
        }),
      );
    },
  };
}

/** Each claim's voice from the annotation; refuses a story claim that has none, naming it. */
function annotatedVoices(
  story: readonly StoryArticle[],
  gold: ReadonlyMap<string, readonly ScoredClaim[]>,
  read: (claim: ScoredClaim) => boolean,
  voices: GoldVoices | undefined,
): (file: string, claim: ScoredClaim) => GoldVoice {
  if (!voices) throw new PledgewatchError(ErrorCode.CommandInput, 'the annotated gold reading needs the voices file (who said each claim, and when)');
  const unvoiced = story.flatMap(({ file }) =>
    gold
      .get(file)!
      .filter((claim) => read(claim) && !voices.get(file)?.has(voiceKey(claim)))
      .map((claim) => `${file} ${voiceKey(claim)}`),
  );
  if (unvoiced.length > 0)
    throw new PledgewatchError(ErrorCode.CommandInput, `${unvoiced.length} gold claim(s) of the story have no voice: ${namedBriefly(unvoiced)}`);
  // A statement told as background was made before the article: a later date is a slip of the annotation.
  const late = story.flatMap(({ file, article }) =>
    [...(voices.get(file)?.entries() ?? [])]
      .filter(([, voice]) => voice.said !== null && voice.said > article.published.slice(0, voice.said.length))
      .map(([key]) => `${file} ${key}`),
  );
  if (late.length > 0)
    throw new PledgewatchError(ErrorCode.CommandInput, `${late.length} voice(s) date a statement after its article was published: ${namedBriefly(late)}`);
  return (file, claim) => voices.get(file)!.get(voiceKey(claim))!;
}

/**
 * The confidence the rule extractor gives a reading of this kind (calibration.ts): its speaker, a pledge signed or not,
 * read from a headline or a sentence of the evidence's length, in English or not. A perfect reader with the extractor's
 * own measure of how sure it may be.
 */
function confidenceByKind(claim: ScoredClaim, voice: GoldVoice, language: string | undefined): number {
  const [start, end] = claim.evidence_span ?? [0, 0];
  return readingConfidence({
    country: claim.country,
    speaker: voice.speaker,
    commitment: claim.commitment,
    stance: claim.stance,
    sentenceChars: end - start,
    headline: claim.evidence_in === 'title',
    english: language === undefined || language === 'en',
    signed: voice.formal === true,
  });
}

function goldClaim(claim: ScoredClaim, file: string, confidence: number, voice: GoldVoice): Claim {
  return {
    country: claim.country,
    commitment: claim.commitment,
    stance: claim.stance,
    evidence: `gold claim of article ${file}`,
    speaker: voice.speaker,
    confidence,
    ...(voice.said ? { said: voice.said } : {}),
  };
}

/** The manifest and gold of a real-news set, and the story's order, as the gold replay reads them. */
export async function readGoldStory(
  manifestPath: string,
  goldPath: string,
  order: readonly string[] | undefined,
): Promise<{ story: StoryArticle[]; gold: Map<string, ScoredClaim[]>; languages: Map<string, string> }> {
  const entries = await readManifest(manifestPath);
  const story = goldStoryArticles(entries, order);
  const gold = new Map((await readClaimsFile(goldPath)).map((line) => [line.file.replace(/\.txt$/, ''), line.claims]));
  return { story, gold, languages: new Map(entries.map((entry) => [entry.id, entry.lang])) };
}
