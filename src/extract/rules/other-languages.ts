import countries from 'i18n-iso-countries/index.js';
import { createRequire } from 'node:module';
import { findMentions, foreignBalticMentions, type Mention } from '../../countries/gazetteer.js';
import type { Article } from '../../model/article.js';
import type { Claim } from '../../model/claim.js';
import { type Commitment, type Stance, STANCE_CLASS } from '../../model/taxonomy.js';
import { allMatches } from '../text/all-matches.js';
import { cleanLines } from '../text/clean.js';
import { splitSentences } from '../text/sentences.js';
import { readingConfidence } from './calibration.js';
import { ADVERSARIES } from './lexicon.js';
import { ADJECTIVE_PLACE, adjectiveForms, type ForeignLanguage, OFFICIAL_NOUNS, TROOP_NOUNS } from './nationality-adjectives.js';
import { blankSpans, blankTail } from './working-text.js';

/**
 * French, German, Spanish, Italian, Portuguese, Polish, Dutch, Romanian, Hungarian, Czech and Finnish: the commitment and
 * stance cues of each language, the country names in it (in their cases where the language declines them; leaders'
 * names are the same everywhere), and a plain
 * reading: a sentence is cut at its contrast word ("mais / aber / pero / ma / mas / ale / maar /
 * dar / de"), and in
 * each part the actor is the last country named before the cue (the previous part's actor when
 * none is), else the speaker named after "a déclaré / sagte / dijo / ha detto / disse /
 * powiedział". A commitment counts only after the actor (or before the reporting verb when the
 * actor is that speaker), so a country named late in a sentence does not take an earlier topic.
 * Across sentences: a quote's "we" is its speaker's country, the next sentence of a quote or one
 * opening with "however" keeps the actor, and "among them A and B" names the members of a group
 * the sentence before spoke of. Nationality adjectives name speakers ("le président français")
 * and, alone in a sentence, whose troops are meant ("deutsche Truppen").
 * No clause structure beyond that: their confidence is their kind's as measured (calibration.ts), 0.6 for
 * most readings and 0.9 for a refusal of troops.
 */

export type Language = 'en' | ForeignLanguage;
type Foreign = ForeignLanguage;
const FOREIGN: readonly Foreign[] = ['fr', 'de', 'es', 'it', 'pt', 'pl', 'nl', 'ro', 'hu', 'cs', 'fi'];

const require = createRequire(import.meta.url);
const actors = require('../../countries/data/actors.json') as { countries: Array<{ code: string }> };

/** Words common in one language (Spanish and Portuguese share some: their own words tell them apart). */
const STOPWORDS: Record<Language, ReadonlySet<string>> = {
  // "on" and "by" are Finnish and Czech words as well, but far commoner in English: counted for English too, they keep a short
  // English text ("Talks on Ukraine went on") from being read as Finnish.
  en: new Set('the and of to is that for with was are will not has on by'.split(' ')),
  fr: new Set('le les des est une dans pour qui pas sur aux du au ne l d n qu et un avec sera'.split(' ')),
  de: new Set('der die das und nicht ist ein eine mit für auf dem den sich wird keine sagte'.split(' ')),
  es: new Set('el los las del que una por para con está se al lo y su hay dijo de según pero muy'.split(' ')),
  it: new Set('il gli della delle degli che non è di dei nel alla sono anche ha per ma'.split(' ')),
  pt: new Set('os das dos não uma um em ao às é foi com pelo pela mas também que por para se de está'.split(' ')),
  pl: new Set('w z się nie że jest przez dla oraz jak ale są które który już także jego'.split(' ')),
  // Not "de" and "en": French and Spanish write them too.
  nl: new Set('het een van op niet zijn voor met dat ook naar bij worden zal heeft wordt deze wel'.split(' ')),
  ro: new Set('și în că pentru nu este cu la din care mai fost sunt sau pe ale despre va'.split(' ')),
  // Not "a": the Romance languages write it too.
  hu: new Set('az és hogy nem egy meg van volt már csak mint ezt azt pedig szerint'.split(' ')),
  // Not "na", "że" and "się": Polish writes them too.
  cs: new Set('je jsou se také který která které jeho podle však už byl bylo by ve či jako pro své není jsme když'.split(' ')),
  fi: new Set('ja on että ei oli myös mutta kun tai joka ovat sen'.split(' ')),
};

/** Languages not read here, told apart so that their words are not taken for Spanish or Polish ones. */
const UNREAD: ReadonlyArray<ReadonlySet<string>> = [
  new Set('një të në që për nga është dhe nuk së janë ka'.split(' ')), // Albanian
];

const LETTERS: Array<[Foreign, RegExp]> = [
  ['pl', /[łśżźćńęą]/g],
  ['pt', /[ãõâ]/g],
  ['es', /[ñ¿¡]/g],
  ['de', /[ßü]/g], // not ä and ö: Finnish writes them too
  ['ro', /[ășțşţ]/g],
  // Hungarian and Dutch letters are shared, but their names of Ukraine and of countries are their own.
  ['hu', /[őű]|ország|ukrajn|orosz/gi],
  ['nl', /oekraïn/gi],
  ['cs', /[ěřů]/g], // Czech letters no other language read here writes
  ['fi', /venäjä|suome[nsl]|ukrainaa?n/gi],
];

/** The language of a text by its commonest short words (the first 3,000 characters are enough). */
const ENGLISH_WORDS = / (?:the|and|of|to|is|that|with|for|will|has)(?= )/g;

export function detectLanguage(text: string): Language {
  // Most articles are English: a few of its commonest words near the start settle it at once.
  const head = text.length > 600 ? text.slice(0, 600) : text;
  let english = 0;
  ENGLISH_WORDS.lastIndex = 0;
  while (ENGLISH_WORDS.exec(head) && ++english < 5);
  if (english >= 5) return 'en';
  const counts: Record<Language, number> = { en: 0, fr: 0, de: 0, es: 0, it: 0, pt: 0, pl: 0, nl: 0, ro: 0, hu: 0, cs: 0, fi: 0 };
  const unread = UNREAD.map(() => 0);
  for (const word of text
    .slice(0, 2000)
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    if (word.length === 0) continue;
    if (STOPWORDS.en.has(word)) counts.en++;
    for (const lang of FOREIGN) if (STOPWORDS[lang].has(word)) counts[lang]++;
    UNREAD.forEach((set, i) => set.has(word) && unread[i]!++);
  }
  // Letters only one of these languages writes settle a short text (a headline, one sentence).
  for (const [lang, letters] of LETTERS) counts[lang] += (text.slice(0, 2000).match(letters) ?? []).length;
  const best = FOREIGN.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  if (unread.some((n) => n > counts[best])) return 'en';
  return counts[best] > counts.en * 1.5 && counts[best] >= 2 ? best : 'en';
}

/**
 * A letter of the Latin alphabets read here. Not \p{L}: a page with a letter beyond Latin-1
 * (Polish ł, ę, ś) makes V8 compile each pattern again for two-byte text, and with the whole
 * Unicode letter class that took 150-500 ms on the first such page.
 */
const LETTER = 'A-Za-zªºÀ-ÖØ-öø-ɏ';

/** Word boundaries that know accented letters: \b does not. */
function words(source: string, flags = 'u'): RegExp {
  // \w* and \w+ take the accented letters too ("ausländischer", "européens"): JavaScript's \w is ASCII only.
  // Romanian writes ș and ț with a comma below or, on older keyboards, a cedilla (ş, ţ).
  const body = source
    .replace(/\\w([*+])/g, `[${LETTER}]$1`)
    .replace(/ș/g, '[șş]')
    .replace(/ț/g, '[țţ]');
  return new RegExp(`(?<![${LETTER}])(?:${body})(?![${LETTER}])`, flags);
}

/** A negation word at the end of a text, at most one word (a copula) after it, and not "not only": "n'est pas ", "nicht ". */
function negation(negations: string, only: string): RegExp {
  return words(`(?:${negations})(?! (?:${only}) )(?: \\S+)? $`);
}

/** Articles before a country's name in the languages with "neither ... nor" below. */
const ARTICLE = `(?:la|le|les|el|los|las|il|lo|gli|die|der|den|das)`;

/**
 * "Ni Alemania ni Italia enviarán", "weder Deutschland noch Italien werden": the verb after the second member is a refusal
 * for both (the members are joined like a list). The second member is an article and a name of one or two words, so the
 * cue cannot start inside it.
 */
function neitherNor(first: string, second: string): string {
  const word = `(?!${ARTICLE}\\s|l['’])[\\p{L}][\\p{L}'’-]*`;
  return `(?<=(?:^|\\s)${first} [^,;]{1,60}? ${second} (?:${ARTICLE}\\s+|l['’])?${word}(?: ${word})? )[\\p{L}'’]+`;
}

interface Lexicon {
  /** "does not rule out": a hedge, read before refusals. */
  hedge: RegExp;
  /** A negation just before a cue of readiness or pledge, at most a copula between ("n'est pas prête", "nicht bereit"): a refusal. */
  negation: RegExp;
  /** "Is part of, has joined": membership of the coalition, willing (SCHEMA.md), no particular contribution. */
  membership: RegExp;
  /** "Will help in other ways": taking part in the guarantees without the refused contribution. */
  otherWays: RegExp;
  /** A bare "if" after the cue: a condition, unless what follows is the ceasefire or peace every plan assumes (timing). */
  bareIf: RegExp;
  timing: RegExp;
  stances: Array<[Stance, RegExp]>;
  commitments: Array<[Commitment, RegExp]>;
  /** Prepositions after which a country is a place or a recipient. */
  place: RegExp;
  /** A reporting verb: the speaker is named after it. */
  reporting: RegExp;
  /** "But": a sentence's parts are read one by one, the actor carried over. */
  contrast: RegExp;
  /** The coalition's own name ("of the willing") is no stance cue. */
  coalitionName: RegExp;
  /** "We, our": a quote's first person is its speaker's country. */
  firstPerson: RegExp;
  /** "However" opening a sentence: the previous sentence's actor goes on. */
  opener: RegExp;
  /** "Among them": the countries of a group named before. */
  among: RegExp;
  /** Countries, states, allies: an unnamed group whose members a later list may name. */
  group: RegExp;
  extraNames: Record<string, string>;
}

