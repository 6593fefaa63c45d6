/**
 * Nationality adjectives in the languages read besides English ("deutsche Truppen", "soldats
 * français", "tropas españolas", "truppe italiane", "tropas portuguesas", "polscy żołnierze",
 * "Nederlandse militairen", "trupe românești", "magyar katonák"): next to a troop noun they
 * name whose soldiers are meant, next to an official noun ("le président français", "der
 * polnische Außenminister") who speaks. Stems of the countries of
 * this story; each language adds its own endings.
 */

export type ForeignLanguage = 'fr' | 'de' | 'es' | 'it' | 'pt' | 'pl' | 'nl' | 'ro' | 'hu' | 'cs' | 'fi';

/** Country, then the stem in de, fr, es, it, pt, pl, nl, ro, hu, cs, fi ('' where the language has no form worth reading). */
const STEMS: ReadonlyArray<readonly [string, string, string, string, string, string, string, string, string, string, string, string]> = [
  ['DE', 'deutsch', 'allemand', 'alem[aá]n', 'tedesc', 'alem', 'niemieck', 'duits', 'german', 'német', 'německ', 'saksalai'],
  ['FR', 'französisch', 'français', 'franc[eé]s', 'frances', 'franc[eê]s', 'francusk', 'frans', 'francez', 'francia', 'francouzsk', 'ranskalai'],
  ['GB', 'britisch', 'britannique', 'británic', 'britannic', 'britânic', 'brytyjsk', 'brits', 'britanic', 'brit', 'britsk', 'brittiläi|britti'],
  ['IT', 'italienisch', 'italien', 'italian', 'italian', 'italian', 'włosk', 'italiaans', 'italian|italien', 'olasz', 'italsk', 'italialai'],
  ['ES', 'spanisch', 'espagnol', 'español', 'spagnol', 'espanhol|espanhóis', 'hiszpańsk', 'spaans', 'spaniol', 'spanyol', 'španělsk', 'espanjalai'],
  ['PL', 'polnisch', 'polonais', 'polac', 'polacc', 'polac|polon[eê]s', 'polsk', 'pools', 'polonez', 'lengyel', 'polsk', 'puolalai'],
  [
    'NL',
    'niederländisch',
    'néerlandais',
    'holand[eé]s|neerland[eé]s',
    'olandes',
    'holand[eê]s|neerland[eê]s',
    'holendersk|niderlandzk',
    'nederlands',
    'olandez|neerlandez',
    'holland',
    'nizozemsk|holandsk',
    'hollantilai|alankomaalai',
  ],
  ['BE', 'belgisch', 'belge', 'belg', 'belg', 'belg', 'belgijsk', 'belgisch', 'belgian', 'belga', 'belgick', 'belgialai'],
  ['DK', 'dänisch', 'danois', 'dan[eé]s', 'danes', 'dinamarqu[eê]s', 'duńsk', 'deens', 'danez', 'dán', 'dánsk', 'tanskalai'],
  ['SE', 'schwedisch', 'suédois', 'suec', 'sved', 'suec', 'szwedzk', 'zweeds', 'suedez', 'svéd', 'švédsk', 'ruotsalai'],
  ['NO', 'norwegisch', 'norvégien', 'norueg', 'norveges', 'norueg', 'norwesk', 'noors', 'norvegian', 'norvég', 'norsk', 'norjalai'],
  ['FI', 'finnisch', 'finlandais', 'finland[eé]s', 'finlandes', 'finland[eê]s', 'fińsk', 'fins', 'finlandez', 'finn', 'finsk', 'suomalai'],
  ['EE', 'estnisch', 'estonien', 'estoni', 'eston', 'estoni', 'estońsk', 'ests|estlands', 'estonian', 'észt', 'estonsk', 'virolai'],
  ['LV', 'lettisch', 'letton', 'let[oó]n', 'letton', 'let[aã]o|let[oõ]', 'łotewsk', 'lets', 'leton', 'lett', 'lotyšsk', 'latvialai'],
  ['LT', 'litauisch', 'lituanien', 'lituan', 'lituan', 'lituan', 'litewsk', 'litouws', 'lituanian', 'litván', 'litevsk', 'liettualai'],
  ['CZ', 'tschechisch', 'tchèque', 'chec', 'cec', 'chec', 'czesk', 'tsjechisch', 'ceh', 'cseh', 'česk', 'tšekkiläi'],
  ['CA', 'kanadisch', 'canadien', 'canadiense', 'canades', 'canadens', 'kanadyjsk', 'canadees|canades', 'canadian', 'kanadai', 'kanadsk', 'kanadalai'],
  [
    'US',
    'amerikanisch',
    'américain',
    'estadounidense|norteamerican',
    'american|statunitens',
    'american|estadunidens|norte-american',
    'amerykańsk',
    'amerikaans',
    'american',
    'amerikai',
    'americk',
    'amerikkalai|yhdysvaltalai',
  ],
  [
    'AU',
    'australisch',
    'australien',
    'australian',
    'australian',
    'australian',
    'australijsk',
    'australisch',
    'australian',
    'ausztrál',
    'australsk',
    'australialai',
  ],
  ['JP', 'japanisch', 'japonais', 'japon[eé]s', 'giappones', 'japon[eê]s', 'japońsk', 'japans', 'japonez', 'japán', 'japonsk', 'japanilai'],
  ['TR', 'türkisch', 'turc|turque', 'turc', 'turc', 'turc', 'tureck', 'turks', 'turc', 'török', 'tureck', 'turkkilai'],
  [
    'PT',
    'portugiesisch',
    'portugais',
    'portugu[eé]s',
    'portoghes',
    'portugu[eê]s',
    'portugalsk',
    'portugees|portuges',
    'portughez',
    'portugál',
    'portugalsk',
    'portugalilai',
  ],
  ['GR', 'griechisch', 'grec|grecque', 'grieg', 'grec', 'greg', 'greck', 'grieks', 'grec|greac', 'görög', 'řeck', 'kreikkalai'],
  ['RO', 'rumänisch', 'roumain', 'ruman', 'romen', 'romen', 'rumuńsk', 'roemeens', 'român|românesc|româneasc', 'román', 'rumunsk', 'romanialai'],
  ['BG', 'bulgarisch', 'bulgare', 'búlgar', 'bulgar', 'búlgar', 'bułgarsk', 'bulgaars', 'bulgar', 'bolgár', 'bulharsk', 'bulgarialai'],
  ['AT', 'österreichisch', 'autrichien', 'austr[ií]ac', 'austriac', 'austríac', 'austriack', 'oostenrijks', 'austriac', 'osztrák', 'rakousk', 'itävaltalai'],
  ['HR', 'kroatisch', 'croate', 'croat', 'croat', 'croat', 'chorwack', 'kroatisch', 'croat', 'horvát', 'chorvatsk', 'kroatialai'],
  ['IE', 'irisch', 'irlandais', 'irland[eé]s', 'irlandes', 'irland[eê]s', 'irlandzk', 'iers', 'irlandez', 'ír', 'irsk', 'irlantilai'],
  ['HU', 'ungarisch', 'hongrois', 'húngar', 'ungheres', 'húngar', 'węgiersk', 'hongaars', 'ungur', 'magyar', 'maďarsk', 'unkarilai'],
  ['RU', 'russisch', 'russe', 'rus', 'russ', 'russ', 'rosyjsk', 'russisch', 'rus|ruș', 'orosz', 'rusk', 'venäläi'],
  ['UA', 'ukrainisch', 'ukrainien', 'ucranian', 'ucrain', 'ucranian', 'ukraińsk', 'oekraïens', 'ucrainean|ucrainen', 'ukrán', 'ukrajinsk', 'ukrainalai'],
];

