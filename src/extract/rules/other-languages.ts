import countries from 'i18n-iso-countries/index.js';
import { createRequire } from 'node:module';
import { findMentions, type Mention } from '../../countries/gazetteer.js';
import type { Article } from '../../model/article.js';
import type { Claim } from '../../model/claim.js';
import type { Commitment, Stance } from '../../model/taxonomy.js';
import { cleanLines } from '../text/clean.js';
import { splitSentences } from '../text/sentences.js';
import { ADVERSARIES } from './lexicon.js';

/**
 * French, German and Spanish: the commitment and stance cues of each language, the country
 * names in it (leaders' names are the same everywhere), and a plain reading: the actor is the
 * last country named before the cue, else the speaker named after "a déclaré / sagte / dijo".
 * No clause structure, so these claims carry a lower confidence than English ones.
 */

export type Language = 'en' | 'fr' | 'de' | 'es';
type Foreign = Exclude<Language, 'en'>;

const require = createRequire(import.meta.url);
for (const lang of ['fr', 'de', 'es']) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
const actors = require('../../countries/data/actors.json') as { countries: Array<{ code: string }> };

const STOPWORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set('the and of to is that for with was are will not has'.split(' ')),
  fr: new Set('le la les des est une dans pour que qui pas sur aux du au ne l d n qu et un avec sera'.split(' ')),
  de: new Set('der die das und nicht ist ein eine mit für auf dem den sich wird keine sagte'.split(' ')),
  es: new Set('el los las del que una por para con está se al lo y su hay dijo de'.split(' ')),
};

/** The language of a text by its commonest short words (the first 3,000 characters are enough). */
const ENGLISH_WORDS = / (?:the|and|of|to|is|that|with|for|will|has)(?= )/g;