const LEXICONS: Record<Foreign, Lexicon> = {
  fr: {
    negation: negation(`pas|jamais`, `seulement`),
    hedge: words(`n'exclu\\w* pas|pas exclu\\w*|n'écart\\w* pas|jamais (?:exclu\\w*|écart\\w*)|ne refus\\w* pas|ne s'oppos\\w* pas`),
    membership: words(
      `fait partie|figur\\w* parmi les (?:contributeurs|pays|membres|participants|signataires)|(?:est|sont) à la tête d(?:e la|'une|u) (?:\\S+ ){0,2}?coalition|a rejoint|ont rejoint|(?:a|ont) participé à (?:la |une )?(?:réunion|sommet|visioconférence)|particip\\w* à la réunion`,
    ),
    otherWays: words(`autrement|d'autres (?:manières|façons|formes)|d'une autre (?:manière|façon)`),
    bareIf: words(`(?<!même )si(?! nécessaire| besoin)`),
    timing: words(`cessez-le-feu|paix|accord|trêve|fin de la guerre|fin des combats|la guerre (?:prend|s'arrête)`),
    stances: [
      ['opposed', words(`rejet\\w*|s'oppos\\w*|inacceptable|cibles? légitimes?|condamn\\w*`)],
      [
        'declined',
        words(
          `n'enverr\\w* pas|ne (?:va|vont|compte|comptent|souhaite|veut|prévoit|participera|participeront|déploiera|fournira|enverra) pas|n'(?:a|ont) pas l'intention|n'envisage\\w* pas|exclu\\w*|écart\\w*|refus\\w*|pas question|hors de question|(?:pas|plus) (?:à|a) l['’]ordre du jour|aucun soldat|jamais|${neitherNor('ni', 'ni')}`,
        ),
      ],
      [
        'conditional',
        words(
          `à condition|sous réserve|dans (?:de telles|ces) conditions|seulement si|uniquement si|(?:mais )?seulement (?:après|une fois|quand|lorsque)|dépend\\w* de|conditionn\\w*|mandat de l'onu`,
        ),
      ],
      [
        'undecided',
        words(
          `n'a pas (?:encore )?décidé|réfléchi\\w*|envisag\\w*|à l'étude|pas encore|(?:reste|restent|se montre|se montrent|se dit|se disent|est|sont|demeure) (?:\\S+ )?(?:prudente?s?|réservée?s?|circonspecte?s?)`,
        ),
      ],
      [
        'committed',
        words(
          `enverra|enverront|déploiera|déploieront|fournira|fourniront|s'engag\\w*|(?:s'est|se sont) (?:\\S+ ){0,2}?engagé\\w*|a promis|va envoyer|vont envoyer|a décidé|participera|participeront|dirigera|(?:a|ont) signé`,
        ),
      ],
      ['willing', words(`prêt\\w*|dispos\\w* à|disponible|volontaire|propos\\w*|offr\\w*|soutien\\w*|pourrait|(?:leur|son|sa) intention`)],
    ],
    commitments: [
      [
        'ground_troops',
        words(
          `troupes?|soldats?|militaires|personnel militaire|contingent|force de réassurance|forces terrestres|casques bleus|soldats de la paix|mission de paix`,
        ),
      ],
      ['air', words(`aériennes?|aérien|avions|chasseurs|défense anti-?aérienne|ciel`)],
      ['maritime', words(`navale?s?|mer noire|maritime|déminage`)],
      ['training', words(`formation|former|entraîn\\w*`)],
      ['equipment', words(`armes|armement|munitions|missiles|équipements?|(?:soutien|aide|assistance) militaire`)],
      ['funding', words(`financement|milliards?|millions d'euros|(?:soutien|aide) (?:militaire et )?financi\\w*`)],
      ['monitoring', words(`surveill\\w*|observateurs?`)],
      ['coalition', words(`garanties? de sécurité|coalition|force multinationale`)],
    ],
    place: words(`(?:en|au|aux|à|pour|vers|contre|de|du|des|avec) (?:la |le |l')?$`),
    reporting: words(`a déclaré|a dit|a affirmé|a annoncé|a indiqué|a assuré|a confirmé|a rappelé|selon|déclare|affirme|annonce|confirme`),
    contrast: words(`mais|en revanche|toutefois|tandis que|alors que`, 'gu'),
    coalitionName: words(`coalition des volontaires|coalition des pays volontaires`, 'gu'),
    firstPerson: words(`nous|notre|nos`),
    opener: words(`^\\W*(?:cependant|toutefois|en revanche|mais|néanmoins|pourtant)`),
    among: words(
      `parmi (?:eux|elles|lesquels|lesquelles|ceux-ci|ces (?:pays|états|nations))(?:,? on (?:note|trouve|compte|cite)(?: notamment| spécifiquement| en particulier)?)?`,
    ),
    group: words(`pays|états|nations|alliés|partenaires|européens|membres`),
    extraNames: {
      'Royaume-Uni': 'GB',
      'Grande-Bretagne': 'GB',
      'États-Unis': 'US',
      'Etats-Unis': 'US',
      Tchéquie: 'CZ',
      'République tchèque': 'CZ',
      Moscou: 'RU',
    },
  },
  de: {
    negation: negation(`nicht|nie|niemals`, `nur`),
    hedge: words(`nicht aus|nicht ausgeschlossen|nicht ausschließen|nie ausgeschlossen|niemals ausgeschlossen|lehn\\w* (?:\\S+ ){0,3}?nicht ab`),
    membership: words(
      `gehört zu|gehören zu|beigetreten|(?:nahm|nahmen) an (?:dem |der )?(?:treffen|gipfel|videokonferenz|sitzung|beratung)\\w*|an (?:dem |der )?(?:treffen|gipfel|videokonferenz|sitzung|beratung)\\w* (?:\\S+ ){0,4}?teilgenommen`,
    ),
    otherWays: words(`auf andere weise|anderweitig`),
    bareIf: words(`(?<!auch )(?:wenn|falls)(?! (?:nötig|notwendig|erforderlich))`),
    timing: words(`waffenstillstand\\w*|waffenruhe|frieden\\w*|kriegsende|ende des krieges|abkommen`),
    stances: [
      ['opposed', words(`inakzeptabel|legitime\\w* ziel\\w*|verurteil\\w*`)],
      [
        'declined',
        words(
          `nicht (?:\\w+ ){0,2}?(?:schicken|entsenden|senden|beteiligen|liefern|stationieren)|kein\\w* (?:\\w+ ){0,2}?(?:soldaten|truppen|bodentruppen)|schließt \\w+ aus|ausgeschlossen|lehnt (?:\\w+ ){0,10}?ab|abgelehnt|ablehn\\w*|weist (?:\\S+ ){0,8}?zurück|zurückgewiesen|kommt nicht in frage|nicht in frage|nicht auf der tagesordnung|steht nicht zur debatte|niemals|${neitherNor('weder', 'noch')}`,
        ),
      ],
      [
        'conditional',
        words(
          `nur,? wenn|nur unter|(?:aber |allerdings )?erst (?:nach|wenn|sobald)|unter der bedingung|vorausgesetzt|abhängig von|hängt (?:\\w+ ){0,3}?ab|mandat|(?:bundestag|parlament)\\w* (?:\\S+ ){0,3}?(?:entscheid|zustimm|abstimm|billig)\\w*|zustimmung des (?:bundestag|parlament)\\w*|sobald (?:\\S+ ){0,4}?bedingungen|(?:unter|mit) (?:\\S+ ){0,4}?(?:führung|beteiligung) der (?:usa|vereinigten staaten|amerikaner)`,
        ),
      ],
      [
        'undecided',
        words(
          `noch nicht entschieden|unentschieden|nicht sagen,? ob|prüf\\w*|erwäg\\w*|offen(?! für)|(?:lässt|ließ|lassen|ließen) (?:\\S+ ){0,10}?offen|(?:legt|legte) sich (?:\\S+ ){0,16}?nicht fest|noch nicht fest|ob (?:\\S+ ){0,8}?(?:schicken|entsenden) wolle`,
        ),
      ],
      [
        'committed',
        words(
          `(?:wird|werden) (?:\\S+ ){0,6}?(?:schicken|entsenden|senden|liefern|bereitstellen|beteiligen|stellen|führen|geben|leisten|helfen)|hilft|zugesagt|sagt(?:e|en)? (?:\\w+ )?zu|verpflichte\\w*|hat beschlossen|unterzeichne\\w*|unterschrieb\\w*|unterschrieben`,
        ),
      ],
      [
        'willing',
        words(
          `bereit(?!stell|s(?!\\p{L}))\\w*|gewillt|willens|offen für|angeboten|bietet|angedeutet|signalisiert|(?:bereitstellen|schicken|entsenden|stellen|beteiligen) würden?|(?:bringt|brachte|bringen) (?:\\S+ ){1,10}?ins spiel|(?:soll|sollen|will|wollen) (?:\\S+ ){0,3}?helfen|(?:will|wollen) sich (?:\\S+ ){0,6}?beteiligen`,
        ),
      ],
    ],
    commitments: [
      // "Kräfte" alone are forces of any kind ("politische Kräfte"): troops only when sent for or into Ukraine.
      ['ground_troops', words(`soldat\\w*|\\w*truppen?|bundeswehr\\w*|kontingent|(?:friedens)?mission|kräfte (?:für|in|nach) die ukraine`)],
      ['air', words(`luftverteidigung|luftraum|kampfjets?|flugzeuge|luftwaffe|luftüberwachung`)],
      ['maritime', words(`marine|schwarzen meer|minenräum\\w*`)],
      ['training', words(`ausbild\\w*|trainier\\w*`)],
      ['equipment', words(`waffen(?!stillstand|ruhe)\\w*|munition|raketen|ausrüstung|taurus|panzer|militärische (?:unterstützung|hilfe)|militärhilfe`)],
      ['funding', words(`finanz\\w*|milliarden|millionen euro`)],
      ['monitoring', words(`überwach\\w*|beobachter`)],
      ['intelligence', words(`aufklärung|geheimdienst\\w*`)],
      ['coalition', words(`sicherheitsgarantie\\w*|koalition|garantien`)],
    ],
    place: words(`(?:in|nach|für|gegen|mit|aus|an) (?:die |der |den |das )?$`),
    reporting: words(`sagte|erklärte|betonte|kündigte|teilte|findet(?![^,.]*statt)|fand(?![^,.]*statt)|so|laut`),
    contrast: words(`aber|jedoch|sondern|während|allerdings`, 'gu'),
    coalitionName: words(`koalition der willigen`, 'gu'),
    firstPerson: words(`wir|uns|unser\\w*`),
    opener: words(`^\\W*(?:aber|jedoch|allerdings|dennoch|trotzdem)`),
    among: words(`darunter|unter ihnen|dazu gehören|zu ihnen gehören`),
    group: words(`länder\\w*|staaten|nationen|verbündete\\w*|partner\\w*|europäer\\w*|mitglieder\\w*`),
    extraNames: { Großbritannien: 'GB', USA: 'US', 'Vereinigte Königreich': 'GB', 'Vereinigten Staaten': 'US', Moskau: 'RU', Kreml: 'RU' },
  },
  es: {
    negation: negation(`no|nunca`, `solo|sólo|solamente`),
    hedge: words(`no descarta\\w*|no excluye\\w*|nunca (?:ha |han )?(?:descartado|excluido)|no (?:se opone|se oponen|rechaza|rechazan)`),
    membership: words(
      `forma parte|formará parte|formarán parte|se integra|se ha sumado|se suma|particip\\w* en (?:la |una )?(?:reunión|cumbre|videoconferencia)`,
    ),
    otherWays: words(`de otras? (?:formas?|maneras?)`),
    bareIf: words(`(?<!aun |decidido |decidir |decidirá |saber |sabe |claro )si(?! (?:es |fuera |fuese )?necesario)`),
    timing: words(`alto el fuego|paz|acuerdo|tregua|fin de la guerra`),
    stances: [
      ['opposed', words(`inaceptable|objetivos? legítimos?|conden\\w*`)],
      [
        'declined',
        words(
          `no enviará\\w*|no (?:va|van) a enviar|no (?:tiene|tienen) (?:intención|planes)|no desplegará\\w*|descarta\\w*|excluye|rechaza\\w*|se niega|nunca(?! (?:\\S+ ){0,3}?(?:dado|dio|da|dará|dar) la espalda)|no participará\\w*|no contempla|en ningún caso|no está (?:en|sobre) la (?:agenda|mesa)|fuera de (?:toda )?(?:cuestión|discusión)|${neitherNor('ni', 'ni')}`,
        ),
      ],
      [
        'conditional',
        words(
          `solo si|sólo si|(?:solo|sólo|solamente|únicamente) (?:después|cuando|una vez)|siempre que|siempre y cuando|a condición|condicionad\\w*|depende\\w* de|mandato de la onu|sin (?:el )?(?:apoyo|aval|respaldo|visto bueno|autorización) (?:del? )?(?:parlament\\w*|congreso|cortes)`,
        ),
      ],
      [
        'undecided',
        words(
          `no ha decidido|estudia\\w*|evalúa\\w*|analiza\\w*|(?:postura|posición|posturas|posiciones) (?:\\S+ ){0,2}?(?:cautelos|prudente)\\w*|(?:se muestra|se mostró|se muestran|se mostraron|es|son|sigue|siguen) (?:\\S+ )?(?:cautelos|prudente)\\w*`,
        ),
      ],
      [
        'committed',
        words(
          `enviará\\w*|desplegará\\w*|aportará\\w*|se compromet\\w*|comprometid\\w*|participará\\w*|liderará\\w*|firmó|firmaron|(?:ha|han) firmado|se encargará\\w*|(?:son|serán) (?:los|las) encargad[oa]s de|va(?:n|mos)? a (?:participar|enviar|desplegar|aportar|contribuir|ofrecer)`,
        ),
      ],
      [
        'willing',
        words(
          `dispuest\\w*|disposición|list[oa]s? para|preparad\\w*|ofrec\\w*|abiert[oa]s? a|se (?:ha )?abierto|se abre a|abr(?:e|en|ió|ieron) la puerta a|(?:aportar|enviar|desplegar|contribuir|participar)ía\\w*|se encargaría\\w*`,
        ),
      ],
    ],
    commitments: [
      ['ground_troops', words(`tropas|soldados|militares|contingente|fuerzas? de paz|fuerza de reaseguro|cascos azules|efectivos terrestres|misión de paz`)],
      ['air', words(`aviones|cazas|aérea|aéreo|aéreos|aéreas|defensa antiaérea|espacio aéreo`)],
      ['maritime', words(`naval|navales|mar negro|desminado`)],
      ['training', words(`entrenamiento|formación|entrenar|instructor\\w*|adiestra\\w*`)],
      ['equipment', words(`armas|armamento|munición|misiles|equipos?|(?:apoyo|ayuda|asistencia) militar`)],
      ['funding', words(`financiación|millones de euros|miles de millones|(?:apoyo|ayuda) (?:militar y )?financier[oa]`)],
      ['monitoring', words(`vigilancia|supervis\\w*|observadores|monitore\\w*|verificación del alto el fuego`)],
      ['coalition', words(`garantías de seguridad|coalición`)],
    ],
    place: words(`(?:en|a|para|hacia|contra|de|del|con|desde) (?:la |el |los |las )?$`),
    reporting: words(
      `dijo|afirmó|declaró|anunció|aseguró|confirmó|recordó|según|explicó|ha (?:dicho|afirmado|declarado|anunciado|asegurado|explicado|subrayado)`,
    ),
    contrast: words(`pero|sin embargo|aunque|mientras que`, 'gu'),
    coalitionName: words(`coalición de (?:los )?(?:voluntarios|dispuestos)`, 'gu'),
    firstPerson: words(`nosotros|nosotras|nuestr\\w*|\\w+remos|\\w+ríamos|estamos|vamos|somos|tenemos|podemos|queremos|vemos`),
    opener: words(`^\\W*(?:sin embargo|pero|no obstante|aun así)`),
    among: words(`entre (?:ellos|ellas|los que|las que|los cuales|las cuales)`),
    group: words(`países|estados|naciones|aliados|socios|europeos|miembros`),
    extraNames: { 'Reino Unido': 'GB', 'Gran Bretaña': 'GB', 'Estados Unidos': 'US', 'EE.UU.': 'US', EEUU: 'US', Chequia: 'CZ', Holanda: 'NL', Moscú: 'RU' },
  },
  it: {
    negation: negation(`non|mai`, `solo|soltanto`),
    hedge: words(`non (?:è |viene )?esclus\\w*|non esclude\\w*|non (?:ha|hanno) mai escluso|mai esclus\\w*|non rifiut\\w*`),
    membership: words(
      `fa parte|ha aderito|(?:sta|stanno) partecipando (?:in \\S+ )?(?:al|alla) (?:vertice|riunione|videoconferenza)|(?:ha|hanno) partecipato (?:al|alla) (?:vertice|riunione|videoconferenza)|presenti? ai lavori`,
    ),
    otherWays: words(`in altr[oi] mod[oi]`),
    bareIf: words(`(?<!anche )se(?! (?:necessario|serve|occorre))`),
    timing: words(`cessate il fuoco|pace|accordo|tregua|fine della guerra`),
    stances: [
      ['opposed', words(`inaccettabil\\w*|obiettiv\\w* legittim\\w*|bersagl\\w* legittim\\w*|condann\\w*|si oppone\\w*`)],
      [
        'declined',
        words(
          `indisponibil\\w*|non (?:è|sono) (?:invece |più |ancora )?previst[aoie]|non (?:verr\\w*|saranno) (?:inviat|mandat|schierat)\\w*|(?:(?:il|un) (?:suo |loro |secco |netto |fermo )?|(?:detto|dice|dicono|dire) (?:un )?)no(?= (?:dell['’]\\S+ |del \\S+ |di \\S+ )?(?:all['’]|al |alla |allo |a ))|non (?:è |sono )?disponibil\\w*|non (?:invier\\w*|mander\\w*|schierer\\w*|partecipe\\w*|intend\\w*|prevede|ha intenzione|hanno intenzione|abbiamo intenzione)|non si prevede|non si presume|esclu\\w*|rifiut\\w*|respin\\w*|mai|fuori discussione|non se ne parla|non (?:è|e) (?:mai )?(?:stat[oa] )?all['’]ordine del giorno|non (?:è|e|ritengo|riteniamo|ritiene|ritengono) (?:\\S+ )?necessari\\w*|contrari\\w* (?:\\S+ )?all['’]invio|${neitherNor('né', 'né')}`,
        ),
      ],
      [
        'conditional',
        words(
          `solo se|soltanto se|(?:solo|soltanto|unicamente) (?:dopo|quando|una volta)|solo con|soltanto con|a condizione|purché|dipend\\w* da|condizionat\\w*|mandato dell['’]onu|(?:solo|soltanto) in ambito (?:onu|nazioni unite)|(?:cappello|egida|ombrello) dell['’]onu`,
        ),
      ],
      [
        'undecided',
        words(
          `non ha (?:ancora )?deciso|sta valutando|valuterà|valuta|(?:resta|restano|si mostra|si mostrano|è|sono|rimane|rimangono) (?:\\S+ )?(?:cauto|cauta|cauti|caute|prudente|prudenti)`,
        ),
      ],
      [
        'committed',
        words(
          `invierà|invieranno|manderà|manderanno|schiererà|parteciperà|parteciperanno|fornirà|forniranno|si è impegnat\\w*|si impegna\\w*|guiderà|ha firmato`,
        ),
      ],
      ['willing', words(`pront[oaie] a|disponibil\\w*|dispost[oaie] a|ha offerto|offre|sostiene|apertura a|apert[oaie] a|intende\\w*`)],
    ],
    commitments: [
      [
        'ground_troops',
        words(
          `truppe|soldati|(?<!aiuti |sostegno |assistenza )militari|contingente|forza (?:nazionale|militare|di interposizione)|forze armate|forza di rassicurazione|forze di pace|caschi blu|missione militare|missione di pace|forze terrestri`,
        ),
      ],
      ['air', words(`aere\\w*|caccia|difesa antiaerea|spazio aereo`)],
      ['maritime', words(`naval\\w*|mar nero|marittim\\w*|sminamento`)],
      ['training', words(`addestramento|addestrare|formazione`)],
      ['equipment', words(`armi|armamenti|munizioni|missili|equipaggiament\\w*|(?:sostegno|aiuto|assistenza) militare|aiuti militari`)],
      ['funding', words(`finanziament\\w*|miliardi|milioni di euro|(?:sostegno|aiuti|aiuto) (?:militar[ei] e )?finanziari\\w*`)],
      ['monitoring', words(`monitoraggio|osservatori|sorveglianza`)],
      ['coalition', words(`garanzie di sicurezza|coalizione`)],
    ],
    place: words(`(?:in|a|per|verso|contro|di|del|della|dei|con|da|dall|dell) (?:la |il |l')?$`),
    reporting: words(`ha detto|ha dichiarato|ha affermato|ha annunciato|ha assicurato|ha sottolineato|ha spiegato|ha confermato|ha ricordato|secondo`),
    contrast: words(`ma|però|tuttavia|mentre`, 'gu'),
    coalitionName: words(`coalizione dei volenterosi|coalizione dei volonterosi`, 'gu'),
    firstPerson: words(`noi|nostr\\w*|\\w+iamo|\\w+remo`),
    opener: words(`^\\W*(?:tuttavia|però|ma|eppure|comunque)`),
    among: words(`(?:tra|fra) (?:questi|queste|cui|loro|essi)`),
    group: words(`paesi|stati|nazioni|alleati|partner|europei|membri`),
    extraNames: { 'Regno Unito': 'GB', 'Gran Bretagna': 'GB', 'Stati Uniti': 'US', USA: 'US', Olanda: 'NL', Mosca: 'RU' },
  },
  pt: {
    negation: negation(`não|nunca`, `só|apenas`),
    hedge: words(`não (?:está |é )?descartad\\w*|não descarta\\w*|não exclui\\w*|não (?:está |é )?fora de hipótese`),
    membership: words(`faz parte|aderiu`),
    otherWays: words(`de outras? (?:formas?|maneiras?)`),
    bareIf: words(`caso|(?<!mesmo |-)se(?= (?:houver|for|forem|a|o|os|as) )`),
    timing: words(`cessar-fogo|paz|acordo|trégua|fim da guerra`),
    stances: [
      ['opposed', words(`inaceitab\\w*|alvos? (?:militar(?:es)? )?legítim\\w*|conden\\w*|se opõe\\w*|opõe-se`)],
      [
        'declined',
        words(
          `não (?:enviará|enviarão|vai enviar|vão enviar|participará|participarão|vai participar|pretende|planeja|tem planos|tem intenção)|descart\\w*|recus\\w*|rejeit\\w*|nunca|fora de questão|(?<!não (?:está |é )?)fora de hipótese|não (?:está|estão|é) previst\\w*`,
        ),
      ],
      [
        'conditional',
        words(
          `somente se|só se|apenas se|(?:só|somente|apenas) (?:\\S+ ){0,6}?(?:depois d[eoa]s?|quando|após)|sujeit[oa]s? (?:à|a) (?:aprovação|autorização|um voto)|desde que|com a condição|sob condição|depende\\w* d[eao]|condicionad\\w*|mandato da onu`,
        ),
      ],
      ['undecided', words(`não decidiu|ainda não decidiu|avalia\\w*|estuda\\w*`)],
      [
        'committed',
        words(
          `enviará|enviarão|vai enviar|vão enviar|participará|participarão|fornecerá|fornecerão|ajudará|ajudarão|se comprometeu|comprometeu-se|comprometid\\w*|liderará|assinou`,
        ),
      ],
      [
        'willing',
        words(
          `dispost[oa]s? a|pront[oa]s? (?:a|para)|preparad[oa]s? para|disponibilidade|disponíve(?:l|is)|admite(?:m)? (?:\\S+ ){0,3}?(?:enviar|mandar|ter|participar)|ofereceu\\w*|oferece\\w*|poderá contribuir|poderão contribuir`,
        ),
      ],
    ],
    commitments: [
      [
        'ground_troops',
        words(
          `tropas|soldados|militares|contingente\\w*|destacamentos?|forças? de paz|forças? terrestres?|forças militares|forças multinacionais|força multinacional|capacetes azuis|missão de paz`,
        ),
      ],
      ['air', words(`aviões|caças|aére[oa]s?|defesa antiaérea|espaço aéreo`)],
      ['maritime', words(`nava(?:l|is)|mar negro|marítim[oa]s?|desminagem`)],
      ['training', words(`treinamento|treino|treinar`)],
      ['equipment', words(`armas|armamentos?|munições|mísseis|equipamentos?|(?:apoio|ajuda|assistência) militar`)],
      ['funding', words(`financiamento|bilhões|mil milhões|milhões de euros|milhões de dólares|(?:apoio|ajuda) (?:militar e )?financeir[oa]`)],
      ['monitoring', words(`monitoramento|monitorização|observadores|supervisão`)],
      ['intelligence', words(`inteligência|reconhecimento`)],
      ['coalition', words(`garantias de segurança|coalizão|coligação`)],
    ],
    place: words(`(?:em|no|na|nos|nas|ao|à|aos|às|para|contra|de|do|da|dos|das|com) (?:o |a |os |as )?$`),
    reporting: words(`disse|afirmou|declarou|anunciou|garantiu|ressaltou|destacou|explicou|segundo`),
    contrast: words(`mas|porém|embora|no entanto|enquanto`, 'gu'),
    coalitionName: words(`coaliz[ãa]o dos (?:dispostos|voluntários)|coligação dos (?:dispostos|voluntários)`, 'gu'),
    firstPerson: words(`nós|noss\\w*|\\w+remos|\\w+ríamos|estamos|vamos|somos|temos|podemos|queremos`),
    opener: words(`^\\W*(?:no entanto|mas|porém|contudo|todavia|entretanto)`),
    among: words(`entre (?:eles|elas|os quais|as quais)`),
    group: words(`países|estados|nações|aliados|parceiros|europeus|membros`),
    extraNames: {
      'Reino Unido': 'GB',
      'Grã-Bretanha': 'GB',
      'Estados Unidos': 'US',
      EUA: 'US',
      Holanda: 'NL',
      Moscou: 'RU',
      Moscovo: 'RU',
      Kremlin: 'RU',
      Montenegro: 'PT',
      Ancara: 'TR',
      Berlim: 'DE',
      Londres: 'GB',
      Varsóvia: 'PL',
      Bucareste: 'RO',
    },
  },
  pl: {
    negation: negation(`nie|nigdy`, `tylko`),
    hedge: words(`nie wyklucz\\w*|nie jest wykluczon\\w*`),
    membership: words(
      `należy do|dołączył\\w*|przystąpił\\w*|(?:wzi\\w*|weźmie|wezmą|bierze|biorą) udział w (?:spotkaniu|szczycie|naradzie|wideokonferencji|obradach)`,
    ),
    otherWays: words(`w inny sposób|w innej formie`),
    bareIf: words(`(?<!nawet )(?:jeśli|jeżeli|gdyby)(?! (?:(?:będzie|to|jest) )*(?:konieczne|potrzebne|trzeba))`),
    timing: words(`zawieszeni\\w* broni|rozejm\\w*|pokoj\\w*|porozumieni\\w*|zakończeni\\w* wojny`),
    stances: [
      ['opposed', words(`nie do przyjęcia|niedopuszczaln\\w*|uprawnion\\w* cel\\w*|potępi\\w*|sprzeciwia\\w* się`)],
      [
        'declined',
        words(
          `nie wyobraża\\w* sobie(?: sytuacji,? w której [^.;]*)?|nie sądz\\w*,? (?:by|aby|żeby) [^.;]*|nie będ(?:zie|ziemy|ą) (?:prowadzić|wysyłać|uczestniczyć|brać udziału|szkolić|dostarczać)|nie (?:zostan\\w* wysłan\\w*|będ\\w* wysłan\\w*|rozważa\\w*|wyśle\\w*|wyślą|wysyła\\w*|przewiduj\\w*|planuj\\w*|zamierza\\w*|skieruje\\w*|weźmie udziału|weźmiemy udziału|będzie wysyłać|będziemy wysyłać)|nie ma mowy|wyklucz\\w*|odrzuc\\w*|odmów\\w*|nigdy`,
        ),
      ],
      ['conditional', words(`tylko jeśli|tylko wtedy,? gdy|dopiero (?:po|gdy|kiedy)|o ile|pod warunkiem|uzależni\\w*|zależ\\w* od|mandat\\w* onz`)],
      ['undecided', words(`nie zdecydował\\w*|nie podjął\\w* decyzji|rozważa\\w*|jeszcze nie`)],
      [
        'committed',
        words(
          `wyśle\\w*|wyślą|zostan\\w* wysłan\\w*|skieruje\\w*|przekaże\\w*|dostarczy\\w*|zobowiąza\\w*|weźmie udział|weźmiemy udział|podpisał\\w*|pokieruje\\w*`,
        ),
      ],
      ['willing', words(`gotow\\w*|gotowość|deklaruj\\w*|zadeklarował\\w*|zaoferował\\w*|oferuj\\w*`)],
    ],
    commitments: [
      [
        'ground_troops',
        words(
          `żołnierz\\w*|wojsk(?:a|o|om|ami|ach)?|oddział\\w*|jednost\\w* bojow\\w*|kontyngent\\w*|sił\\w* pokojow\\w*|misj\\w* pokojow\\w*|sił\\w* lądow\\w*`,
        ),
      ],
      ['air', words(`lotnictw\\w*|samolot\\w*|myśliwc\\w*|myśliwce|obron\\w* powietrzn\\w*|przestrze\\w* powietrzn\\w*`)],
      ['maritime', words(`marynark\\w*|morze czarne|morzu czarnym|morza czarnego|rozminow\\w*`)],
      ['training', words(`szkoleni\\w*|szkoleń|szkolić|instruktor\\w*`)],
      ['equipment', words(`broń|(?<!zawieszeni\\w* )broni|uzbrojeni\\w*|amunicj\\w*|rakiet\\w*|pocisk\\w*|sprzęt\\w*|(?:wsparci|pomoc)\\w* wojskow\\w*`)],
      ['funding', words(`finansow\\w*|miliard\\w*|milion\\w* euro|milion\\w* dolarów`)],
      ['monitoring', words(`monitorowa\\w*|obserwator\\w*`)],
      ['intelligence', words(`wywiad\\w*|rozpoznani\\w*`)],
      ['coalition', words(`gwarancj\\w* bezpieczeństwa|koalicj\\w*`)],
    ],
    place: words(`(?:w|we|do|na|dla|z|ze|przeciwko|od|po|u) $`),
    reporting: words(
      `powiedział\\w*|przekazał\\w*|zapewnił\\w*|oświadczył\\w*|podkreślił\\w*|zaznaczył\\w*|dodał\\w*|poinformował\\w*|stwierdził\\w*|ogłosił\\w*|według`,
    ),
    contrast: words(`ale|lecz|jednak|natomiast|podczas gdy`, 'gu'),
    coalitionName: words(`koalicj\\w* chętnych`, 'gu'),
    firstPerson: words(`my|nas|nasz\\w*|\\w+śmy|będziemy|możemy|chcemy|mamy|wyślemy|zamierzamy|planujemy|przewidujemy|deklarujemy`),
    opener: words(`^\\W*(?:jednak|ale|natomiast|mimo to)`),
    among: words(`wśród (?:nich|których)|między innymi`),
    group: words(`państw\\w*|kraj\\w*|sojusznik\\w*|sojusznicy|partner\\w*|europejczy\\w*`),
    extraNames: {
      Niderlandy: 'NL',
      Niderlandów: 'NL',
      'Wielka Brytania': 'GB',
      'Wielkiej Brytanii': 'GB',
      'Wielką Brytanię': 'GB',
      'Stany Zjednoczone': 'US',
      'Stanów Zjednoczonych': 'US',
      'Stanom Zjednoczonym': 'US',
      USA: 'US',
      Waszyngton: 'US',
      Bukareszt: 'RO',
      Paryż: 'FR',
      Londyn: 'GB',
      Rzym: 'IT',
      Polsce: 'PL',
      Niemiec: 'DE',
      Niemcom: 'DE',
      Niemczech: 'DE',
      Włoch: 'IT',
      Włoszech: 'IT',
      Kanadzie: 'CA',
      Moskwa: 'RU',
      Moskwy: 'RU',
      Moskwie: 'RU',
    },
  },
  nl: {
    negation: negation(`niet|nooit`, `alleen`),
    hedge: words(`sluit\\w* (?:\\S+ ){0,4}?niet uit|niet uitgesloten`),
    membership: words(`maakt deel uit|maken deel uit|(?:is|zijn) toegetreden|sluit\\w* zich aan|sloot\\w* zich aan`),
    otherWays: words(`op andere (?:manieren|wijze)|anderszins`),
    bareIf: words(`(?:indien|mits)(?! nodig)`),
    timing: words(`staakt-het-vuren|wapenstilstand|bestand|vrede\\w*|akkoord|einde van de oorlog`),
    stances: [
      [
        'opposed',
        words(
          `onaanvaardbaar|legitiem\\w* doelwit\\w*|veroordeel\\w*|verzet\\w* zich|(?:is|zijn|blijft|blijven) (?:\\S+ ){0,4}?tegen(?= (?:\\S+ ){0,3}?(?:\\w*troepen|militairen|soldaten|vredesmacht))`,
        ),
      ],
      [
        'declined',
        words(
          `geen (?:\\S+ ){0,2}?(?:\\w*troepen|militairen|soldaten)|niet (?:\\S+ ){0,2}?(?:sturen|stuurt|leveren|deelnemen|inzetten)|sluit\\w* (?:\\S+ ){0,4}?uit|uitgesloten|wijst (?:\\S+ ){0,4}?af|afgewezen|weiger\\w*|nooit|geen sprake van|niet aan de orde`,
        ),
      ],
      [
        'conditional',
        words(
          `alleen (?:\\S+ ){0,8}?(?:als|indien|wanneer)|op voorwaarde|onder voorwaarde|voorwaarden?|afhankelijk van|hangt (?:\\S+ ){0,4}?af van|mandaat|instemming|moet (?:\\S+ ){0,4}?instemmen`,
        ),
      ],
      ['undecided', words(`(?:nog )?niet besloten|nog geen (?:besluit|beslissing)|overweeg\\w*|beraad\\w*|nog niet|geen toezeggingen`)],
      [
        'committed',
        words(
          `(?:zal|zullen) (?:\\S+ ){0,6}?(?:sturen|leveren|inzetten|bijdragen|deelnemen|leiden|geven)|(?:heeft|hebben) toegezegd|zegde\\w* toe|zegt\\w* toe|verplicht\\w*|(?:heeft|hebben) besloten|ondertekend`,
        ),
      ],
      [
        'willing',
        words(
          `bereid\\w*|klaar om|sta\\w* open|open voor|kijk\\w* positief|kijk\\w* (?:\\S+ ){0,3}?welwillend|welwillend (?:\\S+ ){0,2}?kijken|positief tegenover|aangeboden|bied\\w* aan|wil\\w* (?:\\S+ ){0,4}?(?:bijdragen|deelnemen|helpen)`,
        ),
      ],
    ],
    commitments: [
      ['ground_troops', words(`\\w*troepen|troepenmacht|militairen|soldaten|vredesmacht|vredesmissie|contingent|geruststellingsmacht|afschrikkingsmacht`)],
      ['air', words(`luchtverdediging|luchtruim|gevechtsvliegtuigen|f-16\\w*|luchtmacht|luchtsteun`)],
      ['maritime', words(`marine|zwarte zee|mijnenbestrijding|mijnenveg\\w*|maritie\\w*`)],
      ['training', words(`opleid\\w*|opleiding\\w*|training\\w*|trainen`)],
      ['equipment', words(`wapens|wapenleveranties|munitie|raketten|materieel|militaire (?:steun|hulp)`)],
      ['funding', words(`financ\\w*|miljard\\w*|miljoen euro`)],
      ['monitoring', words(`toezicht|monitor\\w*|waarnemers|bewaking`)],
      ['intelligence', words(`inlichtingen\\w*|verkenning`)],
      ['coalition', words(`veiligheidsgaranties?|coalitie|toezegging\\w*`)],
    ],
    place: words(`(?:in|naar|voor|tegen|met|uit|aan|van|bij) (?:de |het )?$`),
    reporting: words(`zei|zegt|verklaarde|stelde|benadrukte|kondigde|meldde|liet weten|volgens|aldus`),
    contrast: words(`maar|echter|terwijl|daarentegen`, 'gu'),
    coalitionName: words(`coalitie van (?:de )?bereidwillig\\w*(?: landen)?`, 'gu'),
    firstPerson: words(`wij|we|ons|onze`),
    opener: words(`^\\W*(?:maar|echter|toch|wel|desondanks)`),
    among: words(`waaronder|onder wie|onder hen|onder andere`),
    group: words(`landen|staten|naties|bondgenoten|partners|europeanen|leden`),
    extraNames: { VK: 'GB', 'Groot-Brittannië': 'GB', VS: 'US', Moskou: 'RU', Nederland: 'NL' },
  },
  ro: {
    negation: negation(`nu`, `doar|numai`),
    hedge: words(`nu exclude\\w*|nu este exclus\\w*|nu a exclus`),
    membership: words(
      `face parte|fac parte|s-a alăturat|s-au alăturat|a aderat|(?:va|vor|a|au) particip\\w* (?:\\S+ ){0,4}?la (?:reuniunea|summitul|întâlnirea|videoconferința)`,
    ),
    otherWays: words(`în alte (?:moduri|feluri|forme)|în alt mod`),
    // Not "whether" after "decide": "nu a decis dacă va trimite" is undecided.
    bareIf: words(`(?<!chiar |decis |decis încă |decide )dacă(?! (?:va fi |este |e )?(?:necesar|nevoie))`),
    timing: words(`încetare\\w* (?:a )?focului|armistițiu\\w*|pace|păcii|acord\\w*|sfârșitul războiului`),
    stances: [
      ['opposed', words(`inacceptabil\\w*|ținte legitime|țintă legitimă|condamn\\w*|se opune`)],
      [
        'declined',
        words(
          `nu (?:\\S+ ){0,2}?(?:trimite|trimită|trimit|va trimite|vor trimite|participa|participă|desfășura|intenționează|are în plan|plănuiește|susține)|exclu\\w*|respin\\w*|refuz\\w*|niciodată|nu se pune problema|nu este pe agendă`,
        ),
      ],
      ['conditional', words(`doar dacă|numai dacă|cu condiția|condiționat\\w*|depinde\\w* de|mandat\\w*|aprobarea parlamentului|votul parlamentului`)],
      ['undecided', words(`nu a decis|nu s-a decis|nu a luat (?:încă )?o decizie|analizează|evaluează|cântărește|încă nu`)],
      [
        'committed',
        words(`(?:va|vor) (?:\\S+ ){0,3}?(?:trimite|participa|contribui|furniza|conduce|asigura)|s-a angajat|s-au angajat|angajament\\w*|a semnat|au semnat`),
      ],
      ['willing', words(`pregătit\\w*|dispus\\w*|disponibil\\w*|gata să|deschis\\w* (?:să|la)|a oferit|au oferit|oferă|susține`)],
    ],
    commitments: [
      [
        'ground_troops',
        words(`trupe\\w*|soldaț\\w*|militari\\w*|contingent\\w*|forț\\w* de menținere a păcii|forț\\w* terestre|forț\\w* multinațional\\w*|misiun\\w* de pace`),
      ],
      ['air', words(`aerian\\w*|avioane|spațiul aerian|apărare antiaeriană|poliție aeriană|f-16`)],
      ['maritime', words(`naval\\w*|marea neagră|mării negre|deminare`)],
      ['training', words(`instruire|instruirea|antrenament\\w*|pregătirea militarilor ucraineni`)],
      ['equipment', words(`arme\\w*|armament\\w*|muniți\\w*|rachete|echipament\\w*|sprijin militar|ajutor militar`)],
      ['funding', words(`finanțare\\w*|miliard\\w*|milioane de euro`)],
      ['monitoring', words(`monitoriz\\w*|observator\\w*|supraveghere\\w*`)],
      ['coalition', words(`garanți\\w* de securitate|coaliți\\w*`)],
    ],
    place: words(`(?:în|la|spre|pentru|împotriva|din|cu|de|către|cu) $`),
    reporting: words(`a declarat|a spus|a afirmat|a anunțat|a precizat|a subliniat|potrivit|conform|declară|spune`),
    contrast: words(`dar|însă|totuși|în timp ce|iar`, 'gu'),
    coalitionName: words(`coaliți\\w* (?:celor )?(?:dispuși|dornici|voinței|voluntarilor)`, 'gu'),
    firstPerson: words(`noi|nostru|noastră|noștri|noastre|suntem|vom`),
    opener: words(`^\\W*(?:însă|totuși|dar|cu toate acestea)`),
    among: words(`printre (?:ele|ei|care)|între care|inclusiv`),
    group: words(`țări\\w*|state\\w*|națiuni\\w*|aliați\\w*|parteneri\\w*|europeni\\w*`),
    extraNames: {
      'Marea Britanie': 'GB',
      'Marii Britanii': 'GB',
      'Regatului Unit': 'GB',
      SUA: 'US',
      'Statele Unite': 'US',
      'Statelor Unite': 'US',
      Olanda: 'NL',
      Olandei: 'NL',
      României: 'RO',
      Moscova: 'RU',
    },
  },
  hu: {
    negation: negation(`nem|sem`, `csak`),
    hedge: words(`nem zár\\w* ki|nem kizárt`),
    membership: words(`tagja|csatlakozott|csatlakoztak`),
    otherWays: words(`más módon|más formában`),
    bareIf: words(`(?<!még )ha`),
    timing: words(`tűzszünet\\w*|béke\\w*|megállapodás\\w*|fegyverszünet\\w*|háború vég\\w*`),
    stances: [
      ['opposed', words(`elfogadhatatlan\\w*|legitim célpont\\w*|elítél\\w*|ellenzi`)],
      [
        'declined',
        words(
          `(?:nem|sem) (?:\\S+ ){0,2}?hajlandó\\w*|sem (?:\\S+ ){0,2}?(?:tervez\\w*|küld\\w*|vesz\\w* részt)|nem (?:\\S+ ){0,2}?küld\\w*|nem (?:\\S+ ){0,2}?vesz\\w* részt|nem támogat\\w*|kizár\\w*|elutasít\\w*|soha|szó sem lehet|nem tervez\\w*|nem áll szándékában`,
        ),
      ],
      ['conditional', words(`csak akkor|csak ha|feltétel\\w*|függ\\w*|mandátum\\w*|parlament jóváhagyás\\w*`)],
      ['undecided', words(`(?:még )?nem döntött\\w*|fontolgat\\w*|mérlegel\\w*|még nem`)],
      // not the infinitive or the subjunctive ("hogy katonákat küldjön": that it send soldiers), which follow a stance
      ['committed', words(`küld(?!eni|jön|jenek|jék|jünk)\\w*|vállal\\w*|elkötelez\\w*|aláírt\\w*|részt vesz\\w*`)],
      ['willing', words(`kész\\w*|hajland\\w*|nyitott\\w*|felajánl\\w*`)],
    ],
    commitments: [
      ['ground_troops', words(`katon\\w*|csapat\\w*|haderő\\w*|kontingens\\w*|békefenntart\\w*|szárazföldi erő\\w*`)],
      ['air', words(`légvédelm\\w*|légtér\\w*|vadászgép\\w*|légierő\\w*|légtérrendészet\\w*`)],
      ['maritime', words(`haditengerészet\\w*|fekete-tenger\\w*|aknamentesít\\w*`)],
      ['training', words(`kiképz\\w*`)],
      ['equipment', words(`fegyver(?!szünet)\\w*|lőszer\\w*|rakét\\w*|felszerelés\\w*|katonai (?:segítség|támogatás)\\w*`)],
      ['funding', words(`finanszíroz\\w*|milliárd\\w*|millió euró\\w*`)],
      ['monitoring', words(`megfigyel\\w*|ellenőrz\\w*`)],
      ['coalition', words(`biztonsági garanci\\w*|koalíció\\w*`)],
    ],
    // Hungarian marks a place with a case ending on the name itself ("Ukrajnába", "Németországban"): see PLACE_SUFFIX.
    place: /(?!)/u,
    reporting: words(`mondta|közölte|jelentette ki|hangsúlyozta|szerint|nyilatkozta|írta`),
    contrast: words(`de|azonban|viszont|míg|ám`, 'gu'),
    coalitionName: words(`hajland\\w* koalíció\\w*|önkéntesek koalíció\\w*`, 'gu'),
    firstPerson: words(`mi|mienk|\\w+unk|\\w+ünk`),
    opener: words(`^\\W*(?:azonban|de|viszont|ugyanakkor)`),
    among: words(`köztük|közöttük|többek között`),
    group: words(`ország\\w*|állam\\w*|nemzet\\w*|szövetséges\\w*|partner\\w*|európai\\w*`),
    extraNames: { 'Nagy-Britannia': 'GB', 'Egyesült Államok': 'US', USA: 'US', Moszkva: 'RU' },
  },
  cs: {
    negation: negation(`není|nejsou|nebude|nebudou|nikdy`, `jen|pouze`),
    hedge: words(`nevylučuj\\w*|nevyloučil\\w*|není vyloučen\\w*`),
    membership: words(
      `je součástí|jsou součástí|se připojil\\w*|se přidal\\w*|se (?:\\S+ ){0,3}?zapoj\\w*|(?:se )?(?:zúčastnil\\w*|zúčastní|účastní) (?:\\S+ ){0,3}?(?:jednání|summitu|schůzky|videokonference|zasedání)|se podílí na práci`,
    ),
    otherWays: words(`jiným způsobem|jinými způsoby|jinak`),
    bareIf: words(`(?<!i )(?:pokud|jestliže|kdyby)(?! (?:to )?(?:bude )?(?:nutné|potřeba|třeba))`),
    timing: words(`příměří|mír\\w*|dohod\\w*|konc\\w* války|ukončení války`),
    stances: [
      ['opposed', words(`nepřijateln\\w*|legitimní\\w* cíl\\w*|odsuzuj\\w*|odsoudil\\w*`)],
      [
        'declined',
        words(
          `nepošle\\w*|nepošlou|nevyšle\\w*|nevyšlou|nebude (?:\\S+ ){0,2}?(?:posílat|vysílat|podílet)|nebudou (?:\\S+ ){0,2}?(?:posílat|vysílat|podílet)|neplánuj\\w*|nepočítá\\w*(?: s|,)|vylučuj\\w*|vyloučil\\w*|odmít\\w*|nikdy|nepřipadá v úvahu`,
        ),
      ],
      ['conditional', words(`pouze pokud|jen pokud|jedině pokud|pod podmínkou|za podmínky|závis\\w* na|podmín\\w*|mandát\\w* osn|souhlas\\w* parlamentu`)],
      ['undecided', words(`(?:zatím |ještě )?nerozhodl\\w*|zvažuj\\w*|zdrženliv\\w*|zatím ne`)],
      ['committed', words(`pošle\\w*|pošlou|vyšle\\w*|vyšlou|podepsal\\w*|se zapojí|zapojí se|poskytne\\w*|poskytnou|povede|se zavázal\\w*`)],
      ['willing', words(`připraven\\w*|ochotn\\w*|otevřen\\w*|nabídl\\w*|nabízí`)],
    ],
    commitments: [
      ['ground_troops', words(`voj[aá]k\\w*|jednot\\w*|kontingent\\w*|mírov\\w* (?:sil|mis)\\w*|pozemní\\w* sil\\w*|vojensk\\w* přítomnost\\w*`)],
      ['air', words(`letect\\w*|stíhač\\w*|protivzdušn\\w*|vzdušn\\w* prostor\\w*`)],
      ['maritime', words(`námořn\\w*|černé\\w* moř\\w*|odmínov\\w*`)],
      ['training', words(`výcvik\\w*|vycvič\\w*|cvičit`)],
      ['equipment', words(`zbra\\w*|munic\\w*|raket\\w*|vojensk\\w* (?:pomoc|podpor)\\w*`)],
      ['funding', words(`financ\\w*|miliard\\w*|milion\\w* (?:eur|korun|dolar)\\w*`)],
      ['monitoring', words(`monitor\\w*|pozorovatel\\w*|dohlíž\\w*`)],
      ['intelligence', words(`zpravodaj\\w*|průzkum\\w*`)],
      ['coalition', words(`bezpečnostní\\w* zár\\w*|koalic\\w*`)],
    ],
    place: words(`(?:v|ve|do|na|pro|proti|z|ze|od|u|k|ke|s|se) $`),
    reporting: words(`řekl\\w*|uvedl\\w*|prohlásil\\w*|oznámil\\w*|sdělil\\w*|zdůraznil\\w*|dodal\\w*|podle|napsal\\w*|deklaroval\\w*`),
    contrast: words(`ale|avšak|však|zatímco|nicméně`, 'gu'),
    coalitionName: words(`koalic\\w* ochotných`, 'gu'),
    firstPerson: words(`my|náš\\w*|naš\\w*|\\w+eme|\\w+íme|jsme|budeme`),
    opener: words(`^\\W*(?:ale|avšak|nicméně|přesto)`),
    among: words(`mezi (?:nimi|kterými|které)`),
    group: words(`země|zemí|zemích|zemím|státy|států|státům|státech|spojenc\\w*|partner\\w*|evropan\\w*`),
    extraNames: {
      // i18n-iso-countries knows only the formal names; "Česko" and "Holandsko" are what the press writes.
      Česko: 'CZ',
      Česka: 'CZ',
      Česku: 'CZ',
      Českem: 'CZ',
      Holandsko: 'NL',
      Holandska: 'NL',
      Holandsku: 'NL',
      'Česká republika': 'CZ',
      'České republiky': 'CZ',
      'České republice': 'CZ',
      'Českou republiku': 'CZ',
      Praha: 'CZ',
      Prahy: 'CZ',
      Praze: 'CZ',
      'Velká Británie': 'GB',
      'Velké Británie': 'GB',
      'Velkou Británii': 'GB',
      Británie: 'GB',
      Británii: 'GB',
      'Spojené království': 'GB',
      'Spojeného království': 'GB',
      Londýn: 'GB',
      'Spojené státy': 'US',
      'Spojených států': 'US',
      'Spojeným státům': 'US',
      USA: 'US',
      Washington: 'US',
      Moskva: 'RU',
      Moskvy: 'RU',
      Moskvě: 'RU',
      Kreml: 'RU',
      Paříž: 'FR',
      Paříže: 'FR',
      Berlín: 'DE',
      Varšava: 'PL',
      Řím: 'IT',
    },
  },
  fi: {
    negation: negation(`ei|eivät|en|emme|ette|et`, `vain|ainoastaan`),
    hedge: words(`ei sulje pois|eivät sulje pois|ei ole sulkenut pois|ei ole poissuljettu`),
    membership: words(
      `on mukana|ovat mukana|olemme mukana|oli mukana|olivat mukana|osallistuu|osallistuvat|tulee osallistumaan|liittyi|liittyivät|on jäsen\\w*`,
    ),
    otherWays: words(`muulla tavoin|muilla tavoin|jollain tavalla|muin keinoin`),
    bareIf: words(`(?:jos|mikäli)(?! (?:on |se on )?(?:tarpeen|tarvetta|tarpeellista))`),
    timing: words(`tulitau\\w*|aselepo\\w*|rauha\\w*|sopimu\\w*|sodan (?:päätty|loppu)\\w*`),
    stances: [
      ['opposed', words(`vastusta\\w*|tuomitse\\w*|tuomitsi|hyväksymät\\w*|oikeutet\\w* kohte\\w*|laillis\\w* kohte\\w*`)],
      [
        'declined',
        words(
          `ei lähetä|eivät lähetä|emme lähetä|ei aio lähettää|ei tule lähettämään|(?:ei|emme|eivät) (?:ole )?(?:\\S+ ){0,3}?suunnittel\\w*|torju\\w*|hylkä\\w*|ei osallistu|eivät osallistu|sulke\\w* pois|sulki\\w* pois|(?<!(?:onko|ovatko) (?:\\S+ ){0,4})poissuljet\\w*`,
        ),
      ],
      ['conditional', words(`vain jos|ainoastaan jos|edellyttä\\w*|edellytyks\\w*|ehdo\\w*|riippu\\w*|yk:n mandaat\\w*|eduskunna\\w* hyväksyn\\w*`)],
      [
        'undecided',
        words(
          `ennenaikais\\w*|liian aikaista|arvioi\\w* (?:\\S+ )?mahdollisuu\\w*|miten (?:\\S+ ){0,3}?(?:osallistu|lähettä)\\w*|voisiko|ei ole (?:vielä )?päättä\\w*|ei ottanut (?:\\S+ ){0,2}?kantaa|ei ole (?:myöskään )?kantaa|harkitse\\w*`,
        ),
      ],
      ['committed', words(`lähettävät|lähetämme|allekirjoitti\\w*|allekirjoittivat|sitoutu\\w*|jatkuu|jatkaa`)],
      [
        'willing',
        words(
          `valmi\\w*|halukas\\w*|halukkuu\\w*|kannatta\\w*|tarjo\\w*|avoin\\w*|voimme auttaa|valmius\\w*|(?:voi|voisi|voivat|voisivat|voimme) (?:\\S+ )?osallistua`,
        ),
      ],
    ],
    commitments: [
      ['ground_troops', words(`joukk\\w*|jouko\\w*|sotila\\w*|rauhanturva\\w*|kontingen\\w*|maajouk\\w*|suomalaisjouk\\w*`)],
      ['air', words(`ilmatil\\w*|hävittäj\\w*|ilmavoim\\w*|ilmapuolustu\\w*|ilmavalvon\\w*`)],
      ['maritime', words(`merivoim\\w*|musta\\w* mer\\w*|miinanraiv\\w*`)],
      ['training', words(`koulutu\\w*|koulutt\\w*`)],
      ['equipment', words(`asei\\w*|aseet|aseita|asetoimitu\\w*|ammu\\w*|ohjuk\\w*|\\w*materiaal\\w*|sotilaallis\\w* (?:tu|ap)\\w*`)],
      ['funding', words(`rahoitu\\w*|miljard\\w*|miljoon\\w* euro\\w*`)],
      ['monitoring', words(`valvon\\w*|tarkkailij\\w*`)],
      ['intelligence', words(`tiedustel\\w*`)],
      ['coalition', words(`\\w*turvatak\\w*|turvallisuustak\\w*|koalitio\\w*|\\w*turvajärjestel\\w*|turvallisuusjärjestel\\w*`)],
    ],
    // Finnish marks a place with a case ending on the name itself ("Ukrainaan", "Suomessa"): see FINNISH_PLACE.
    place: /(?!)/u,
    reporting: words(`sanoi|sanoo|kertoi|kertoo|totesi|toteaa|mukaan|ilmoitti|korosti|sanoivat|kirjoitti`),
    contrast: words(`mutta|kuitenkin|vaan|sen sijaan|kun taas`, 'gu'),
    coalitionName: words(`halukkaiden koalitio\\w*|halukkaiden liittouma\\w*`, 'gu'),
    firstPerson: words(`me|meidän|\\w+mme|emme`),
    opener: words(`^\\W*(?:mutta|kuitenkin|toisaalta)`),
    among: words(`muun muassa|niiden joukossa`),
    group: words(`maat|maata|maiden|maita|valtio\\w*|liittolai\\w*|kumppan\\w*|eurooppalai\\w*`),
    // Stems the case endings attach to (FINNISH_CASE): "Suomen", "Suomella"; "Ruotsin"; "Venäjän"; "Yhdysvaltojen".
    extraNames: {
      Suome: 'FI',
      Hollanti: 'NL',
      Hollanni: 'NL',
      'Iso-Britannia': 'GB',
      Britannia: 'GB',
      Yhdysvallat: 'US',
      Yhdysvaltain: 'US',
      Yhdysvaltojen: 'US',
      Yhdysvalloilta: 'US',
      Yhdysvalloille: 'US',
      Yhdysvalloissa: 'US',
      Moskova: 'RU',
      Kreml: 'RU',
      Turki: 'TR',
      Tšeki: 'CZ',
      Irlanni: 'IE',
    },
  },
};