const COLUMN: Record<ForeignLanguage, number> = { de: 1, fr: 2, es: 3, it: 4, pt: 5, pl: 6, nl: 7, ro: 8, hu: 9, cs: 10, fi: 11 };

/** The endings each language puts on a stem (Polish has its own plural "polscy", built below; Hungarian adjectives barely change). */
const ENDINGS: Record<ForeignLanguage, string> = {
  de: '(?:e|en|er|es|em)?',
  fr: '(?:e|es|s|ne|nes)?',
  es: '(?:a|as|o|os|es|e|s)?',
  it: '(?:o|a|i|e|he|hi)?',
  pt: '(?:a|as|o|os|es|e|s|ão|ães|ã|ãs)?',
  pl: '(?:i|ie|iego|ich|im|imi|a|ą|iej|iemu)',
  nl: '(?:e)?',
  ro: '(?:ă|a|e|i|ul|ului|ii|ilor|ești|ei)?',
  hu: '(?:ok|ek|ök|ak)?',
  cs: '(?:ý|á|é|ého|ému|ém|ým|ou|í|ých|ými)',
  fi: '(?:nen|set|sen|sia|sten|siin|sta|ssa)',
};

/** One pattern source per country: the stem(s) with their endings, as whole words. */
export function adjectiveForms(lang: ForeignLanguage): Array<[string, string]> {
  return STEMS.map((row) => {
    const stems = row[COLUMN[lang]]!.split('|');
    const forms = stems.map((stem) => `${stem}${ENDINGS[lang]}`);
    // Polish masculine-personal plural: polsk -> polscy, niemieck -> niemieccy.
    if (lang === 'pl') forms.push(...stems.map((stem) => `${stem.slice(0, -1)}cy`));
    // Czech masculine-personal plural: polsk -> polští, německ -> němečtí.
    if (lang === 'cs') forms.push(...stems.map((stem) => (stem.endsWith('ck') ? `${stem.slice(0, -2)}čtí` : `${stem.slice(0, -2)}ští`)));
    return [row[0], forms.join('|')];
  });
}