export function detectLanguage(text: string): Language {
  // Most articles are English: a few of its commonest words near the start settle it at once.
  const head = text.length > 600 ? text.slice(0, 600) : text;
  let english = 0;
  ENGLISH_WORDS.lastIndex = 0;
  while (ENGLISH_WORDS.exec(head) && ++english < 5);
  if (english >= 5) return 'en';
  const counts: Record<Language, number> = { en: 0, fr: 0, de: 0, es: 0 };
  for (const word of text
    .slice(0, 2000)
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    for (const lang of ['en', 'fr', 'de', 'es'] as const) if (STOPWORDS[lang].has(word)) counts[lang]++;
  }
  const best = (['fr', 'de', 'es'] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > counts.en * 1.5 && counts[best] >= 2 ? best : 'en';
}

/** Word boundaries that know accented letters: \b does not. */
function words(source: string): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${source.replace(/\\w\*/g, '\\p{L}*')})(?!\\p{L})`, 'u');
}

interface Lexicon {
  /** "does not rule out": a hedge, read before refusals. */
  hedge: RegExp;
  stances: Array<[Stance, RegExp]>;
  commitments: Array<[Commitment, RegExp]>;
  /** Prepositions after which a country is a place or a recipient. */
  place: RegExp;
  /** A reporting verb: the speaker is named after it. */
  reporting: RegExp;
  extraNames: Record<string, string>;
}

const LEXICONS: Record<Foreign, Lexicon> = {
  fr: {
    hedge: words(`n'exclu\\w* pas|pas exclu\\w*|n'écart\\w* pas`),
    stances: [
      ['opposed', words(`rejet\\w*|s'oppos\\w*|inacceptable|cibles? légitimes?|condamn\\w*`)],
      [
        'declined',
        words(
          `n'enverr\\w* pas|ne (?:va|vont|compte|comptent|souhaite|veut|prévoit|participera) pas|exclu\\w*|écart\\w*|refus\\w*|pas question|aucun soldat|jamais`,
        ),
      ],
      ['conditional', words(`à condition|sous réserve|seulement si|uniquement si|dépend\\w* de|conditionn\\w*|mandat de l'onu`)],
      ['undecided', words(`n'a pas (?:encore )?décidé|réfléchi\\w*|envisag\\w*|à l'étude|pas encore`)],
      [
        'committed',
        words(
          `enverra|enverront|déploiera|déploieront|fournira|fourniront|s'engag\\w*|s'est engagé\\w*|a promis|va envoyer|vont envoyer|a décidé|participera|participeront|dirigera`,
        ),
      ],
      ['willing', words(`prêt\\w*|dispos\\w* à|disponible|volontaire|propos\\w*|offr\\w*|soutien\\w*|pourrait`)],
    ],
    commitments: [
      ['ground_troops', words(`troupes?|soldats?|militaires|contingent|force de réassurance|forces terrestres|casques bleus|soldats de la paix`)],
      ['air', words(`aériennes?|aérien|avions|chasseurs|défense anti-?aérienne|ciel`)],
      ['maritime', words(`navale?s?|mer noire|maritime|déminage`)],
      ['training', words(`formation|former|entraîn\\w*`)],
      ['equipment', words(`armes|armement|munitions|missiles|équipements?`)],
      ['funding', words(`financement|milliards?|millions d'euros`)],
      ['monitoring', words(`surveill\\w*|observateurs?`)],
      ['coalition', words(`garanties? de sécurité|coalition|force multinationale`)],
    ],
    place: words(`(?:en|au|aux|à|pour|vers|contre|de|du|des|avec) (?:la |le |l')?$`),
    reporting: words(`a déclaré|a dit|a affirmé|a annoncé|a indiqué|a assuré|selon|déclare|affirme|annonce`),
    extraNames: { 'Royaume-Uni': 'GB', 'Grande-Bretagne': 'GB', 'États-Unis': 'US', 'Etats-Unis': 'US', Moscou: 'RU' },
  },
  de: {
    hedge: words(`nicht aus|nicht ausgeschlossen|nicht ausschließen`),
    stances: [
      ['opposed', words(`inakzeptabel|legitime ziele|verurteil\\w*`)],
      [
        'declined',
        words(
          `nicht (?:schicken|entsenden|senden|beteiligen|liefern)|keine (?:soldaten|truppen|bodentruppen)|schließt \\w+ aus|ausgeschlossen|lehnt (?:\\w+ ){0,6}?ab|abgelehnt|kommt nicht in frage|nicht in frage|niemals`,
        ),
      ],
      ['conditional', words(`nur,? wenn|nur unter|unter der bedingung|vorausgesetzt|abhängig von|hängt (?:\\w+ ){0,3}?ab|mandat`)],
      ['undecided', words(`noch nicht entschieden|unentschieden|prüf\\w*|erwäg\\w*|offen`)],
      [
        'committed',
        words(
          `wird (?:\\w+ ){0,6}?(?:schicken|entsenden|senden|liefern|bereitstellen|beteiligen|stellen|führen)|zugesagt|sagt (?:\\w+ )?zu|verpflichte\\w*|hat beschlossen`,
        ),
      ],
      ['willing', words(`bereit\\w*|gewillt|willens|offen für|angeboten|bietet`)],
    ],
    commitments: [
      ['ground_troops', words(`soldat\\w*|truppen|bodentruppen|bundeswehr|friedenstruppe\\w*|kontingent|schutztruppe`)],
      ['air', words(`luftverteidigung|luftraum|kampfjets?|flugzeuge|luftwaffe|luftüberwachung`)],
      ['maritime', words(`marine|schwarzen meer|minenräum\\w*`)],
      ['training', words(`ausbild\\w*|trainier\\w*`)],
      ['equipment', words(`waffen\\w*|munition|raketen|ausrüstung|taurus|panzer`)],
      ['funding', words(`finanz\\w*|milliarden|millionen euro`)],
      ['monitoring', words(`überwach\\w*|beobachter`)],
      ['intelligence', words(`aufklärung|geheimdienst\\w*`)],
      ['coalition', words(`sicherheitsgarantien|koalition|garantien`)],
    ],
    place: words(`(?:in|nach|für|gegen|mit|aus|an) (?:die |der |den |das )?$`),
    reporting: words(`sagte|erklärte|betonte|kündigte|teilte|so|laut`),
    extraNames: { Großbritannien: 'GB', USA: 'US', 'Vereinigte Königreich': 'GB', 'Vereinigten Staaten': 'US', Moskau: 'RU' },
  },
  es: {
    hedge: words(`no descarta\\w*|no excluye\\w*`),
    stances: [
      ['opposed', words(`inaceptable|objetivos? legítimos?|conden\\w*`)],
      ['declined', words(`no enviará\\w*|no (?:va|van) a enviar|descarta\\w*|excluye|rechaza\\w*|se niega|nunca|no participará\\w*|no contempla`)],
      ['conditional', words(`solo si|sólo si|siempre que|a condición|condicionad\\w*|depende\\w* de|mandato de la onu`)],
      ['undecided', words(`no ha decidido|estudia\\w*|evalúa\\w*|analiza\\w*`)],
      ['committed', words(`enviará\\w*|desplegará\\w*|aportará\\w*|se compromet\\w*|comprometid\\w*|participará\\w*|liderará\\w*`)],
      ['willing', words(`dispuest\\w*|list[oa]s? para|preparad\\w*|ofrec\\w*|abiert[oa]s? a`)],
    ],
    commitments: [
      ['ground_troops', words(`tropas|soldados|militares|contingente|fuerzas? de paz|fuerza de reaseguro|cascos azules`)],
      ['air', words(`aviones|cazas|aérea|aéreo|defensa antiaérea|espacio aéreo`)],
      ['maritime', words(`naval|mar negro|desminado`)],
      ['training', words(`entrenamiento|formación|entrenar`)],
      ['equipment', words(`armas|armamento|munición|misiles|equipos?`)],
      ['funding', words(`financiación|millones de euros|miles de millones`)],
      ['monitoring', words(`vigilancia|supervis\\w*|observadores`)],
      ['coalition', words(`garantías de seguridad|coalición`)],
    ],
    place: words(`(?:en|a|para|hacia|contra|de|del|con) (?:la |el |los |las )?$`),
    reporting: words(`dijo|afirmó|declaró|anunció|aseguró|según|explicó`),
    extraNames: { 'Reino Unido': 'GB', 'Gran Bretaña': 'GB', 'Estados Unidos': 'US', 'EE.UU.': 'US', EEUU: 'US', Moscú: 'RU' },
  },
};