/** Polish declines names: "Francja, Francji, Francję, Francją"; the regular endings of a name in -a. */
function polishForms(name: string): string[] {
  if (name.includes(' ') || !name.endsWith('a')) return [name];
  const stem = name.slice(0, -1);
  return [name, ...['y', 'i', 'ę', 'ą', 'ie'].map((ending) => stem + ending)];
}

/** Romanian names take their genitive ending: "Franța, Franței"; "Germania, Germaniei". */
function romanianForms(name: string): string[] {
  return name.includes(' ') || !name.endsWith('a') ? [name] : [name, `${name.slice(0, -1)}ei`];
}

/** Czech declines names: "Ukrajina, Ukrajiny, Ukrajině, Ukrajinu"; "Polsko, Polska, Polsku"; "Francie, Francii". */
function czechForms(name: string): string[] {
  if (name.includes(' ')) return [name];
  const stem = name.slice(0, -1);
  if (name.endsWith('ie')) return [name, `${stem}i`, `${stem}í`];
  if (name.endsWith('o')) return [name, ...['a', 'u', 'em'].map((ending) => stem + ending)];
  if (name.endsWith('a')) return [name, ...['y', 'ě', 'u', 'ou', 'e'].map((ending) => stem + ending)];
  return [name];
}

/** Hungarian lengthens a final vowel before a case ending: "Ukrajna, Ukrajnába"; the ending itself is read by the pattern. */
function hungarianForms(name: string): string[] {
  if (name.endsWith('a')) return [name, `${name.slice(0, -1)}á`];
  if (name.endsWith('e')) return [name, `${name.slice(0, -1)}é`];
  return [name];
}