/** Soldiers and contingents, in each language. */
export const TROOP_NOUNS: Record<ForeignLanguage, string> = {
  de: `\\w*truppen?|\\w*soldat(?:en|innen)?|streitkräfte|kontingent\\w*`,
  fr: `troupes?|soldats?|militaires|forces(?: armées| terrestres)?|contingents?|casques bleus`,
  es: `tropas|soldados|militares|efectivos|fuerzas(?: armadas| terrestres)?|contingentes?|cascos azules`,
  it: `truppe|soldati|militari|forze(?: armate| terrestri)?|contingent[ei]|caschi blu`,
  pt: `tropas|soldados|militares|efetivos|forças(?: armadas| terrestres)?|contingentes?|capacetes azuis`,
  pl: `żołnierz\\w*|wojsk\\w*|oddział\\w*|kontyngent\\w*|sił\\w* zbrojn\\w*`,
  nl: `\\w*troepen|militairen|soldaten|strijdkrachten|contingent`,
  ro: `trupe\\w*|soldaț\\w*|militari\\w*|forțe\\w*|contingent\\w*`,
  hu: `katon\\w*|csapat\\w*|haderő\\w*|kontingens\\w*|békefenntartó\\w*`,
  cs: `voj[aá]k\\w*|jednot\\w*|kontingent\\w*|ozbrojen\\w* sil\\w*|mírov\\w* sil\\w*`,
  fi: `joukk\\w*|joukot|sotila\\w*|rauhanturvaaj\\w*|asevoim\\w*`,
};

/** People and bodies who speak for a country. */
export const OFFICIAL_NOUNS: Record<ForeignLanguage, string> = {
  de: `\\w*kanzler\\w*|\\w*präsident\\w*|regierung\\w*|regierungschef\\w*|\\w*minister\\w*|premier\\w*|staatschef\\w*`,
  fr: `président|présidente|premier ministre|première ministre|ministre(?: de la défense| des armées| des affaires étrangères)?|gouvernement|chancelier|chef de l['’]état|chef du gouvernement`,
  es: `president[ea]|primer ministro|primera ministra|ministr[oa](?: de defensa| de exteriores| de asuntos exteriores)?|gobierno|canciller|jefe del gobierno|mandatario`,
  it: `president[ea]|premier|primo ministro|ministr[oa](?: della difesa| degli esteri)?|governo|cancelliere|capo del governo`,
  pt: `president[ea]|primeir[oa]-ministr[oa]|ministr[oa](?: da defesa| dos negócios estrangeiros| das relações exteriores)?|governo|chanceler|chefe do governo`,
  pl: `premier\\w*|prezydent\\w*|minist\\w*|rząd\\w*|kanclerz\\w*|szef\\w* (?:dyplomacji|msz|mon|rządu)|sekretarz\\w*(?: obrony| stanu)?`,
  nl: `premier|president|\\w*minister|minister-president|regering|kabinet|bondskanselier|regeringsleider|staatshoofd`,
  ro: `președinte\\w*|premier\\w*|prim-ministr\\w*|ministr\\w*|guvern\\w*|cancelar\\w*`,
  hu: `\\w*elnök\\w*|\\w*miniszter\\w*|kormány\\w*|kancellár\\w*|államfő\\w*`,
  cs: `prezident\\w*|premiér\\w*|ministr\\w*|vlád\\w*|kancléř\\w*|předsed\\w* vlády`,
  fi: `presidentti\\w*|pääministeri\\w*|\\w*ministeri\\w*|hallitu\\w*|liittokansleri\\w*`,
};

/** Where the adjective stands: before the noun (German), after it (Romance), either (Polish). */
export const ADJECTIVE_PLACE: Record<ForeignLanguage, 'before' | 'after' | 'both'> = {
  de: 'before',
  fr: 'after',
  es: 'after',
  it: 'after',
  pt: 'after',
  pl: 'both',
  nl: 'before',
  ro: 'after',
  hu: 'before',
  cs: 'before',
  fi: 'before',
};