/** Country names in each language, for the countries of this story only (the curated list). */
function namesFor(lang: Foreign): Array<[string, string]> {
  const names: Array<[string, string]> = Object.entries(LEXICONS[lang].extraNames);
  for (const { code } of actors.countries) {
    if (code === 'EU') continue;
    for (const name of [countries.getName(code, lang, { select: 'all' }) ?? []].flat()) if (!name.includes(',')) names.push([name, code]);
  }
  return names.sort((a, b) => b[0].length - a[0].length);
}

const NAME_PATTERNS = Object.fromEntries(
  (['fr', 'de', 'es'] as const).map((lang) => {
    const names = namesFor(lang);
    const codes = new Map(names.map(([n, c]) => [n, c]));
    const escaped = names.map(([n]) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return [lang, { pattern: new RegExp(`(?<!\\p{L})(?:${escaped.join('|')})(?!\\p{L})`, 'gu'), codes }];
  }),
) as Record<Foreign, { pattern: RegExp; codes: Map<string, string> }>;

function mentionsIn(sentence: string, lang: Foreign): Mention[] {
  const found: Mention[] = findMentions(sentence).filter((m) => m.kind !== 'name');
  const { pattern, codes } = NAME_PATTERNS[lang];
  for (const match of sentence.matchAll(pattern)) {
    const code = codes.get(match[0]);
    if (code && !found.some((m) => m.start < match.index + match[0].length && m.end > match.index)) {
      found.push({ code, kind: 'name', start: match.index, end: match.index + match[0].length, official: false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function stanceOf(lower: string, lexicon: Lexicon): { stance: Stance; at: number } | null {
  const hedge = lexicon.hedge.exec(lower);
  const text = hedge ? lower.slice(0, hedge.index) + ' '.repeat(hedge[0].length) + lower.slice(hedge.index + hedge[0].length) : lower;
  let found: { stance: Stance; at: number } | null = null;
  // The actor stands before the first cue of any kind; a condition anywhere outranks willing and undecided.
  let first = hedge ? hedge.index : Infinity;
  for (const [stance, pattern] of lexicon.stances) {
    const match = pattern.exec(text);
    if (!match) continue;
    first = Math.min(first, match.index);
    if (!found || (stance === 'conditional' && found.stance !== 'opposed' && found.stance !== 'declined')) found = { stance, at: match.index };
  }
  if (found) found.at = first;
  if (hedge && (!found || found.stance === 'committed' || found.stance === 'willing' || found.stance === 'declined'))
    return { stance: 'undecided', at: hedge.index };
  return found;
}

/** Claims of one sentence in French, German or Spanish. */
function sentenceClaims(sentence: string, lang: Foreign, headline: boolean): Claim[] {
  const lexicon = LEXICONS[lang];
  const lower = sentence.toLowerCase();
  const stance = stanceOf(lower, lexicon);
  if (!stance) return [];
  const commitments = lexicon.commitments.filter(([, p]) => p.test(lower)).map(([c]) => c);
  const specific = commitments.some((c) => c !== 'coalition') ? commitments.filter((c) => c !== 'coalition') : commitments;
  if (specific.length === 0) return [];
  const mentions = mentionsIn(sentence, lang);
  // Ukraine receives the guarantees: never the actor here either.
  const before = mentions.filter((m) => m.end <= stance.at && m.code !== 'UA' && !lexicon.place.test(lower.slice(Math.max(0, m.start - 12), m.start)));
  const reporting = lexicon.reporting.exec(lower);
  const speaker = reporting ? mentions.find((m) => m.start > reporting.index && m.official) : undefined;
  const subject = before.at(-1) ?? speaker;
  if (!subject) return [];
  let finalStance = stance.stance;
  if (ADVERSARIES.has(subject.code) && finalStance === 'declined') finalStance = 'opposed';
  else if (!ADVERSARIES.has(subject.code) && finalStance === 'opposed') finalStance = 'declined';
  const self = speaker ? speaker.code === subject.code : subject.official;
  return specific
    .filter((commitment) => subject.code !== 'UA' || commitment === 'sanctions')
    .map((commitment) => ({
      country: subject.code,
      commitment,
      stance: finalStance,
      evidence: sentence,
      speaker: self ? 'self' : 'third_party',
      confidence: headline ? 0.6 : 0.7,
    }));
}

/** The claims of an article written in French, German or Spanish. */
export function foreignClaims(article: Article, lang: Foreign, title: string): Claim[] {
  const seen = new Set<string>();
  const byKey = new Map<string, Claim>();
  const lines = [
    ...cleanLines(title, seen).map((line) => ({ line, headline: true })),
    ...cleanLines(article.body, seen).map((line) => ({ line, headline: false })),
  ];
  for (const { line, headline } of lines) {
    for (const sentence of splitSentences(line)) {
      for (const claim of sentenceClaims(sentence, lang, headline)) {
        const key = `${claim.country}|${claim.commitment}|${claim.stance}`;
        if (!byKey.has(key) || byKey.get(key)!.confidence < claim.confidence) byKey.set(key, claim);
      }
    }
  }
  return [...byKey.values()];
}