/** German names take an -s in the genitive: "Russlands Ablehnung", "Frankreichs Präsident". */
function germanForms(name: string): string[] {
  return name.includes(' ') || /[sxzß]$/.test(name) ? [name] : [name, `${name}s`];
}

const NAME_FORMS: Partial<Record<Foreign, (name: string) => string[]>> = {
  pl: polishForms,
  ro: romanianForms,
  hu: hungarianForms,
  de: germanForms,
  cs: czechForms,
};

/**
 * Hungarian case endings that make a country a place or a direction ("Németországban" in
 * Germany, "Ukrajnába" to Ukraine, "Oroszországgal" with Russia): no actor.
 */
const HUNGARIAN_PLACE = /^(?:ba|be|ban|ben|ra|re|ról|ről|ból|ből|hoz|hez|höz|nál|nél|tól|től|on|en|ön|n|val|vel|gal|gel|ig)$/u;

/**
 * Finnish case endings on a name or its stem ("Suomi", "Suomen", "Suomella", "Suomikin"): others are another word
 * ("Puolustusministeri" is no "Puola"). Of them, in, into, from and to a country are places, not actors.
 */
const FINNISH_CASE = /^(?:|n|a|ä|t|lla|llä|lle|lta|ltä|ssa|ssä|sta|stä|an|än|en|in|aan|ään|een|iin|ksi|kin|nkin|kaan|kään|na|nä)$/u;
const FINNISH_PLACE = /^(?:lle|lta|ltä|ssa|ssä|sta|stä|an|än|en|aan|ään|een|iin)$/u;
const CASE_ENDINGS: Partial<Record<Foreign, { known?: RegExp; place: RegExp }>> = {
  hu: { place: HUNGARIAN_PLACE },
  fi: { known: FINNISH_CASE, place: FINNISH_PLACE },
};

/** Country names in each language, for the countries of this story only (the curated list). */
function namesFor(lang: Foreign): Array<[string, string]> {
  const names: Array<[string, string]> = Object.entries(LEXICONS[lang].extraNames);
  for (const { code } of actors.countries) {
    if (code === 'EU') continue;
    for (const name of [countries.getName(code, lang, { select: 'all' }) ?? []].flat()) {
      if (name.includes(',')) continue;
      for (const form of NAME_FORMS[lang]?.(name) ?? [name]) names.push([form, code]);
    }
  }
  return names.sort((a, b) => b[0].length - a[0].length);
}

/**
 * The names pattern of one language, built (and its locale registered) on first use: most
 * commands never read a page in another language, and each locale costs start-up time.
 */
const namePatterns = new Map<Foreign, { pattern: RegExp; codes: Map<string, string> }>();
function namePattern(lang: Foreign): { pattern: RegExp; codes: Map<string, string> } {
  let entry = namePatterns.get(lang);
  if (!entry) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    const names = namesFor(lang);
    // A language's own names come first and win ("Montenegro" in Portuguese news is the prime minister).
    const codes = new Map<string, string>();
    for (const [name, code] of names) if (!codes.has(name)) codes.set(name, code);
    const escaped = names.map(([n]) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Hungarian and Finnish names carry their case ending: the name is the first group, the ending the second.
    const ending = CASE_ENDINGS[lang] ? `([${LETTER}]*)` : `(?![${LETTER}])`;
    entry = { pattern: new RegExp(`(?<![${LETTER}])(${escaped.join('|')})${ending}`, 'gu'), codes };
    namePatterns.set(lang, entry);
  }
  return entry;
}

/**
 * Nationality adjectives next to an official or a troop noun, built on first use like the names:
 * "le président français" speaks for France, "deutsche Truppen" are Germany's soldiers.
 */
interface AdjectivePatterns {
  /** The nouns alone: the word beside each is then checked against the forms (cheaper than an alternation of every adjective at every position). */
  official: RegExp;
  troops: RegExp;
  forms: Array<[string, RegExp]>;
}
const adjectivePatterns = new Map<Foreign, AdjectivePatterns>();
function adjectivesOf(lang: Foreign): AdjectivePatterns {
  let entry = adjectivePatterns.get(lang);
  if (!entry) {
    entry = {
      official: words(OFFICIAL_NOUNS[lang], 'gu'),
      troops: words(TROOP_NOUNS[lang], 'gu'),
      forms: adjectiveForms(lang).map(([code, f]) => [code, new RegExp(`^(?:${f})$`, 'u')]),
    };
    adjectivePatterns.set(lang, entry);
  }
  return entry;
}

const WORD_BEFORE = new RegExp(`([${LETTER}]+) $`, 'u');
const WORD_AFTER = new RegExp(`^ ([${LETTER}]+)`, 'u');

/** A nationality adjective as a mention of its country, with the span of the whole phrase (adjective and noun). */
type AdjectiveMention = Mention & { phraseStart: number; phraseEnd: number };

/** The adjectives beside the nouns of one pattern in a (lower-case) sentence. */
function adjectiveMentions(lower: string, nouns: RegExp, lang: Foreign, official: boolean): AdjectiveMention[] {
  const found: AdjectiveMention[] = [];
  const { forms } = adjectivesOf(lang);
  const place = ADJECTIVE_PLACE[lang];
  const codeOf = (word: string): string | undefined => forms.find(([, form]) => form.test(word))?.[0];
  for (const match of lower.matchAll(nouns)) {
    const nounEnd = match.index + match[0].length;
    const before = place === 'after' ? null : WORD_BEFORE.exec(lower.slice(Math.max(0, match.index - 40), match.index));
    const beforeCode = before ? codeOf(before[1]!) : undefined;
    if (before && beforeCode) {
      const start = match.index - before[0].length;
      found.push({ code: beforeCode, kind: 'demonym', start, end: start + before[1]!.length, official, phraseStart: start, phraseEnd: nounEnd });
      continue;
    }
    const after = place === 'before' ? null : WORD_AFTER.exec(lower.slice(nounEnd, nounEnd + 40));
    const afterCode = after ? codeOf(after[1]!) : undefined;
    if (after && afterCode) {
      const start = nounEnd + 1;
      found.push({
        code: afterCode,
        kind: 'demonym',
        start,
        end: start + after[1]!.length,
        official,
        phraseStart: match.index,
        phraseEnd: start + after[1]!.length,
      });
    }
  }
  return found;
}

function mentionsIn(sentence: string, lang: Foreign): Mention[] {
  const found: Mention[] = findMentions(sentence).filter((m) => m.kind !== 'name');
  const { pattern, codes } = namePattern(lang);
  const add = (mention: Mention): void => {
    if (!found.some((m) => m.start < mention.end && m.end > mention.start)) found.push(mention);
  };
  for (const match of sentence.matchAll(pattern)) {
    const code = codes.get(match[1]!);
    const cases = CASE_ENDINGS[lang];
    if (cases && (!(cases.known?.test(match[2]!) ?? true) || (match[2] && cases.place.test(match[2])))) continue;
    if (code) add({ code, kind: 'name', start: match.index, end: match.index + match[0].length, official: false });
  }
  // "L'Agence France-Presse", "France 24", "Radio France": a news outlet's name, not the country.
  for (let i = found.length - 1; i >= 0; i--) if (OUTLET_AROUND.test(sentence.slice(Math.max(0, found[i]!.start - 7), found[i]!.end + 10))) found.splice(i, 1);
  const baltic = foreignBalticMentions(sentence);
  found.push(...baltic.filter((b) => !found.some((m) => m.start < b.end && m.end > b.start)));
  // "Le président français", "der polnische Außenminister": an official of that country.
  const lower = foreignLower(sentence);
  for (const { code, kind, start, end } of adjectiveMentions(lower, adjectivesOf(lang).official, lang, true)) add({ code, kind, start, end, official: true });
  return found.sort((a, b) => a.start - b.start);
}

/** "Premature" in the languages read, and the Polish "too early": what is declined is the debate, for now. */
const PREMATURE_DEBATE =
  /\b(?:prématuré\w*|verfrüht\w*|przedwczesn\w*|prematuur|za wcześnie|prematur\w*|předčasn\p{L}*|ennenaikais\p{L}*|liian aikaista)(?![\p{L}])/u;

const PREMATURE_REACH = 30;

/**
 * The exception a refusal names: "à moins que", "es sei denn", "a menos que", "a meno che", "a não ser que", "chyba że",
 * "tenzij", "decât dacă", Czech "pokud ... ne-", or "without" a mandate, an approval or a backer's support.
 */
const EXCEPTION_TO_REFUSAL = words(
  `à moins qu\\w*|sauf si|sauf s'|es sei denn|a menos que|salvo que|salvo si|a meno che|a não ser que|a nao ser que|chyba że|tenzij|decât dacă|decat daca|pokud [\\w]+ ne\\w*|` +
    `(?:sans|ohne|sin|senza|sem|bez|zonder|fără|fara) (?:(?:un|une|le|la|l'|ein\\w*|das|die|den|el|uno|una|il|lo|o|a|um|uma|een|de|het)\\s*)?` +
    `(?:mandat\\w*|un-mandat\\w*|uno-mandat\\w*|accord\\w*|acuerdo|zustimmung|zgod\\w*|instemming|acord\\w*|feu vert|garant\\w*|soutien|appui|unterstützung|` +
    `apoyo|sostegno|apoio|wsparci\\w*|steun|sprijin\\w*|aprobaci\\w*|approva\\w*|aprova\\w*|approbation|genehmigung|goedkeuring|aprobar\\w*|vote|votum|voto|votación|abstimmung|głosowani\\w*|stemming)`,
);

function stanceOf(lower: string, lexicon: Lexicon): { stance: Stance; at: number; membership: boolean } | null {
  const hedge = lexicon.hedge.exec(lower);
  const text = hedge ? lower.slice(0, hedge.index) + ' '.repeat(hedge[0].length) + lower.slice(hedge.index + hedge[0].length) : lower;
  let found: { stance: Stance; at: number; membership: boolean } | null = null;
  // The actor stands before the first cue of any kind; a condition anywhere outranks willing and undecided.
  let first = hedge ? hedge.index : Infinity;
  for (const [stance, pattern] of [...lexicon.stances, ['willing', lexicon.membership] as const]) {
    const match = pattern.exec(text);
    if (!match) continue;
    first = Math.min(first, match.index);
    if (!found || (stance === 'conditional' && found.stance !== 'opposed' && found.stance !== 'declined'))
      found = { stance, at: match.index, membership: pattern === lexicon.membership };
  }
  if (found && found.stance !== 'opposed' && found.stance !== 'declined' && found.stance !== 'conditional') {
    const condition = lexicon.bareIf.exec(text);
    if (condition && condition.index > found.at && !lexicon.timing.test(text.slice(condition.index, condition.index + 60)))
      found = { stance: 'conditional', at: found.at, membership: false };
  }
  if (found && (found.stance === 'willing' || found.stance === 'committed') && !found.membership) {
    // "n'est pas prête à", "no está dispuesta a", "nicht bereit": the cue negated is a refusal.
    if (lexicon.negation.test(text.slice(Math.max(0, found.at - 24), found.at))) found = { stance: 'declined', at: found.at, membership: false };
  }
  // "n'enverra pas de soldats sans mandat de l'ONU", "keine Soldaten, es sei denn ...": a refusal with its own exception
  // is a condition (as "would not deploy troops unless ..." is in English).
  if (found?.stance === 'declined' && EXCEPTION_TO_REFUSAL.test(text)) found = { stance: 'conditional', at: found.at, membership: false };
  // "rejected the debate as premature" (the two words close together), "it is too early to talk of": the question is open.
  const premature = PREMATURE_DEBATE.exec(text);
  if (premature && (!found || ((found.stance === 'declined' || found.stance === 'opposed') && Math.abs(found.at - premature.index) <= PREMATURE_REACH)))
    return { stance: 'undecided', at: Math.min(first, premature.index), membership: false };
  if (found) found.at = first;
  // As in English, "has not ruled out" is openness, which a condition or "still weighing" outweighs.
  if (hedge && (!found || found.stance === 'committed' || found.stance === 'willing' || found.stance === 'declined'))
    return { stance: 'willing', at: first, membership: false };
  return found;
}

/** "The government of", "the prime minister of": a country after these speaks, it is no place. */
const OFFICIAL_OF = words(
  `governo|gobierno|gouvernement|regierung|ministr[oae]|ministre|minister|presidente|président|präsident|premier|primeiro-ministro|primo ministro|primer ministro|chef|canciller|chanceler|cancelliere|kanzler|rząd|prezydent|premiera?|szef|regering|kabinet|guvern\\w*|președinte\\w*|premierul`,
);

function isPlace(lower: string, mention: Mention, lexicon: Lexicon): boolean {
  const before = lower.slice(Math.max(0, mention.start - 12), mention.start);
  const place = lexicon.place.exec(before);
  if (!place) return false;
  const head = lower.slice(Math.max(0, mention.start - 12 - 25), mention.start - before.length + place.index).trimEnd();
  const official = OFFICIAL_OF.exec(head.slice(-25));
  return !(official && official.index + official[0].length === head.slice(-25).length);
}

/** Two mentions on the same words: the Baltic states are three of them, each a member of a list. */
function sameWords(a: Mention, b: Mention): boolean {
  return a.start === b.start && a.end === b.end;
}

/** "A, B and C": the members of a list that ends at the actor. */
const LIST_JOIN =
  /^\s*(?:,|,? (?:and|et|und|y|e|i|oraz|ed|sowie|en|și|şi|és|oder|ou|lub|albo|of|sau|vagy|a|nebo|ja|tai|ni|noch|né))\s*(?:(?:la|le|les|die|der|den|el|los|las|il|lo|i|gli|o|a|os|as|het|de|az)\s+|l['’])?$/u;

/** A title and first name between two mentions of one person: "der britische Premierminister Keir Starmer". */
const TITLE_GAP = /^(?:\s+[\p{L}.'’-]+){0,3}\s+$/u;
/** The same after an official's nationality adjective whose name is not known here: "der ukrainische Präsident Wolodymyr Selenskyj und". */
const LIST_JOIN_AFTER_TITLE = new RegExp(`^(?:\\s+[\\p{L}.'’-]+){0,3}?${LIST_JOIN.source.slice(1)}`, 'u');

/** The mention at \`first\` and those joined to it by commas and "and" / "or" ("Kanada, Japonia i Australia"). */
function listFrom(lower: string, mentions: Mention[], first: number): Mention[] {
  const list = [mentions[first]!];
  for (let i = first + 1; i < mentions.length; i++) {
    const last = list.at(-1)!;
    const next = mentions[i]!;
    if (!sameWords(next, last) && !LIST_JOIN.test(lower.slice(last.end, next.start))) break;
    list.push(next);
  }
  return list;
}

const CONTRASTED = new RegExp(
  `(?:contrairement à|à la différence de|a diferencia de|al contrario que|a differenza (?:d[ei]|del|dell[ao]|dell['’]|degli|delle)|diversamente da|anders als|im gegensatz zu[mr]?|im unterschied zu[mr]?|ao contrário d[eao]|w przeciwieństwie do|spre deosebire de|toisin kuin|na rozdíl od|in tegenstelling tot)\\s*(?:(?:la|le|les|el|los|las|il|lo|die|der|den|das|o|a|os)\\s+|l['’])?$`,
  'u',
);

/**
 * "Selon Macron,", "Laut Bundeskanzler Merz": the person the sentence is reported from (a title may stand between);
 * "Według ministra Niderlandy są gotowe" reports from the minister, and the country after is the subject.
 */
const SOURCE = `(?<![${LETTER}])(?:selon|d['’]après|laut|según|secondo|segundo|według|volgens|potrivit|podle)\\s+(?:(?:la|le|les|el|il|lo|die|der|den|das|o|a|de|het|l['’])\\s*)?`;
const SOURCE_PERSON_BEFORE = new RegExp(`${SOURCE}(?:[${LETTER}-]+\\s+){0,3}?$`, 'u');
const SOURCE_BEFORE = new RegExp(`${SOURCE}$`, 'u');

function setAside(before: string, mention: Mention): boolean {
  return CONTRASTED.test(before) || (mention.kind === 'person' ? SOURCE_PERSON_BEFORE : SOURCE_BEFORE).test(before);
}

function listBefore(lower: string, mentions: Mention[], subject: Mention): Mention[] {
  const members = [subject];
  // Where the member read last begins: its nationality adjective and title belong to it.
  let head = subject;
  let index = mentions.indexOf(subject);
  while (index > 0) {
    const previous = mentions[index - 1]!;
    const gap = lower.slice(previous.end, head.start);
    if (previous.code === head.code && TITLE_GAP.test(gap)) {
      head = previous;
      index--;
      continue;
    }
    if (!sameWords(previous, head) && !LIST_JOIN.test(gap) && !(previous.kind === 'demonym' && previous.official && LIST_JOIN_AFTER_TITLE.test(gap))) break;
    // "Contrairement à la France, l'Allemagne n'enverra pas": the country set against the actor is no member of its list.
    if (setAside(lower.slice(Math.max(0, previous.start - 40), previous.start), previous)) break;
    members.unshift(previous);
    head = previous;
    index--;
  }
  return members.filter((m, i) => m.code !== 'UA' && members.findIndex((o) => o.code === m.code) === i);
}

/** The guarantees themselves (not the coalition's name): taking part in them is a coalition claim. */
const COALITION_IN: Record<Foreign, RegExp> = {
  fr: words(`garanties? de sécurité`),
  de: words(`sicherheitsgarantie\\w*`),
  es: words(`garantías de seguridad`),
  it: words(`garanzie di sicurezza`),
  pt: words(`garantias de segurança`),
  pl: words(`gwarancj\\w* bezpieczeństwa`),
  nl: words(`veiligheidsgaranties?`),
  ro: words(`garanți\\w* de securitate`),
  hu: words(`biztonsági garanci\\w*`),
  cs: words(`bezpečnostní\\w* zár\\w*`),
  fi: words(`\\w*turvatak\\w*`),
};

/** A sentence's parts at its contrast words, each with its offset. */
function parts(lower: string, lexicon: Lexicon): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  const condition = lexicon.stances.find(([stance]) => stance === 'conditional')![1];
  for (const match of lower.matchAll(lexicon.contrast)) {
    // "but only if" restricts the clause it follows: no new part.
    if (condition.test(lower.slice(match.index, match.index + match[0].length + 20))) continue;
    if (match.index > start) out.push({ start, end: match.index });
    start = match.index;
  }
  out.push({ start, end: lower.length });
  return out.flatMap((part) => splitAtReadiness(lower, part, lexicon));
}

/**
 * A readiness told after a refusal, past a comma, is a part of its own: "reaffirming its refusal
 * to send soldiers, the government confirmed its openness to help with monitoring" declines the
 * soldiers and offers the monitoring, though no contrast word stands between them.
 */
function splitAtReadiness(lower: string, part: { start: number; end: number }, lexicon: Lexicon): Array<{ start: number; end: number }> {
  const text = lower.slice(part.start, part.end);
  const refusal = lexicon.stances.find(([stance]) => stance === 'declined')![1].exec(text);
  if (!refusal) return [part];
  const rest = refusal.index + refusal[0].length;
  const readiness = lexicon.stances
    .filter(([stance]) => stance === 'willing' || stance === 'committed')
    .map(([, pattern]) => pattern.exec(text.slice(rest)))
    .filter((match) => match !== null)
    .map((match) => rest + match.index);
  if (readiness.length === 0) return [part];
  const comma = text.lastIndexOf(',', Math.min(...readiness));
  if (comma < rest) return [part];
  return [
    { start: part.start, end: part.start + comma },
    { start: part.start + comma, end: part.end },
  ];
}

/** A news outlet named after a country ("Agence France-Presse", "France 24", "Deutsche Welle") around a mention. */
const OUTLET_AROUND = /(?:agence|radio)\s+france\b|\bfrance[\s-](?:presse|24|info|inter|télévisions?|culture)\b|\bdeutsche\s+welle\b|\beuropa\s+press\b/iu;

/** "... y EEUU", "... et les Etats-Unis", "... und die USA": a second actor joined after the first one's share. */
const ELLIPTIC_JOIN = /(?:^|[\s,])(?:y|e|et|und|i|en|și|a|ja|és|oraz)\s+(?:(?:la|le|les|l'|die|der|den|el|los|las|il|lo|o|os|as|het|de|az)\s+)?$/u;

/** A relative clause opened between the country and the cue: the cue's subject is the noun it hangs on. */
function relativeWords(pronouns: string): RegExp {
  return new RegExp(`, *(?:${pronouns.replace(/\\w\*/g, `[${LETTER}]*`)})(?![${LETTER}])`, 'gu');
}
const RELATIVE_AFTER: Record<Foreign, RegExp> = {
  fr: relativeWords(`qui|lesquels|lesquelles`),
  de: relativeWords(`die|der|welche`),
  es: relativeWords(`que|los cuales|las cuales`),
  it: relativeWords(`che|i quali|le quali`),
  pt: relativeWords(`que|os quais|as quais`),
  pl: relativeWords(`które|który|która|którzy|których`),
  nl: relativeWords(`die|welke`),
  ro: relativeWords(`care`),
  hu: relativeWords(`amely\\w*|aki\\w*`),
  cs: relativeWords(`které|který|která|kteří`),
  fi: relativeWords(`joka|jotka|jonka|joita`),
};
/**
 * A relative clause opened before the cue (at `cue` in `rest`) and never closed: an aside closed by its comma ("Fiala,
 * who joined remotely, ...") leaves the country the subject of what follows.
 */
function relativeOpen(rest: string, cue: number, lang: Foreign): boolean {
  const relative = [...rest.slice(0, cue).matchAll(RELATIVE_AFTER[lang])].at(-1);
  return relative !== undefined && !/[,;]/.test(rest.slice(relative.index! + relative[0].length));
}

/** "Whether" where the word is not also "if" or "or" in other uses (Polish "czy" opening a clause, German "ob", Czech "zda"). */
const WHETHER: Partial<Record<Foreign, RegExp>> = {
  pl: words(`(?:tego|temat|o tym|pytanie|pytania),? czy`, 'gu'),
  de: words(`ob`, 'gu'),
  cs: words(`zda|zdali`, 'gu'),
};

/** The country stands in a "whether" question straight before it (no comma between): unless it is a stance of weighing. */
function questionBefore(lower: string, lang: Foreign, from: number, own: Mention, stance: Stance): boolean {
  const whether = WHETHER[lang];
  if (!whether || stance === 'undecided') return false;
  const gap = lower.slice(Math.max(from, own.start - 40), own.start);
  const match = allMatches(whether, gap).at(-1);
  return match !== undefined && !/[,;]/.test(gap.slice(match.index! + match[0].length));
}

/** An expert's or analyst's view is no country's position: without a named actor, such a sentence gives nothing. */
/** "Selon un chercheur, l'Espagne pourrait ...": a view reported from an analyst or an expert, no country's position. */
const ANALYST_SOURCE = words(
  `(?:selon|d'après|pour|laut|nach ansicht|según|secondo|segundo|według|volgens|potrivit|podle) (?:(?:un|une|des|le|la|les|l'|ein\\w*|der|den|el|los|uno|una|il|lo|gli|o|a|os|as|een|de|het)\\s*)?(?:[${LETTER}-]+ )?(?:expert\\w*|analyst\\w*|analist\\w*|chercheu\\w*|politolog\\w*|ancien\\w* général|especialista\\w*|ekspert\\w*|analityk\\w*|deskundig\\w*)`,
);

const ANALYST: Record<Foreign, RegExp> = {
  fr: words(`experts?|analystes?|politologues?|chercheurs?|éditorialistes?`),
  de: words(`expert\\w*|analyst\\w*|politolog\\w*|kommentator\\w*|beobachter`),
  es: words(`expert[oa]s?|analistas?|politólog[oa]s?`),
  it: words(`espert[oi]|analist[ai]|politolog\\w*|osservatori`),
  pt: words(`especialistas?|analistas?|cientistas? polític[oa]s?`),
  pl: words(`ekspert\\w*|analityk\\w*|politolog\\w*|komentator\\w*`),
  nl: words(`deskundigen?|experts?|analist\\w*|commentator\\w*`),
  ro: words(`expert\\w*|analist\\w*|politolog\\w*|comentator\\w*`),
  hu: words(`szakért\\w*|elemző\\w*|politológus\\w*`),
  cs: words(`expert\\w*|analyti\\w*|politolog\\w*|komentátor\\w*`),
  fi: words(`asiantuntij\\w*|analyytik\\w*|tutkij\\w*`),
};

/** A group's stance and commitments ("eight countries are ready to send troops"), for a list of its members that follows. */
interface GroupClaim {
  stance: Stance;
  commitments: Commitment[];
}

/** What a sentence takes from the sentences before it. */
interface SentenceContext {
  /** The previous sentence's actor, when this one goes on from it (the same quote, or "however" opening it). */
  inherited?: Mention;
  /** Who speaks the quote this sentence stands in, named in another sentence: "we" is that country. */
  quoteSpeaker?: Mention;
  /** The previous sentence's unnamed group, whose members "among them A and B" names. */
  group?: GroupClaim;
  /** What the two sentences before named: a condition or an open decision without a commitment of its own is about it. */
  topic?: Topic;
  /** The one person the previous sentence named: "he" in this one. */
  person?: Mention;
  /** One of the sentences just read named the coalition: "belong to it" in this one is belonging to the coalition. */
  coalitionBefore?: boolean;
}

/** Commitments a sentence named, and the countries it named (a quote's "we" included). */
interface Topic {
  commitments: Commitment[];
  countries: ReadonlySet<string>;
}

interface SentenceResult {
  claims: Claim[];
  /** The last actor of the sentence, for a sentence that goes on from it. */
  actor?: Mention;
  /** A stance and commitments that found no actor but an unnamed group of countries. */
  group?: GroupClaim;
  /** The official who speaks: named after the reporting verb ("sagte Merz"), or just before it ("Merz sagte"). */
  reported?: Mention;
  /** The countries of the officials named in it. */
  officials?: string[];
  topic?: Topic;
  /** Whether it names the coalition. */
  coalition?: boolean;
  /** The people it named, when they are of one country. */
  person?: Mention;
}

const AMONG_GAP = new RegExp(`^[\\s,:]*(?:[${LETTER}]+\\s+)?(?:(?:la|le|les|die|der|el|los|las|il|lo|o|a|os|as|de|het|az)\\s+|l['’])?$`, 'u');

/** A negation right after "among them": "darunter aber nicht Polen". */
const AMONG_NOT = /^[\s,]*(?:(?:aber|jedoch|mais|pero|ma|mas|ale|però|maar|dar|de) )?(?:nicht|pas|no|non|não|nie|niet|nu|nem)(?![\p{L}])/u;

/** The countries "among them A, B and C" names, when the marker stands in [from, to). */
function amongList(lower: string, mentions: Mention[], lexicon: Lexicon, from: number, to: number): { members: Mention[]; at: number } | null {
  const marker = lexicon.among.exec(lower.slice(from, to));
  if (!marker) return null;
  const at = from + marker.index;
  const end = at + marker[0].length;
  if (AMONG_NOT.test(lower.slice(end, end + 20))) return null;
  const first = mentions.find((m) => m.start >= end);
  // The list starts right after the marker, or after its verb ("among them the Netherlands", "darunter sind Schweden").
  if (!first || !AMONG_GAP.test(lower.slice(end, first.start))) return null;
  const members = listFrom(lower, mentions, mentions.indexOf(first));
  // Ukraine receives; Russia is no member of a group offering help to it.
  const named = members.filter((m) => m.code !== 'UA' && !ADVERSARIES.has(m.code));
  return named.length > 0 ? { members: named, at } : null;
}

/** The guarantees named before the contribution that takes part in them. */
function guaranteesFirst(scope: string, lang: Foreign, specific: Commitment[]): boolean {
  const guarantees = COALITION_IN[lang].exec(scope);
  if (!guarantees) return false;
  const patterns = LEXICONS[lang].commitments.filter(([c]) => specific.includes(c));
  return patterns.every(([, p]) => (p.exec(scope)?.index ?? Infinity) > guarantees.index);
}

/**
 * As in English: soldiers trained are Ukraine's ("l'addestramento di militari", "Ausbildung ukrainischer Soldaten"),
 * and what a ceasefire is watched with is no pledge of its own ("il monitoraggio con aerei radar e satelliti").
 */
const FOREIGN_TRAINEES =
  /(?<![\p{L}])(?:addestra\p{L}*|formazion\p{L}*|formation|entraîn\p{L}*|ausbild\p{L}*|entrenamiento|formación|szkoleni\p{L}*|treinamento|opleiding)\s+(?:[\p{L}'’]+\s+){0,3}?(militari|soldati|truppe|soldats|militaires|troupes|soldaten|truppen|streitkräfte|soldados|militares|tropas|żołnierzy|wojsk\p{L}*|militairen|troepen)(?![\p{L}])/gu;
const FOREIGN_MONITORING_MEANS =
  /(?<![\p{L}])(?:monitora\p{L}*|sorveglian\p{L}*|surveillance|überwach\p{L}*|monitoreo|vigilancia|monitorowani\p{L}*|toezicht)\s+(?:[\p{L}'’]+\s+){0,3}?(?:con|avec|par|mit|durch|por|mediante|met)\s+([^,;.]{1,80})/gu;

/**
 * "will not send troops, focusing on its own border and on air defence": what a country turns to instead is its own
 * priority, not a contribution (pl, fr, es, it, pt, nl, de participles of "focusing on").
 */
const FOREIGN_OWN_FOCUS =
  /(?<![\p{L}])(?:skupiając\s+się\s+na|koncentrując\s+się\s+na|en\s+se\s+concentrant\s+sur|centrándose\s+en|concentrándose\s+en|concentrandosi\s+su|concentrando-se\s+(?:em|n[ao]s?)|focando-se\s+(?:em|n[ao]s?)|zich\s+richtend\s+op|sich\s+konzentrierend\s+auf)\s+([^,;.]{1,160})/gu;

function withoutTraineesOrMeans(scope: string): string {
  return scope.replace(FOREIGN_TRAINEES, blankTail).replace(FOREIGN_MONITORING_MEANS, blankTail).replace(FOREIGN_OWN_FOCUS, blankTail);
}

/** The commitments of a part between `from` and `to`, with the same precedence as a named actor's. */
function commitmentsIn(
  lower: string,
  lang: Foreign,
  part: { start: number; end: number },
  from: number,
  to: number,
  stance: { stance: Stance; membership: boolean },
): Commitment[] {
  const lexicon = LEXICONS[lang];
  const scope = withoutTraineesOrMeans(lower.slice(from, to));
  // The coalition is a topic as much as a commitment: named anywhere in the part ("the coalition, which X joined").
  const whole = lower.slice(part.start, part.end);
  const commitments = moneyAndSkies(
    lexicon.commitments.filter(([c, p]) => p.test(c === 'coalition' ? whole : scope)).map(([c]) => c),
    scope,
  );
  const yes = stance.stance === 'willing' || stance.stance === 'committed';
  const specific = commitments.some((c) => c !== 'coalition') ? commitments.filter((c) => c !== 'coalition') : commitments;
  // Membership says a country is ready, not what it pledged ("joined Paris and London, ready to send units" is no membership).
  if (yes && lexicon.membership.test(whole) && (commitments.includes('coalition') || stance.membership))
    return commitments.includes('coalition') ? ['coalition'] : [];
  // "ready to take part in the guarantees by sending troops": the guarantees as well as the troops (not "troops as part of the guarantees").
  const otherWays = lexicon.otherWays.exec(scope);
  // "Will help in other ways than sending soldiers": what follows "than" is the one thing not offered.
  if (yes && otherWays && OTHER_THAN.test(scope.slice(otherWays.index + otherWays[0].length))) {
    const offered = scope.slice(0, otherWays.index);
    return ['coalition', ...specific.filter((c) => c !== 'coalition' && lexicon.commitments.some(([k, p]) => k === c && p.test(offered)))];
  }
  if (yes && (otherWays || (specific[0] !== 'coalition' && guaranteesFirst(scope, lang, specific))))
    return ['coalition', ...specific.filter((c) => c !== 'coalition')];
  // Signing a declaration is signing up to the guarantees; one on sending troops pledges the troops only, as in English
  // (the coalition beside them was right 4 times in 10 on the development texts, B32 included).
  if (stance.stance === 'committed' && specific.length > 0 && SIGNED[lang].test(whole) && DECLARATION[lang].test(scope)) {
    const others = specific.filter((c) => c !== 'coalition');
    return specific.includes('ground_troops') ? others : ['coalition', ...others];
  }
  return specific;
}

/**
 * "Prêt à financer l'achat d'armes", "Waffen zu finanzieren": money for arms is funding (SCHEMA.md), not the arms;
 * "la surveillance de l'espace aérien", "Überwachung des Luftraums": watching the skies is the air mission, not
 * monitoring a ceasefire.
 */
function moneyAndSkies(commitments: Commitment[], scope: string): Commitment[] {
  let result = commitments;
  if (FINANCING.test(scope) && result.includes('equipment'))
    result = result.includes('funding') ? result.filter((c) => c !== 'equipment') : result.map((c) => (c === 'equipment' ? 'funding' : c));
  if (result.includes('monitoring') && AIRSPACE.test(scope) && !CEASEFIRE_WORD.test(scope))
    result = result.includes('air') ? result.filter((c) => c !== 'monitoring') : result.map((c) => (c === 'monitoring' ? 'air' : c));
  return result;
}

// The verbs only: "soutien militaire et financier" is both kinds of support.
const FINANCING = words(
  `financer|financera\\w*|financé\\w*|finanzieren|finanziert\\w*|financiar|financiará\\w*|finanziare|finanzierà|financiará|s?finansow(?:ać|ał\\w*)|s?finansuj\\w*|financieren|financiert|finanț(?:a|eze|ează|at)|rahoitta\\w*|financovat|finanszíroz\\w*`,
);
const AIRSPACE = words(
  `espace aérien|luftraum\\w*|espacio aéreo|spazio aereo|espaço aéreo|luchtruim|spațiul\\w* aerian|spatiul\\w* aerian|przestrze\\w* powietrzn\\w*|ilmatil\\w*|vzdušn\\w* prostor\\w*|légt\\w*`,
);
const CEASEFIRE_WORD = words(
  `cessez-le-feu|waffenstillstand\\w*|waffenruhe|alto el fuego|cessate il fuoco|tregua|cessar-fogo|zawieszeni\\w* broni|rozejm\\w*|staakt-het-vuren|încetar\\w* a focului|příměří|tulitau\\w*|tűzszünet\\w*`,
);

/** "Other than" after "in other ways". */
const OTHER_THAN = new RegExp(`^\\s*(?:que|als|che|dan|decât|niż|mint)(?![${LETTER}])`, 'u');

/** A signature, and what is signed: a declaration (of intent). */
const SIGNED: Record<Foreign, RegExp> = {
  fr: words(`signé\\w*|sign(?:e|ent|ait|aient|era|eront)`),
  de: words(`unterzeichne\\w*|unterschrieb\\w*|unterschrieben`),
  es: words(`firm(?:ó|aron|ado|ará|arán|an)`),
  it: words(`firm(?:ato|ano|eranno|erà)`),
  pt: words(`assin\\w*`),
  pl: words(`podpis\\w*`),
  nl: words(`onderteken\\w*`),
  ro: words(`semn(?:at|ează)`),
  hu: words(`aláír\\w*`),
  cs: words(`podepsal\\w*|podepsán\\w*|podepíš\\w*`),
  fi: words(`allekirjoit\\w*`),
};
const DECLARATION: Record<Foreign, RegExp> = {
  fr: words(`déclaration\\w*`),
  de: words(`\\w*erklärung`),
  es: words(`declaración`),
  it: words(`dichiarazione`),
  pt: words(`declaração`),
  pl: words(`deklaracj\\w*`),
  nl: words(`\\w*verklaring`),
  ro: words(`declarați\\w*`),
  hu: words(`nyilatkozat\\w*`),
  cs: words(`deklarac\\w*|prohlášení`),
  fi: words(`\\w*julistu\\w*|lausum\\w*`),
};

/** The sentence with Ukraine's and Russia's own troops blanked, for the commitment cues. */
function withoutForeignTroops(lower: string, lang: Foreign): string {
  let out = lower;
  for (const troops of adjectiveMentions(lower, adjectivesOf(lang).troops, lang, false)) {
    if (troops.code !== 'UA' && troops.code !== 'RU') continue;
    out = out.slice(0, troops.phraseStart) + ' '.repeat(troops.phraseEnd - troops.phraseStart) + out.slice(troops.phraseEnd);
  }
  return out;
}

/** "Of" between a stance noun and its owner: "l'indisponibilità dell'Italia", "la disposición de España". */
const OWNER_GAP = new RegExp(`^[${LETTER}]+\\s+(?:de la |de l'|dell'|della |dello |del |des |du |de |di |da |do |dos |van |d')$`, 'u');

/** The country a stance noun belongs to, named right after it, when none stands before it. */
function ownerAfter(lower: string, mentions: Mention[], cue: number): Mention | undefined {
  const owner = mentions.find((m) => m.start > cue && m.start < cue + 40);
  return owner && owner.code !== 'UA' && OWNER_GAP.test(lower.slice(cue, owner.start)) ? owner : undefined;
}

/**
 * German and Dutch put the verb second: after an opening phrase the subject follows it ("Nach dem Treffen wird
 * Deutschland keine Soldaten schicken", "Anders als Frankreich wird Deutschland ..."). The country right after the verb
 * that is the cue, when none stands before it.
 */
const VERB_SECOND: ReadonlySet<Foreign> = new Set(['de', 'nl']);
const VERB_THEN_SUBJECT = new RegExp(`^[${LETTER}]+\\s+(?:(?:die|der|das|de|het)\\s+)?$`, 'u');

function subjectAfterVerb(lower: string, mentions: Mention[], cue: number): Mention | undefined {
  const subject = mentions.find((m) => m.start > cue && m.start <= cue + 30);
  return subject && subject.code !== 'UA' && VERB_THEN_SUBJECT.test(lower.slice(cue, subject.start)) ? subject : undefined;
}

/** A year before Russia's war on Ukraine began (2014), or the Budapest memorandum by name. */
const HISTORY = /(?<!\d)(?:1[89]\d\d|200\d|201[0-3])(?!\d)|budapest\w* memorand|memorand\w* (?:de |di |von |z |van |din |)budapest/iu;

/** Lower case with the typographic apostrophe as a straight one ("à l’Élysée" is "à l'élysée"), same length. */
function foreignLower(sentence: string): string {
  const lower = sentence.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * Another theatre, in the languages read: Gaza, Greenland, Lebanon (UNIFIL), the Sahel, Kosovo, the Middle East, NATO's
 * eastern flank and its air policing and exercises. A sentence that names one and not Ukraine gives no claim, as in English.
 */
const ELSEWHERE = words(
  `gaza|groenland|grönland|groenlandia|grenlandi\\w*|groenlândia|grónsk\\w*|liban|libanon|líbano|libano|libanu|finul|unifil|mali|sahel|kosov\\w*|kfor|irak|iraq|syri\\w*|sirie|siria|moyen-orient|nahost|nahen osten|oriente medio|medio oriente|médio oriente|bliski\\w* wschod\\w*|mer rouge|roten? meer|mar rojo|mar rosso|morze czerwone|taïwan|taiwan|tajwan|` +
    `flanc (?:est|oriental)|ostflanke|flanco (?:este|oriental)|fianco (?:est|orientale)|wschodni\\w* flank\\w*|flank\\w* wschodni\\w*|flancul estic|oostflank|police du ciel|air policing|luftraumüberwachung der nato|` +
    `exercices? militaires?|manöver\\w*|militärübung\\w*|ejercicios? militar\\w*|esercitazion\\w*|ćwiczeni\\w*|militaire oefening\\w*|exerciți\\w* militar\\w*|vojensk\\w* cvičení|sotaharjoitu\\w*`,
);
/**
 * A neighbouring country of Ukraine, or outside Ukraine, where troops may go instead ("in einem Nachbarland", "dans un pays
 * voisin", "al di fuori dei confini ucraini").
 */
const NEIGHBOURING_COUNTRY = words(
  `al di fuori de(?:i|l|gli) confin\\w* ucrain\\w*|fuori dall'ucraina|außerhalb der ukraine|hors d'ukraine|en dehors de l'ukraine|fuera de ucrania|poza ukrainą|buiten oekraïne|nachbarland\\w*|nachbarländer\\w*|nachbarstaat\\w*|pays voisins?|país(?:es)? vecinos?|paes[ei] vicin[oi]|państw\\w* sąsiedni\\w*|sąsiedni\\w* (?:kraj\\w*|państw\\w*)|buurland\\w*|țăr\\w* vecin\\w*|países vizinhos|país vizinho`,
);
/** Ukraine in the other languages read: an article, or a sentence on another theatre, that never names it is elsewhere. */
export const UKRAINE_IN_OTHER_LANGUAGES = /ukrain|ucr[aâ]i?n|oekra|ukrajin|ukrajn|kyiv|kiev|kyjiw|kyjev|kiew|kij[oó]w|kijev|zelensk|selensk|zełensk|zelenszk/i;

/** Claims of one sentence in another language. */
function sentenceClaims(sentence: string, lang: Foreign, headline: boolean, context: SentenceContext = {}): SentenceResult {
  const result = stanceClaims(sentence, lang, headline, context);
  if (result.claims.length > 0 && ELSEWHERE.test(sentence.toLowerCase()) && !UKRAINE_IN_OTHER_LANGUAGES.test(sentence)) result.claims = [];
  // "Truppen in einem Nachbarland der Ukraine": troops next to Ukraine are not in it (a refusal to send them there stands)
  if (result.claims.length > 0 && NEIGHBOURING_COUNTRY.test(sentence.toLowerCase()))
    result.claims = result.claims.filter((claim) => claim.commitment !== 'ground_troops' || STANCE_CLASS[claim.stance] === 'no');
  // "The coalition, which brings together 35 countries such as A, B and C": each is a member (willing, SCHEMA.md),
  // unless the sentence says more of it ("countries of the coalition are ready to send troops, among them A": troops only).
  const lower = foreignLower(sentence);
  result.coalition = lower.search(COALITION_WORD[lang]) >= 0;
  // The sentence's countries, found once for the structural readings below.
  let found: Mention[] | undefined;
  const mentions = (): Mention[] => (found ??= mentionsIn(sentence, lang));
  const members = result.topic && result.coalition ? coalitionMembers(lower, mentions(), lang) : [];
  // Belonging, attending and leading are read where this sentence or one just before names the coalition.
  const onCoalition = result.coalition || context.coalitionBefore === true;
  // "Należą do niej także X i Y", "X et Y en font partie": belonging to the coalition.
  if (onCoalition && lower.search(BELONG_VERB[lang]) >= 0) members.push(...membersAroundVerb(lower, mentions(), lang, BELONG_VERB[lang], true));
  // "Alla riunione hanno partecipato X e Y": attending the coalition's meeting.
  if (onCoalition && lower.search(ATTENDED_VERB[lang]) >= 0) members.push(...membersAroundVerb(lower, mentions(), lang, ATTENDED_VERB[lang], false));
  // "La coalizione guidata da Francia e Regno Unito": leading it (committed).
  const led = lower.search(LED_BY[lang]) >= 0;
  if (onCoalition && (led || (lang === 'de' && lower.includes('geführt'))))
    for (const leader of coalitionLeaders(lower, mentions(), lang))
      if (!result.claims.some((c) => c.country === leader.code && c.commitment === 'coalition'))
        result.claims.push(structureClaim(leader.code, 'committed', sentence, headline));
  for (const member of members)
    if (!result.claims.some((c) => c.country === member.code)) result.claims.push(structureClaim(member.code, 'willing', sentence, headline));
  if (led)
    for (const { code, commitment } of ledCommitments(lower, mentions(), lang))
      if (!result.claims.some((c) => c.country === code && c.commitment === commitment))
        result.claims.push(structureClaim(code, 'committed', sentence, headline, commitment));
  return result;
}

/** A claim read from the sentence's structure (members, attendees, leaders, what a country leads), not from a speaker. */
function structureClaim(country: string, stance: Stance, sentence: string, headline: boolean, commitment: Commitment = 'coalition'): Claim {
  const confidence = readingConfidence({
    country,
    speaker: 'third_party',
    commitment,
    stance,
    sentenceChars: sentence.length,
    headline,
    english: false,
  });
  return { country, commitment, stance, evidence: sentence, speaker: 'third_party', confidence };
}

/** What a country leads is its own part: "un sistema de vigilancia de la tregua liderado por Noruega" (monitoring: committed). */
const LED_COMMITMENTS: ReadonlySet<Commitment> = new Set(['monitoring', 'maritime', 'air', 'training', 'intelligence']);

function ledCommitments(lower: string, mentions: Mention[], lang: Foreign): Array<{ code: string; commitment: Commitment }> {
  const found: Array<{ code: string; commitment: Commitment }> = [];
  for (const led of lower.matchAll(LED_BY[lang])) {
    const before = lower.slice(Math.max(0, led.index - LED_THING_REACH), led.index);
    const thing = before.slice(before.search(/[^.;:]*$/));
    const commitments = LEXICONS[lang].commitments.filter(([c, p]) => LED_COMMITMENTS.has(c) && p.test(thing)).map(([c]) => c);
    if (commitments.length === 0) continue;
    for (const leader of leadersNamedAfter(lower, mentions, led.index + led[0].length))
      for (const commitment of commitments) found.push({ code: leader.code, commitment });
  }
  return found;
}

/** The countries listed right after "led by" (a few words of title may come first), not Ukraine nor Russia's side. */
function leadersNamedAfter(lower: string, mentions: Mention[], end: number): Mention[] {
  const first = mentions.findIndex((m) => m.start >= end && m.start <= end + 25 && /^[\s\p{L}]*$/u.test(lower.slice(end, m.start)));
  return first < 0 ? [] : listFrom(lower, mentions, first).filter(usableLeader);
}

const usableLeader = (m: Mention): boolean => m.code !== 'UA' && !ADVERSARIES.has(m.code);

const LED_THING_REACH = 90;

/** "pour que", "para que", "damit", "affinché", "aby", "zodat": what follows is the aim, not a position. */
const PURPOSE = /(?:^|[\s,])(?:pour que|afin que|afin de|para que|damit|um zu|affinché|perché|aby|żeby|zodat|pentru ca)\s/u;
/** Relying on another's support ("compte sur le soutien des États-Unis"): the one relied on pledges nothing here. */
const RELIES_ON =
  /(?<![\p{L}])(?:compt\p{L}* sur|cuent\p{L}* con|cont\p{L}* su(?:l|lla|ll'|i)?|setz\p{L}* auf|zähl\p{L}* auf|rechn\p{L}* (?:fest )?(?:mit|auf)|liczy\p{L}* na|rekent op)\s(?:[^,;.]{0,40}?)(?:soutien|appui|aide|apoyo|respaldo|ayuda|sostegno|appoggio|supporto|aiuto|unterstützung|hilfe|wsparci\p{L}*|pomoc\p{L}*|steun)[^,;.]{0,100}/gu;
/** A parenthesis, or an aside between dashes: "–entre ellos, el presidente español—". */
const ASIDE =
  /\([^()]{1,160}\)|[–—]\s*(?:entre ell[oa]s|entre otros|darunter|unter ihnen|parmi (?:eux|lesquels|lesquelles)|dont|w tym|wśród nich|tra cui|tra questi|among them|including)\b[^–—]{1,160}[–—]/gu;

function asideSpans(lower: string, lexicon: Lexicon): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of lower.matchAll(ASIDE)) spans.push([match.index, match.index + match[0].length]);
  const opening = lexicon.bareIf.exec(lower);
  if (opening && opening.index <= 3) {
    const comma = lower.indexOf(',', opening.index);
    if (comma > 0) spans.push([opening.index, comma]);
  }
  const purpose = PURPOSE.exec(lower);
  if (purpose) spans.push([purpose.index, lower.length]);
  for (const match of lower.matchAll(RELIES_ON)) spans.push([match.index, match.index + match[0].length]);
  for (const match of lower.matchAll(THANKED_OR_ASKED)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/**
 * "Zelensky a remercié la France pour son soutien et a appelé l'Allemagne à livrer des missiles": who is thanked pledges
 * nothing new, and who is called on to deliver has not said it will (French; the other languages read had no such slip).
 */
const THANKED_OR_ASKED = words(
  `(?:remerci\\w*|appel(?:é|ée|és|le|lent|ait)|exhort\\w*|invit(?:é|ée|és|e|ent|ait)|pressé|prié|enjoint) (?:la |le |les |l['’]|aux? )[^.;]{0,160}`,
  'gu',
);

function stanceClaims(sentence: string, lang: Foreign, headline: boolean, context: SentenceContext): SentenceResult {
  // A question asks about a position; it states none.
  if (/\?\s*["'”»]?\s*$/.test(sentence)) return { claims: [] };
  // A treaty or an event of another era (the Budapest memorandum of 1994) is history, no position of today.
  if (HISTORY.test(sentence)) return { claims: [] };
  if (ANALYST_SOURCE.test(foreignLower(sentence))) return { claims: [] };
  const lexicon = LEXICONS[lang];
  // The coalition's own name ("of the willing") is a topic, not a stance.
  const lower = foreignLower(sentence);
  // Asides, an opening "if" clause and a purpose clause ("pour que ...") state no one's position: blanked, with their countries.
  const asides = asideSpans(lower, lexicon);
  const cues = blankSpans(
    lower.replace(lexicon.coalitionName, (name) => ' '.repeat(name.length)),
    asides,
  );
  const mentions = mentionsIn(sentence, lang).filter((m) => !asides.some(([start, end]) => m.start >= start && m.end <= end));
  const reporting = lexicon.reporting.exec(lower);
  const speaker = reporting ? mentions.find((m) => m.start > reporting.index && m.official) : undefined;
  const officials = mentions.filter((m) => m.official);
  const result: SentenceResult = { claims: [], officials: officials.map((m) => m.code) };
  if (reporting) result.reported = speaker ?? officials.filter((m) => m.end <= reporting.index).at(-1);
  const push = (actor: Mention, commitments: Commitment[], stance: Stance, voice: Mention | undefined): void => {
    const self = voice ? voice.code === actor.code : actor.official;
    let final = stance;
    if (ADVERSARIES.has(actor.code) && final === 'declined') final = 'opposed';
    else if (!ADVERSARIES.has(actor.code) && final === 'opposed') final = 'declined';
    for (const commitment of commitments) {
      if (actor.code === 'UA' && commitment !== 'sanctions') continue;
      const speaker = self ? 'self' : 'third_party';
      const confidence = readingConfidence({
        country: actor.code,
        speaker,
        commitment,
        stance: final,
        sentenceChars: sentence.length,
        headline,
        english: false,
      });
      result.claims.push({ country: actor.code, commitment, stance: final, evidence: sentence, speaker, confidence });
    }
  };
  // Other countries than Ukraine named in the sentence: a sentence going on from the previous one names none.
  const others = mentions.filter((m) => m.code !== 'UA');
  const firstPerson = context.quoteSpeaker !== undefined && lexicon.firstPerson.test(lower);
  // Ukraine's and Russia's own soldiers ("ukraińskie wojsko", "troupes russes") are no one's contribution.
  const topics = withoutForeignTroops(lower, lang);
  const named = namedCommitments(topics, lang);
  // Whose troops ("deutsche Soldaten") names a country as much as its name does.
  const troops = named.length > 0 ? adjectiveMentions(lower, adjectivesOf(lang).troops, lang, false).map((m) => m.code) : [];
  const countries = [...others.map((m) => m.code), ...troops, ...(firstPerson ? [context.quoteSpeaker!.code] : [])];
  result.topic = { commitments: named, countries: new Set(countries.filter((code) => code !== 'UA' && code !== 'RU')) };
  const people = mentions.filter((m) => m.kind === 'person');
  if (people.length > 0 && people.every((m) => m.code === people[0]!.code)) result.person = people.at(-1);
  const sentenceParts = parts(lower, lexicon);
  // "Among them A and B" after a sentence on an unnamed group, and no stance of its own: the group's members.
  if (context.group && !ANALYST[lang].test(lower) && !sentenceParts.some((part) => stanceOf(cues.slice(part.start, part.end), lexicon))) {
    const among = amongList(lower, mentions, lexicon, 0, lower.length);
    if (among) for (const member of among.members) push(member, context.group.commitments, context.group.stance, undefined);
    return result;
  }
  const analyst = ANALYST[lang].test(lower);
  // A sentence going on from the previous one names no other actor: no country, no group ("but the allies are ready").
  const fromBefore = firstPerson ? context.quoteSpeaker : others.length === 0 && !analyst && !lexicon.group.test(lower) ? context.inherited : undefined;
  let carried: Mention | undefined;
  for (const part of sentenceParts) {
    const stance = stanceOf(cues.slice(part.start, part.end), lexicon);
    if (!stance) continue;
    const cue = part.start + stance.at;
    // Ukraine receives the guarantees: never the actor here either.
    // "Anders als Frankreich wird Deutschland ...", "Laut Macron wird Deutschland ...": the country set against the actor,
    // or the source of the report, is not it.
    const before = mentions.filter(
      (m) =>
        m.start >= part.start &&
        m.end <= cue &&
        m.code !== 'UA' &&
        !isPlace(lower, m, lexicon) &&
        !setAside(lower.slice(Math.max(0, m.start - 40), m.start), m),
    );
    const own = before.at(-1) ?? ownerAfter(lower, mentions, cue) ?? (VERB_SECOND.has(lang) ? subjectAfterVerb(lower, mentions, cue) : undefined);
    // "Polska wie o krajach, które deklarują gotowość": the relative clause's cue is its antecedent's, not the country's
    // before it; "debata, czy Polska wyśle żołnierzy": a question put is no position.
    if (
      own &&
      before.includes(own) &&
      (relativeOpen(lower.slice(own.end, part.end), cue - own.end, lang) || questionBefore(lower, lang, part.start, own, stance.stance))
    )
      continue;
    // "According to Macron, 26 countries have committed": the counted group between the last name and the cue is the
    // subject, not the one reporting it.
    const counted = numberedGroup(lower.slice(own ? own.end : part.start, cue), lexicon);
    const subject = counted ? undefined : (own ?? carried ?? speaker ?? pronounSubject(lower, lang, mentions, cue, context.person) ?? fromBefore);
    const voice = speaker ?? (subject && subject === context.quoteSpeaker ? subject : undefined);
    if (subject) {
      carried = subject;
      result.actor = subject;
      // The commitment is told after the actor, or before the reporting verb when the actor is its speaker.
      const from = own ? own.end : part.start;
      const reported = !own && subject === speaker && reporting && reporting.index > cue ? Math.min(part.end, reporting.index) : part.end;
      // "Irlanda se encargaría de patrullar el Mar Negro y Noruega de la inteligencia": the next country's share is its own.
      const nextActor = mentions.find((m) => m.start > cue && m.start < reported && m.code !== subject.code && m.code !== 'UA' && !isPlace(lower, m, lexicon));
      const to = nextActor && ELLIPTIC_JOIN.test(lower.slice(Math.max(cue, nextActor.start - 6), nextActor.start)) ? nextActor.start : reported;
      let specific = commitmentsIn(topics, lang, part, from, to, stance);
      // "Schoof names two conditions" after a sentence on Dutch troops: the condition is set on them.
      const open = stance.stance === 'conditional' || stance.stance === 'undecided';
      if (specific.length === 0 && open && context.topic?.countries.has(subject.code) && !lexicon.commitments.some(([, p]) => p.test(topics)))
        specific = context.topic.commitments;
      for (const actor of own ? listBefore(lower, mentions, own) : [subject]) push(actor, specific, stance.stance, voice);
      continue;
    }
    // "Eight countries are ready to send troops, among them A and B": the members named after the cue.
    if (analyst) continue;
    const among = amongList(lower, mentions, lexicon, cue, part.end);
    if (among && lexicon.group.test(lower.slice(part.start, among.at))) {
      const specific = commitmentsIn(topics, lang, part, part.start, among.at, stance);
      for (const member of among.members) push(member, specific, stance.stance, undefined);
      continue;
    }
    // "Deutsche Truppen", "soldats français": whose soldiers, when no other country is named.
    const troops = adjectiveMentions(lower.slice(0, part.end), adjectivesOf(lang).troops, lang, false).filter((m) => m.start >= part.start);
    const nation = troops.at(-1);
    if (nation && !ADVERSARIES.has(nation.code) && nation.code !== 'UA' && others.every((m) => m.code === nation.code)) {
      if (commitmentsIn(topics, lang, part, part.start, part.end, stance).includes('ground_troops')) push(nation, ['ground_troops'], stance.stance, undefined);
      continue;
    }
    // No actor, but an unnamed group of countries: a list of its members may follow.
    if (lexicon.group.test(lower.slice(part.start, part.end))) {
      const specific = commitmentsIn(topics, lang, part, part.start, part.end, stance);
      if (specific.length > 0) result.group = { stance: stance.stance, commitments: specific };
    }
  }
  return result;
}

/**
 * A number or a word of quantity before a group noun: "26 Länder", "plusieurs pays", "einige Staaten", "varios países",
 * "kilka państw". Such a group is unnamed (SCHEMA.md), and the speaker who reports it is not its subject.
 */
const COUNTED_BY = new RegExp(
  `(?:\\d+|(?<![${LETTER}])(?:plusieurs|certain[es]*|quelques|nombreux|d['’]autres|autres|mehrere|einige|viele|andere|zahlreiche|varios|varias|algunos|algunas|muchos|otros|vari|alcuni|molti|altri|diversi|vários|várias|alguns|muitos|outros|kilka|niektóre|wiele|inne|kilku|verschillende|enkele|sommige|veel|unele|multe|alte|több|néhány|sok|több|několik|některé|mnoho|další|useat|jotkin|monet|muut|vingt-six|sechsundzwanzig|veintiséis|ventisei|vinte e seis))\\s+(\\S+)(?:\\s+(\\S+))?`,
  'gu',
);
/** A number right before a group noun ("26 Länder", "30 pays", "26 maata"): a counted, unnamed group. */
function numberedGroup(text: string, lexicon: Lexicon): boolean {
  // The group noun right after the number, or after one adjective ("mehrere europäische Länder").
  for (const match of text.matchAll(COUNTED_BY)) if (lexicon.group.test(match[1]!) || (match[2] !== undefined && lexicon.group.test(match[2]))) return true;
  // "... la coalition, un groupe d'États prêts à ...": a group of countries named as such is the subject too.
  return GROUP_OF.test(text);
}

const GROUP_OF = new RegExp(
  `(?<![${LETTER}])(?:un +groupe +d(?:e +|['’] *)|une +coalition +d(?:e +|['’] *)|eine +gruppe +(?:von|aus)|un +grupo +de|un +gruppo +di|grupa|grupy|een +groep|un +grup +de)(?:[${LETTER}]+ +){0,2}?(?:[${LETTER}]*(?:états|pays|staaten|länder|países|estados|paesi|stati|państw|krajów|landen|staten|țări|state))(?![${LETTER}])`,
  'u',
);

/** The coalition itself, by its common noun, or its English name, which pages in other languages often keep ("la Coalition of the Willing"). */
const COALITION_WORD: Record<Foreign, RegExp> = {
  fr: words(`coalition`, 'gu'),
  de: words(`koalition|coalition`, 'gu'),
  es: words(`coalición|coalition`, 'gu'),
  it: words(`coalizione|coalition`, 'gu'),
  pt: words(`coalizão|coligação|coalition`, 'gu'),
  pl: words(`koalicj\\w*|coalition`, 'gu'),
  nl: words(`coalitie|coalition`, 'gu'),
  ro: words(`coaliți\\w*|coalition`, 'gu'),
  hu: words(`koalíció\\w*|coalition`, 'gu'),
  cs: words(`koalic\\w*|coalition`, 'gu'),
  fi: words(`koalitio\\w*|liittouma\\w*|coalition`, 'gu'),
};

/** "Including", "such as", "made up of": the coalition's members follow. */
const MEMBERS_MARKER: Record<Foreign, RegExp> = {
  fr: words(`dont|notamment|comme|y compris|comprenant|composée de|regroupant|réunissant|qui (?:regroupe|réunit|rassemble|comprend)`, 'gu'),
  de: words(`darunter|wie|einschließlich|unter anderem|bestehend aus`, 'gu'),
  es: words(`como|incluid[oa]s|incluye|incluyendo|entre (?:ellos|ellas)|compuesta por|formada por|integrada por|que (?:agrupa|reúne|incluye) a`, 'gu'),
  it: words(`come|tra cui|fra cui|inclus[ei]|compres[ei]|composta da|formata da|che (?:riunisce|comprende|include)`, 'gu'),
  pt: words(`como|incluindo|entre eles|entre elas|composta por|formada por|integrada por|que (?:reúne|inclui|agrupa)`, 'gu'),
  pl: words(`w tym|takich jak|takie jak|m\\.in\\.|między innymi|wśród nich|skupiając\\w*|obejmując\\w*`, 'gu'),
  nl: words(`waaronder|zoals|inclusief|bestaande uit|onder meer|onder andere`, 'gu'),
  ro: words(`inclusiv|precum|printre care|între care|formată din|care reunește|care include`, 'gu'),
  hu: words(`köztük|többek között|például|beleértve`, 'gu'),
  cs: words(`včetně|například|mezi (?:nimi|kterými|které)|zejména|především`, 'gu'),
  fi: words(`muun muassa|kuten|mukaan lukien`, 'gu'),
};

/** "Works with partners such as Japan": countries the coalition deals with are no members (the rest of the span is blanked). */
const PARTNERS_OF = new RegExp(
  `(?<![${LETTER}])(?:con|avec|mit|com|met|cu|ze?|contre|contra|gegen|tegen|împotriva|przeciw\\w*|ellen|insieme)(?![${LETTER}])[^]*$`,
  'u',
);

/** Only articles between the marker and the list's first country. */
const MEMBERS_GAP = /^\s*(?:(?:la|le|l'|les|die|der|den|el|los|las|il|lo|gli|o|a|os|as|de|het|az)\s+)?$/u;
/** How far after the coalition's noun its members may be listed (as in English). */
const MEMBERS_REACH = 120;

/** "Belong to it", "are part of it", "it counts": the countries named around the verb are the coalition's members. */
const BELONG_VERB: Record<Foreign, RegExp> = {
  fr: words(`(?:en )?(?:fait|font) partie|compte parmi ses membres`, 'gu'),
  de: words(`gehör\\w*|umfasst|besteht aus|bestehen aus`, 'gu'),
  es: words(`cuenta con|contará con|forman? parte|integran`, 'gu'),
  it: words(`fanno parte|fa parte`, 'gu'),
  pt: words(`fazem parte|faz parte`, 'gu'),
  pl: words(`należ\\w*|w (?:jej |tej grupie |tej koalicji )?skład\\w*|w (?:tej )?grupie (?:są|jest)`, 'gu'),
  nl: words(`maken deel uit|maakt deel uit|bestaat uit|behoren`, 'gu'),
  ro: words(`fac parte|face parte`, 'gu'),
  hu: words(`tagja|tagjai`, 'gu'),
  cs: words(`součástí|tvoří|patří|přidal\\w*`, 'gu'),
  fi: words(`kuuluu|kuuluvat`, 'gu'),
};
/** Another body a country can belong to: "fait partie de l'Otan" is no membership of the coalition. */
const OTHER_BODY =
  /(?<![\p{L}])(?:nato|otan|natu|nató|ue|eu|unii europejskiej|unia europejska|union européenne|unión europea|unione europea|europäischen union|onu|oon|un|vn|g7|g20|brics)(?![\p{L}])/u;
/** "W skład koalicji nie weszły ...": the negation after the verb (Polish and Czech put it there). */
const NEGATIONS = 'nie|ne|not|nicht|pas|no|non|não|nu|niet|ei|nem';
const NEGATION_AFTER = new RegExp(`^\\s+(?:${NEGATIONS})(?![\\p{L}])`, 'u');
/** A negation word anywhere in a span. */
const NEGATION_WORD = new RegExp(`(?<![\\p{L}])(?:${NEGATIONS})(?![\\p{L}])`, 'u');
/** How far before the verb its members may stand ("la Grèce et le Portugal, eux aussi, en font partie"). */
const BELONG_BEFORE = 90;

/**
 * The countries named around a verb of taking part in the coalition (belonging to it, attending its meeting): after the
 * verb ("Należą do niej także X i Y", "hanno partecipato X e Y"), else right before it ("X et Y en font
 * partie"). Called only where the sentence or one just before names the coalition; not when a negation goes with the
 * verb. `otherBodies`: not when the sentence names another body they could belong to (Nato, the EU).
 */
function membersAroundVerb(lower: string, mentions: Mention[], lang: Foreign, verbs: RegExp, otherBodies: boolean): Mention[] {
  const lexicon = LEXICONS[lang];
  if (otherBodies && OTHER_BODY.test(lower)) return [];
  const usable = (m: Mention): boolean => m.code !== 'UA' && !ADVERSARIES.has(m.code) && !isPlace(lower, m, lexicon);
  for (const verb of lower.matchAll(verbs)) {
    const end = verb.index + verb[0].length;
    if (lexicon.negation.test(lower.slice(Math.max(0, verb.index - 24), verb.index)) || NEGATION_AFTER.test(lower.slice(end, end + 8))) continue;
    // "..., confirmó Meloni", "Macron a confirmé que l'Allemagne ... fait partie": who reports the members is none of them.
    const reported = (from: number, to: number): boolean => lexicon.reporting.test(lower.slice(from, to));
    const after = mentions.filter((m) => m.start >= end && usable(m) && !PARTNERS_OF.test(lower.slice(end, m.start)) && !reported(end, m.start));
    // "W skład koalicji nie weszły ...": a negation between the verb and the members.
    if (after.length > 0) return NEGATION_WORD.test(lower.slice(end, after[0]!.start)) ? [] : after;
    const before = mentions.filter((m) => m.end <= verb.index && m.start >= verb.index - BELONG_BEFORE && usable(m) && !reported(m.end, verb.index));
    if (before.length > 0) return before;
  }
  return [];
}

/** "Took part", "joined by video": attending the coalition's meeting is taking part in it (SCHEMA.md: willing). */
const ATTENDED_VERB: Record<Foreign, RegExp> = {
  fr: words(`(?:ont|a) participé|participeront|participera|(?:ont|a) pris part|(?:ont|a) assisté|étaient présents`, 'gu'),
  de: words(`nahmen (?:\\S+ ){0,3}?teil|nahm (?:\\S+ ){0,3}?teil|teilgenommen|zugeschaltet|waren dabei`, 'gu'),
  es: words(`participarán|participaron|participó|participará|asistieron|asistió|asistirán|estuvieron presentes`, 'gu'),
  it: words(
    `(?:hanno|ha) partecipato|parteciperanno|(?:hanno|ha) preso parte|erano collegat\\w*|era collegat\\w*|si sono (?:uniti|collegati)|si è (?:unito|unita|collegato|collegata)`,
    'gu',
  ),
  pt: words(`participaram|participou|participarão|estiveram presentes`, 'gu'),
  pl: words(`uczestniczy\\w*|wzię\\w* udział|wziął udział|weźmie udział|łączyli się|łączył się|łączyła się`, 'gu'),
  nl: words(
    `namen (?:\\S+ ){0,3}?deel|nam (?:\\S+ ){0,3}?deel|neemt (?:\\S+ ){0,3}?deel|waren aanwezig|schoof aan|schoven aan|schuift (?:\\S+ ){0,6}?aan|aanschuift|aangeschoven`,
    'gu',
  ),
  ro: words(`au participat|a participat|vor participa|va participa`, 'gu'),
  hu: words(`részt vett\\w*|részt vesz`, 'gu'),
  cs: words(`zúčastnil\\w*|účastnil\\w*|připojil\\w*`, 'gu'),
  fi: words(`osallistui|osallistuivat|osallistuu`, 'gu'),
};

/** "Led by", "chaired by": the coalition's leaders follow (SCHEMA.md: leading or chairing it is committed). */
const LED_BY: Record<Foreign, RegExp> = {
  fr: words(`(?:menée|dirigée|pilotée|conduite|co-?présidée|présidée|emmenée) par`, 'gu'),
  de: words(`unter (?:der )?(?:gemeinsamen )?(?:führung|leitung|vorsitz) (?:von )?`, 'gu'),
  es: words(`(?:liderad|dirigid|encabezad|copresidid|presidid|capitanead|auspiciad|impulsad)[ao]s? (?:también )?por|bajo (?:el )?impulso de`, 'gu'),
  it: words(`(?:guidat|co-?presiedut|presiedut|capitanat)[aoie] (?:anche )?da(?:l|lla|i|gli)?`, 'gu'),
  pt: words(`(?:liderad|dirigid|copresidid|presidid)[ao]s? por`, 'gu'),
  pl: words(`pod (?:wspólnym )?przewodnictwem|(?:kierowan|prowadzon)\\w* przez`, 'gu'),
  nl: words(`onder leiding van|onder aanvoering van|geleid door|aanvoerders?`, 'gu'),
  ro: words(`(?:condus|coordonat|prezidat)\\w* de`, 'gu'),
  hu: words(`vezetésével`, 'gu'),
  cs: words(`veden\\w*`, 'gu'),
  fi: words(`johtama\\w*`, 'gu'),
};
/** "Die von Dänemark und Norwegen geführte Gruppe": the German leaders stand before the participle. */
const LED_BEFORE = words(`von (?:[^,.;]{2,60}?) (?:geführt|angeführt)\\w*`, 'gu');

/** The coalition's group or initiative, by another name ("un grupo de países ... capitaneado por"). */
const LED_GROUP =
  /(?<![\p{L}])(?:grupo|gruppe|groupe|gruppo|grupa|grupy|skupina|groep|grup|iniciativ\p{L}*|initiative|inicjatyw\p{L}*|iniziativa|ryhmä\p{L}*)(?![\p{L}])/u;
const LED_NOUN_REACH = 50;

/**
 * The countries named as leading the coalition (or its group or initiative): right after "led by", or the German "von X
 * geführte". Called only where the sentence or one just before names the coalition.
 */
function coalitionLeaders(lower: string, mentions: Mention[], lang: Foreign): Mention[] {
  const lexicon = LEXICONS[lang];
  const found: Mention[] = [];
  for (const led of lower.matchAll(LED_BY[lang])) {
    // What is led must be the coalition or its group, named just before: "un mecanismo ... liderado por EEUU" is not
    // (ledCommitments reads that one).
    const before = lower.slice(Math.max(0, led.index - LED_NOUN_REACH), led.index);
    if (before.search(COALITION_WORD[lang]) < 0 && !LED_GROUP.test(before)) continue;
    found.push(...leadersNamedAfter(lower, mentions, led.index + led[0].length));
  }
  if (lang === 'de')
    for (const led of lower.matchAll(LED_BEFORE)) {
      const after = lower.slice(led.index + led[0].length, led.index + led[0].length + LED_NOUN_REACH);
      if (after.search(COALITION_WORD[lang]) < 0 && !LED_GROUP.test(after)) continue;
      found.push(...mentions.filter((m) => m.start > led.index && m.end <= led.index + led[0].length && usableLeader(m) && !isPlace(lower, m, lexicon)));
    }
  return found;
}

/** The countries listed as the coalition's members right after a marker that follows its noun closely. */
function coalitionMembers(lower: string, mentions: Mention[], lang: Foreign): Mention[] {
  const found: Mention[] = [];
  for (const coalition of lower.matchAll(COALITION_WORD[lang])) {
    const from = coalition.index + coalition[0].length;
    const reach = lower.slice(from, from + MEMBERS_REACH).search(/[.;:!?]/);
    const span = lower.slice(from, reach < 0 ? from + MEMBERS_REACH : from + reach).replace(PARTNERS_OF, (rest) => ' '.repeat(rest.length));
    for (const marker of span.matchAll(MEMBERS_MARKER[lang])) {
      const end = from + marker.index + marker[0].length;
      const first = mentions.findIndex((m) => m.start >= end);
      if (first < 0 || !MEMBERS_GAP.test(lower.slice(end, mentions[first]!.start))) continue;
      found.push(...listFrom(lower, mentions, first).filter((m) => m.code !== 'UA' && !ADVERSARIES.has(m.code)));
    }
  }
  return found;
}

/** The commitments a sentence names: the particular ones, else the guarantees themselves (not the coalition's name). */
function namedCommitments(topics: string, lang: Foreign): Commitment[] {
  const specific = LEXICONS[lang].commitments.filter(([c, p]) => c !== 'coalition' && p.test(topics)).map(([c]) => c);
  return specific.length > 0 ? specific : COALITION_IN[lang].test(topics) ? ['coalition'] : [];
}

/** "He", "she" as a subject: the person the previous sentence named. */
const PRONOUN: Record<Foreign, RegExp> = {
  fr: words(`il|elle`, 'gu'),
  de: words(`er`, 'gu'),
  es: words(`él|ella`, 'gu'),
  it: words(`egli|lui`, 'gu'),
  pt: words(`ele|ela`, 'gu'),
  pl: words(`on|ona`, 'gu'),
  nl: words(`hij`, 'gu'),
  ro: words(`el|ea`, 'gu'),
  hu: words(`ő`, 'gu'),
  cs: words(`on|ona`, 'gu'),
  fi: words(`hän`, 'gu'),
};

/** "Il faut", "il y a", "il est possible que": a French "il" with no one behind it. */
const IMPERSONAL =
  /^il (?:y |n'y |ne (?:faut|s'agit)|faut|fallait|faudra|s'agit|semble|reste|est (?:\S+ )?(?:de |d'|que |qu')|sera (?:\S+ )?(?:de |d'|que |qu'))/u;

/**
 * The person of the previous sentence when a pronoun stands for them before the cue ("Hij zal
 * geen toezeggingen doen"): not after a preposition ("para él"), and no country named between.
 */
function pronounSubject(lower: string, lang: Foreign, mentions: Mention[], cue: number, person: Mention | undefined): Mention | undefined {
  if (!person) return undefined;
  const before = lower.slice(0, cue);
  const pronoun = [...before.matchAll(PRONOUN[lang])].at(-1);
  if (!pronoun) return undefined;
  if (LEXICONS[lang].place.test(before.slice(Math.max(0, pronoun.index - 12), pronoun.index))) return undefined;
  if (lang === 'fr' && IMPERSONAL.test(before.slice(pronoun.index))) return undefined;
  return mentions.some((m) => m.start > pronoun.index && m.start < cue) ? undefined : person;
}

/** A sentence opening a quote ("«Nous sommes prêts", "„Wir werden") that it may not close. */
const QUOTE_OPENING = /^[\s\-–—]*["“„«]/u;
const QUOTE_MARKS = /["“”„«»]/gu;
const QUOTE_MARK = /["“”„«»]/u;

/** A quote's sentences and who speaks it: an official named, or only "the politician" (the official last quoted before it). */
interface Quote {
  opening: number;
  closing: number;
  speaker: Mention | 'generic' | undefined;
}

/**
 * The quotes of a paragraph: over several sentences, or one whose speaker is named in another
 * sentence. The speaker is the person named after the closing quote ("», a déclaré Barrot"), or in
 * the sentence right after a quote that ends its own ("Así lo ha afirmado Sánchez").
 */
function quotesOf(sentences: string[], lang: Foreign): Array<Quote | undefined> {
  const lexicon = LEXICONS[lang];
  const quotes: Array<Quote | undefined> = sentences.map(() => undefined);
  for (let i = 0; i < sentences.length; i++) {
    if (!QUOTE_OPENING.test(sentences[i]!)) continue;
    let j = i;
    if ((sentences[i]!.match(QUOTE_MARKS)?.length ?? 0) % 2 === 1) {
      while (j + 1 < sentences.length && j < i + 5 && !QUOTE_MARK.test(sentences[++j]!));
      if (!QUOTE_MARK.test(sentences[j]!) || j === i) continue;
    }
    const closing = sentences[j]!;
    const tail = closing.slice(closing.search(/["”“»](?=[^"”“»]*$)/u) + 1);
    const reporting = lexicon.reporting.exec(tail.toLowerCase());
    let speaker: Quote['speaker'];
    if (reporting && reporting.index < 20) {
      const named = mentionsIn(tail, lang);
      speaker = named.find((m) => m.official && m.start > reporting.index) ?? (named.length === 0 ? 'generic' : undefined);
    } else if (!/[\p{L}]/u.test(tail) && j + 1 < sentences.length) {
      const next = sentences[j + 1]!;
      const verb = lexicon.reporting.exec(next.toLowerCase());
      if (verb && verb.index < 25) speaker = mentionsIn(next, lang).find((m) => m.official && m.start > verb.index && m.start < verb.index + 60);
    }
    const quote: Quote = { opening: i, closing: j, speaker };
    quotes.fill(quote, i, j + 1);
    i = j;
  }
  return quotes;
}

/**
 * The shared splitter reads English quotes; French and German ones also end a sentence before
 * "« Nous" or "„Wir" and after "prêts. »" or "liefern.“".
 */
const QUOTE_BOUNDARY = /(?<=[.!?]\s?[»“”])\s+(?=[«„]?\s?\p{Lu})|(?<=[.!?])\s+(?=[«„]\s?\p{Lu})/gu;

function sentencesOf(line: string): string[] {
  const sentences = splitSentences(line);
  if (!/[«„»“]/u.test(line)) return sentences;
  return sentences.flatMap((sentence) => sentence.split(QUOTE_BOUNDARY).filter((part) => part.length > 0));
}

/** How many sentences back a commitment and its country are still the topic. */
const TOPIC_REACH = 2;

/** The commitments the nearest of the sentences before named, and every country those sentences named. */
function topicOf(recent: SentenceResult[]): { topic?: Topic } {
  const commitments = recent.findLast((r) => (r.topic?.commitments.length ?? 0) > 0)?.topic?.commitments;
  if (!commitments) return {};
  return { topic: { commitments, countries: new Set(recent.flatMap((r) => [...(r.topic?.countries ?? [])])) } };
}

/** How many sentences back a generic attribution ("said the politician") looks for the official quoted. */
const SPEAKER_REACH = 3;

/** The claims of an article written in another language than English. */
export function foreignClaims(article: Article, lang: Foreign, title: string): Claim[] {
  const seen = new Set<string>();
  const byKey = new Map<string, Claim>();
  const lexicon = LEXICONS[lang];
  const lines = [
    ...cleanLines(title, seen).map((line) => ({ line, headline: true })),
    ...cleanLines(article.body, seen).map((line) => ({ line, headline: false })),
  ];
  // The official quoted last, and whether an official of another country was named since.
  let reported: { speaker: Mention; at: number; others: boolean } | undefined;
  let count = 0;
  // The sentences just read, across paragraphs (a headline, then the body's first sentences).
  const recent: SentenceResult[] = [];
  for (const { line, headline } of lines) {
    const sentences = sentencesOf(line);
    const quotes = quotesOf(sentences, lang);
    let previous: SentenceResult | undefined;
    let quoteSpeaker: Mention | undefined;
    for (const [index, sentence] of sentences.entries()) {
      count++;
      const quote = quotes[index];
      // "Said the politician": the official quoted last before the quote opens, a few sentences back at most.
      if (quote?.opening === index)
        quoteSpeaker =
          quote.speaker !== 'generic' ? quote.speaker : reported && !reported.others && count - reported.at <= SPEAKER_REACH ? reported.speaker : undefined;
      // The same quote goes on, or "however" opens the sentence: the previous sentence's actor.
      const sameQuote = quote !== undefined && quote.opening < index;
      const goesOn = sameQuote || lexicon.opener.test(sentence.toLowerCase());
      const context: SentenceContext = {
        ...(goesOn && previous?.actor ? { inherited: previous.actor } : {}),
        ...(quote && quoteSpeaker ? { quoteSpeaker } : {}),
        ...(previous?.group ? { group: previous.group } : {}),
        ...topicOf(recent),
        ...(recent.at(-1)?.person ? { person: recent.at(-1)!.person } : {}),
        ...(recent.some((r) => r.coalition) ? { coalitionBefore: true } : {}),
      };
      previous = sentenceClaims(sentence, lang, headline, context);
      recent.push(previous);
      if (recent.length > TOPIC_REACH) recent.shift();
      for (const claim of previous.claims) {
        const key = `${claim.country}|${claim.commitment}|${claim.stance}`;
        if (!byKey.has(key) || byKey.get(key)!.confidence < claim.confidence) byKey.set(key, claim);
      }
      if (previous.reported) reported = { speaker: previous.reported, at: count, others: false };
      else if (reported && previous.officials?.some((code) => code !== reported!.speaker.code)) reported.others = true;
    }
  }
  return [...byKey.values()];
}
