import { describe, expect, it } from 'vitest';
import { keys } from './helpers.js';

/**
 * Pages in other languages than English read across sentences (a condition on the commitment the
 * sentences before named, a pronoun for the person just named), coalition members listed after
 * "such as", signatures and rejections. Sentences written for these tests.
 */

describe('a condition or an open decision is about the commitment the sentences before named', () => {
  it.each([
    [
      'German: the troops of the sentence before, the country of the one before that',
      'Deutschland will sich weiter für die Ukraine einsetzen, sagte Merz in Berlin. Dazu könnten deutsche Soldaten in Polen gehören. Über den Umfang entscheide der Bundestag, sobald die Bedingungen klar seien, sagte Merz.',
      ['DE ground_troops conditional'],
    ],
    [
      'Dutch: the headline named the peace force, the body names the conditions',
      'Premier Schoof sprak zaterdag in München. Schoof stelt wel twee voorwaarden.',
      ['NL ground_troops conditional', 'NL ground_troops undecided'],
      'Nederland overweegt deelname aan vredesmacht in Oekraïne',
    ],
    [
      'French: an open decision after a sentence on French soldiers',
      "Des soldats français pourraient être déployés en Ukraine après un accord. La France n'a pas encore décidé, a déclaré Macron.",
      ['FR ground_troops undecided'],
    ],
  ])('%s', (_name, body, expected, title?: string) => {
    expect(keys(body, title)).toEqual(expected);
  });

  it.each([
    [
      'another country named before',
      'Frankrijk is bereid militairen naar Oekraïne te sturen, zei Macron. Schoof stelt wel twee voorwaarden.',
      ['FR ground_troops willing'],
    ],
    [
      'the troops named three sentences back',
      'Deutsche Soldaten könnten in die Ukraine gehen. Das Treffen in Paris dauerte lange. Die Stimmung war gut, hieß es. Über den Umfang entscheide der Bundestag, sobald die Bedingungen klar seien, sagte Merz.',
      [],
    ],
    [
      'a sentence naming a commitment of its own',
      'Deutsche Soldaten könnten in die Ukraine gehen, sagte Merz. Über Waffenlieferungen entscheide der Bundestag, sobald die Bedingungen klar seien, sagte Merz.',
      [],
    ],
    [
      'an offer is not carried, only a condition or an open decision',
      'Des soldats français pourraient être déployés en Ukraine après un accord. La France est prête, a déclaré Macron.',
      [],
    ],
  ])('nothing is carried: %s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('a pronoun speaks for the person the sentence before named', () => {
  it.each([
    ['Premier Schoof reist morgen naar Parijs. Hij zal daar nog geen toezeggingen doen voor Oekraïne.', ['NL coalition undecided']],
    ['Emmanuel Macron était à Londres lundi. Il a exclu l’envoi de soldats en Ukraine avant la fin des combats.', ['FR ground_troops declined']],
    ['Pedro Sánchez llegó a París el jueves. Él está dispuesto a enviar tropas a Ucrania tras un alto el fuego.', ['ES ground_troops willing']],
    // Two people of two countries: "he" is either; a French "il" that stands for no one.
    ['Pedro Sánchez habló con Giorgia Meloni sobre Ucrania. Él está dispuesto a enviar tropas.', []],
    ['Emmanuel Macron était à Londres lundi. Il faut envoyer des soldats en Ukraine, estiment les experts.', []],
    // After a preposition the pronoun is no subject.
    ['Pedro Sánchez llegó a París el jueves. Para él, los europeos están dispuestos a enviar tropas a Ucrania.', []],
  ])('%s', (body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('members of the coalition listed after "such as"', () => {
  it.each([
    [
      'La coalición de voluntarios, que reúne a más de treinta países, europeos y otros como Noruega, Japón y Canadá, se reunió en Londres por Ucrania.',
      ['CA coalition willing', 'JP coalition willing', 'NO coalition willing'],
    ],
    [
      'La coalition, qui réunit notamment le Canada et le Japon, s’est retrouvée à Paris pour parler de l’Ukraine.',
      ['CA coalition willing', 'JP coalition willing'],
    ],
    // Ukraine and Russia are never members; partners it works with are none either; a list after a full stop is another sentence's.
    ['La coalición, que incluye a Ucrania y Francia, se reunió en Roma.', ['FR coalition willing']],
    ['La coalición para Ucrania trabajará con socios como Japón y Corea del Sur.', []],
    ['La coalición se reunió en Roma por Ucrania; países como Hungría no participaron.', []],
  ])('%s', (body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('German signatures, help and rejections', () => {
  it('a headline that says a country helps with the guarantees', () => {
    expect(keys('Die Gespräche gehen weiter.', 'Kristersson: Schweden hilft bei Sicherheitsgarantien für die Ukraine')).toEqual(['SE coalition committed']);
  });

  it.each([
    [
      'Der polnische Präsident Karol Nawrocki, der ukrainische Präsident Wolodymyr Selenskyj und der finnische Präsident Alexander Stubb unterzeichneten eine Absichtserklärung über eine Schutztruppe für die Ukraine.',
      // a declaration on a force pledges the troops (the coalition beside them was right 4 times in 10)
      ['FI ground_troops committed', 'PL ground_troops committed'],
    ],
    ['Belgien und Österreich unterzeichneten eine Erklärung über Sicherheitsgarantien für die Ukraine.', ['AT coalition committed', 'BE coalition committed']],
    ['Nach dem Treffen unterzeichneten die Ukraine und Russland eine Erklärung über einen Gefangenenaustausch.', []],
    ['Der Kreml weist die Entsendung westlicher Truppen in die Ukraine entschieden zurück.', ['RU ground_troops opposed']],
    ['Russlands Ablehnung einer europäischen Friedenstruppe in der Ukraine ist bekannt.', ['RU ground_troops opposed']],
    ['Moskau weist die Vorwürfe der Ukraine zurück.', []],
    ['Deutschland wird Kräfte für die Ukraine stellen, sagte Pistorius.', ['DE ground_troops committed']],
    // Forces of another kind are no troops.
    ['Deutschland wird die politischen Kräfte in Europa bündeln und ist bereit zu helfen, sagte Pistorius über die Ukraine.', []],
  ])('%s', (body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('help in other ways, opinions and conditions on the US part', () => {
  it.each([
    // "Other than sending soldiers": the soldiers are the one thing not offered.
    [
      'O governo esloveno reuniu-se ontem. Segundo Ljubljana, muitos países, entre eles a Eslovénia, ajudarão de outra forma que não o envio de militares à Ucrânia.',
      ['SI coalition committed'],
    ],
    [
      'A Eslovénia ajudará a Ucrânia de outras formas, com treino e com militares, disse o governo.',
      ['SI coalition committed', 'SI ground_troops committed', 'SI training committed'],
    ],
    // "Findet X": X's view; "findet ... statt" is an event.
    ['Ein Mandat für eine Mission in der Ukraine muss zuerst klar sein, findet Brekelmans.', ['NL ground_troops conditional']],
    ['Die Mission in der Ukraine findet nur mit einem Mandat in Den Haag statt.', []],
    // A part for the US named as the frame of one's own part is a condition.
    ['Wir sind bereit, unter Führung der USA an der Überwachung einer Waffenruhe in der Ukraine teilzunehmen, sagte Pistorius.', ['DE monitoring conditional']],
  ])('%s', (body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('Czech: names in their cases, adjectives, refusals, readiness and membership', () => {
  it.each<[string, string, string[]]>([
    [
      'a refusal in the future with a name in the accusative',
      'Slovensko nepošle své vojáky na Ukrajinu, řekl premiér. Podle něj je to jasné.',
      ['SK ground_troops declined'],
    ],
    [
      'a refusal by the capital, "never send"',
      'Praha nikdy nepošle vojáky na Ukrajinu, uvedl ministr. Vláda je podle něj jednotná.',
      ['CZ ground_troops declined'],
    ],
    [
      'readiness named by an adjective and an official',
      'Český premiér řekl, že je připraven vyslat vojáky na Ukrajinu po příměří.',
      ['CZ ground_troops willing'],
    ],
    [
      'a signature by a list joined with "a"',
      'Lídři Německa a Francie v Paříži podepsali deklaraci o bezpečnostních zárukách pro Ukrajinu. Podle ministra je to jasné.',
      ['DE coalition committed', 'FR coalition committed'],
    ],
    ['taking part in a meeting of the coalition', 'Premiér Rakouska se zúčastnil jednání koalice ochotných o Ukrajině.', ['AT coalition willing']],
    [
      'a condition',
      'Rakousko pošle vojáky na Ukrajinu pouze pokud bude mandát OSN, řekl ministr. Vláda je podle něj jednotná.',
      ['AT ground_troops conditional'],
    ],
    ['"if needed" is no condition', 'Rakousko je připraveno vyslat vojáky na Ukrajinu, pokud to bude nutné.', ['AT ground_troops willing']],
    [
      'premature is an open question',
      'Rakousko uvedlo, že debata o vyslání vojáků na Ukrajinu je podle ministra předčasná. Vláda se k tomu vrátí.',
      ['AT ground_troops undecided'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });

  it('a Czech page is read as Czech, not as Polish', async () => {
    const { detectLanguage } = await import('../../src/extract/rules/other-languages.js');
    expect(detectLanguage('Česká republika se nebude podílet na mírové misi, řekl premiér. Vláda však podpoří Ukrajinu jinak.')).toBe('cs');
    expect(detectLanguage('Polska nie wyśle żołnierzy na Ukrainę, powiedział premier. Rząd wesprze Ukrainę w inny sposób.')).toBe('pl');
  });
});

describe('a short English item is read as English', () => {
  // "on" is a Finnish word and "by" a Czech one: a feed item of a headline and a line, with "on" twice, was read as Finnish.
  it.each<[string, string, string, string[]]>([
    ['"on" twice', 'Romania says no to troops', 'Bucharest ruled out troops on Ukrainian soil on Thursday.', ['RO ground_troops declined']],
    ['"on" in a live headline', 'Live: leaders meet on Ukraine security', 'Norway ready to send troops on day one.', ['NO ground_troops willing']],
    ['"by" twice', 'Vote by vote', 'Backed by MPs, Belgium pledges troops for Ukraine.', ['BE ground_troops committed']],
    ['"by" in the headline', 'Ukraine: guarantees signed by 26', 'Denmark pledges jets, backed by parliament.', ['DK air committed']],
  ])('%s', (_name, title, body, expected) => {
    expect(keys(body, title)).toEqual(expected);
  });

  it('the word lists still tell a Finnish or a Czech line from an English one', async () => {
    const { detectLanguage } = await import('../../src/extract/rules/other-languages.js');
    expect(detectLanguage('Talks on Ukraine went on.')).toBe('en');
    expect(detectLanguage('Macronin mukaan 26 maata on sitoutunut lähettämään joukkoja Ukrainaan.')).toBe('fi');
    expect(detectLanguage('Rakousko by poslalo vojáky na Ukrajinu, řekl ministr.')).toBe('cs');
  });
});

describe('Finnish: names with their case endings, refusals, readiness, open questions and membership', () => {
  it.each<[string, string, string[]]>([
    [
      'a refusal, the name in the genitive elsewhere',
      'Viro ei lähetä sotilaitaan Ukrainaan, sanoi pääministeri. Viron hallitus on yksimielinen.',
      ['EE ground_troops declined'],
    ],
    [
      'support for sending troops, by a list joined with "ja"',
      'Tanska ja Norja kannattavat ajatusta rauhanturvaajista Ukrainassa, ja on selvää, että muut seuraavat.',
      ['DK ground_troops willing', 'NO ground_troops willing'],
    ],
    [
      'too early to talk of troops is an open question',
      'Suomen ulkoministeri totesi, että keskustelu joukoista Ukrainassa on vielä liian aikaista. Hän on myös sanonut, että päätös tehdään myöhemmin.',
      ['FI ground_troops undecided'],
    ],
    [
      'no stand taken on whether sending troops is ruled out is an open question, no refusal',
      'Ruotsin hallitus ei ottanut kantaa siihen, onko sotilaiden lähettäminen Ukrainaan poissuljettu vaihtoehto. Asiasta päätetään myöhemmin.',
      ['SE ground_troops undecided'],
    ],
    [
      'a plain "ruled out" is still a refusal',
      'Unkarin hallitus on sulkenut pois joukkojen lähettämisen Ukrainaan. Asiasta ei keskustella.',
      ['HU ground_troops declined'],
    ],
    [
      'taking part in the guarantees is membership',
      'Pääministeri sanoi, että Suomikin osallistuu Ukrainan turvatakuisiin, ja yksityiskohdat sovitaan myöhemmin. Se on selvää ja myös hallitus on samaa mieltä.',
      ['FI coalition willing'],
    ],
    [
      'a place ending is no actor',
      'Ruotsissa vieraillut pääministeri sanoi, että Norja on valmis lähettämään joukkoja Ukrainaan. On selvää, että hallitus on samaa mieltä.',
      ['NO ground_troops willing'],
    ],
    [
      'a word that only starts like a name is no name',
      'Puolustusministeri kertoi, että Norja on valmis lähettämään joukkoja Ukrainaan.',
      ['NO ground_troops willing'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('a counted group is the subject, not the one who reports it', () => {
  it.each<[string, string, string[]]>([
    ['German', 'Nach Angaben von Macron haben sich 26 Länder verpflichtet, Truppen in die Ukraine zu schicken. Das Treffen fand in Paris statt.', []],
    ['Finnish', 'Macronin mukaan 26 maata on sitoutunut lähettämään joukkoja Ukrainaan. Kokous pidettiin Pariisissa.', []],
    [
      'a number of soldiers is no group',
      'Deutschland hat sich verpflichtet, 200 Soldaten in die Ukraine zu schicken. Das Treffen fand in Paris statt.',
      ['DE ground_troops committed'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('"not on the agenda", "out of the question", "not necessary": refusals in the other languages', () => {
  it.each<[string, string, string[]]>([
    [
      'Italian: sending troops is not on the agenda',
      'Per il governo, l’invio di soldati in Ucraina non è all’ordine del giorno, ha detto Crosetto.',
      ['IT ground_troops declined'],
    ],
    [
      'Italian: the premier does not consider sending soldiers necessary',
      'Meloni ha spiegato che non ritiene necessario l’invio di soldati italiani in Ucraina dopo la tregua.',
      ['IT ground_troops declined'],
    ],
    [
      'Portuguese: out of the question',
      'Mandar tropas portuguesas para a Ucrânia em plena guerra está fora de hipótese, segundo o ministro.',
      ['PT ground_troops declined'],
    ],
    [
      'Portuguese: not out of the question is openness',
      'Mandar tropas portuguesas para a Ucrânia após um acordo de paz não está fora de hipótese, segundo o ministro.',
      ['PT ground_troops willing'],
    ],
    ['French: out of the question', 'Pour la Hongrie, l’envoi de soldats en Ukraine est hors de question, a affirmé Orbán.', ['HU ground_troops declined']],
    ['Spanish: not on the table', 'Según el Gobierno, el envío de tropas españolas a Ucrania no está sobre la mesa por ahora.', ['ES ground_troops declined']],
    [
      'German: not on the agenda',
      'Eine Entsendung österreichischer Soldaten in die Ukraine steht nicht auf der Tagesordnung, sagte die Ministerin.',
      ['AT ground_troops declined'],
    ],
    [
      'Romanian: a list that sends no troops',
      'Bulgaria și Grecia nu trimit trupe în Ucraina, au spus oficialii.',
      ['BG ground_troops declined', 'GR ground_troops declined'],
    ],
    [
      'Czech: "does not count on", an aside before its object',
      'Slovensko nepočítá, podobně jako další země, s vysláním svých vojáků na Ukrajinu.',
      ['SK ground_troops declined'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('countries that belong to the coalition', () => {
  it.each<[string, string, string[]]>([
    [
      'Polish: "belong to it", after a sentence naming the coalition',
      'Premier mówił o koalicji chętnych dla Ukrainy. Należą do niej również Kanada i Norwegia.',
      ['CA coalition willing', 'NO coalition willing'],
    ],
    [
      'Polish: a negation between the verb and the countries',
      'Premier mówił o koalicji chętnych dla Ukrainy. W skład koalicji nie weszły Węgry ani Słowacja.',
      [],
    ],
    [
      'French: "are part of it", the members before the verb',
      'La coalition des volontaires prépare des garanties pour l’Ukraine. Le Danemark et la Norvège en font partie.',
      ['DK coalition willing', 'NO coalition willing'],
    ],
    [
      'German: "belong to the coalition"',
      'Zur Koalition der Willigen für die Ukraine gehören auch Kanada und Japan.',
      ['CA coalition willing', 'JP coalition willing'],
    ],
    ['another body they belong to', 'Die Koalition der Willigen berät über die Ukraine. Polen gehört zur Nato, sagte er.', []],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('attending the coalition meeting, in the other languages', () => {
  it.each<[string, string, string[]]>([
    [
      'Italian: the attendees named after the verb',
      'La coalizione dei volenterosi si è riunita in videoconferenza sull’Ucraina. Alla riunione hanno partecipato il premier belga e la premier danese Mette Frederiksen.',
      ['BE coalition willing', 'DK coalition willing'],
    ],
    [
      'Czech: representatives of two countries took part',
      'Minulý týden se v Paříži sešla koalice ochotných kvůli Ukrajině. Jednání se zúčastnili i zástupci Norska a Kanady.',
      ['CA coalition willing', 'NO coalition willing'],
    ],
    [
      'French: a country that did not take part',
      'La coalition des volontaires s’est réunie à Paris sur l’Ukraine. La Suède n’a pas participé à la réunion.',
      [],
    ],
    [
      'German: a meeting that is not the coalition’s',
      'Die Außenminister berieten in Brüssel über die Ukraine. Auch Schweden und Norwegen nahmen an dem Treffen teil.',
      [],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('the coalition led by, in the other languages', () => {
  it.each<[string, string, string[]]>([
    [
      'Italian: "guidata da"',
      'Secondo il governo, la coalizione dei volenterosi, che è guidata da Francia e Regno Unito, prepara le garanzie di sicurezza per l’Ucraina e si riunirà di nuovo a Roma.',
      ['FR coalition committed', 'GB coalition committed'],
    ],
    [
      'German: the leaders before the participle',
      'Die Koalition der Willigen tagte erneut. Die von Dänemark und Norwegen geführte Gruppe berät über die Sicherheit der Ukraine.',
      ['DK coalition committed', 'NO coalition committed'],
    ],
    [
      "Spanish: what is led is not the coalition, but the monitoring is the leader's own part",
      'Uno de los pilares del plan para Ucrania es un mecanismo de vigilancia liderado por Noruega y la coalición.',
      ['NO monitoring committed'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('the short names the press writes, and "we are in it"', () => {
  it.each<[string, string, string[]]>([
    ['Czech: "Česko", which the country-name list lacks', 'Vláda uvedla, že Česko je součástí koalice ochotných o Ukrajině.', ['CZ coalition willing']],
    [
      'Spanish: "Chequia"',
      'Según el Gobierno, Chequia está dispuesta a enviar soldados a Ucrania después de un alto el fuego, dijo el ministro.',
      ['CZ ground_troops willing'],
    ],
    [
      'Finnish: "we are in the coalition"',
      'Pääministerin mukaan Suomen osalta on selvää: olemme mukana koalitiossa, joka tukee Ukrainaa.',
      ['FI coalition willing'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('the Netherlands by the name the press uses, and a Polish ceasefire that is no weapon', () => {
  it.each<[string, string, string[]]>([
    ['Italian: "Olanda"', "Secondo il ministro della difesa, l'Olanda è pronta a inviare soldati in Ucraina dopo la tregua.", ['NL ground_troops willing']],
    [
      'Spanish: "Holanda"',
      'Según el ministro de Defensa, Holanda está dispuesta a enviar tropas a Ucrania después de la tregua.',
      ['NL ground_troops willing'],
    ],
    ['Portuguese: "Holanda"', 'Segundo o ministro, a Holanda está disposta a enviar tropas para a Ucrânia depois da trégua.', ['NL ground_troops willing']],
    [
      'Polish: "Niderlandy", and "zawieszenie broni" (a ceasefire) is no weapons pledge',
      'Według ministra Niderlandy są gotowe wysłać żołnierzy na Ukrainę po zawieszeniu broni.',
      ['NL ground_troops willing'],
    ],
    ['Finnish: "Hollanti"', 'Ministerin mukaan Hollanti on valmis lähettämään joukkoja Ukrainaan tulitauon jälkeen.', ['NL ground_troops willing']],
    ['Czech: "Holandsko"', 'Podle ministra je Holandsko připraveno vyslat vojáky na Ukrajinu po příměří.', ['NL ground_troops willing']],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('German "open to" and "wants to take part"', () => {
  it.each<[string, string, string[]]>([
    [
      '"offen für" is readiness, not an open question',
      'Auch Dänemark gab sich offen für die Stationierung eigener Soldaten in der Ukraine, hieß es aus Kopenhagen.',
      ['DK ground_troops willing'],
    ],
    [
      '"will sich beteiligen" is readiness',
      'Österreich will sich später an Sicherheitsgarantien für Kiew beteiligen, erklärte der Bundeskanzler in Wien zur Lage in der Ukraine.',
      ['AT coalition willing'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('cautious positions are open questions (French, Spanish, Italian)', () => {
  it.each<[string, string, string[]]>([
    ['French', "L'Allemagne reste prudente sur l'envoi de soldats en Ukraine, selon Berlin.", ['DE ground_troops undecided']],
    [
      'Spanish, a list',
      'Países como Grecia, Portugal y Austria mantienen posturas más cautelosas respecto al envío de soldados a Ucrania.',
      ['AT ground_troops undecided', 'GR ground_troops undecided', 'PT ground_troops undecided'],
    ],
    ['Italian', "L'Olanda resta cauta sull'invio di soldati in Ucraina, ha detto il ministro.", ['NL ground_troops undecided']],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('Finnish: "can take part", and air surveillance', () => {
  it('"voi osallistua" is readiness, "ilmavalvonta" air surveillance', () => {
    expect(keys('Suomi voi osallistua Ukrainan ilmavalvontaan ja koulutukseen, sanoi puolustusministeri.')).toEqual(['FI air willing', 'FI training willing']);
  });
});

describe('Dutch: looking "welwillend" at taking part is readiness; joining the talks, and leading', () => {
  it.each<[string, string[]]>([
    ['België kijkt welwillend naar het sturen van militairen naar Oekraïne, zei de minister.', ['BE ground_troops willing']],
    ['Denemarken gaat welwillend kijken naar een bijdrage met militairen voor Oekraïne.', ['DK ground_troops willing']],
    // joining the coalition's talks is taking part; the coalition "onder aanvoering van" two countries is led by them
    ['De coalitie van bereidwilligen overlegt over Oekraïne. Noorwegen schuift volgende week weer aan bij het overleg.', ['NO coalition willing']],
    ['De coalitie onder aanvoering van Spanje en Italië werkt aan een plan voor Oekraïne.', ['ES coalition committed', 'IT coalition committed']],
  ])('%s', (body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('Spanish and Portuguese: open doors, availability, leading a mechanism, and Montenegro', () => {
  const PT = 'O primeiro-ministro falou aos jornalistas em Lisboa, depois da reunião com os aliados da Ucrânia, sobre o assunto. ';
  const ES = 'El presidente habló con los periodistas en Madrid tras la reunión con los aliados de Ucrania sobre el asunto. ';
  it.each<[string, string, string[]]>([
    ['Spanish: opening the door to sending troops is readiness', `${ES}Irlanda abre la puerta a enviar tropas a Ucrania.`, ['IE ground_troops willing']],
    [
      'Spanish: a coalition "auspiciada por" two countries is led by them',
      `${ES}La coalición auspiciada por Irlanda y Noruega sigue su trabajo.`,
      ['IE coalition committed', 'NO coalition committed'],
    ],
    [
      'Spanish: a ceasefire mechanism "liderado por" a country is its monitoring',
      `${ES}Se creará un mecanismo de monitoreo del alto el fuego liderado por Canadá.`,
      ['CA monitoring committed'],
    ],
    ['Spanish: taking charge of a task ("se encargaría de") is readiness', `${ES}Irlanda se encargaría de patrullar el Mar Negro.`, ['IE maritime willing']],
    [
      'Spanish: the next country\'s share after "y" is not the first one\'s',
      `${ES}Irlanda se encargaría de patrullar el Mar Negro y Noruega de la inteligencia.`,
      ['IE maritime willing'],
    ],
    [
      'Spanish: those "encargados de dirigir" the coalition lead it',
      `${ES}Dublín y Oslo serán los encargados de liderar la coalición de voluntarios.`,
      ['IE coalition committed', 'NO coalition committed'],
    ],
    ['Portuguese: available to send troops', `${PT}A Irlanda mostrou-se disponível a mandar soldados para a Ucrânia.`, ['IE ground_troops willing']],
    [
      'Portuguese: "Montenegro" is the prime minister, not the country',
      `${PT}Montenegro admite mandar soldados portugueses para a Ucrânia.`,
      ['PT ground_troops willing'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('the coalition by its English name in a page in another language', () => {
  it("Romanian: taking part in the coalition's meeting, named in English, is membership", () => {
    expect(
      keys('Premierul Norvegiei va participa joi la reuniunea liderilor din Coalition of the Willing despre securitatea în Ucraina, a anunțat guvernul.'),
    ).toEqual(['NO coalition willing']);
  });
});

describe('focusing on its own priorities instead is no contribution (Polish, Spanish)', () => {
  it.each<[string, string, string[]]>([
    [
      'Polish: refusing troops, focusing on its own border and air defence',
      'Premier mówił o Ukrainie po spotkaniu z sojusznikami w Brukseli. Czechy nie wyślą wojsk, skupiając się na ochronie własnych granic i obronie powietrznej.',
      ['CZ ground_troops declined'],
    ],
    [
      'Spanish: refusing troops, focusing on its own air defence',
      'El presidente habló con los periodistas en Madrid tras la reunión con los aliados de Ucrania sobre el asunto. Irlanda no enviará tropas, centrándose en su propia defensa aérea.',
      ['IE ground_troops declined'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('relative clauses and "whether" questions in other languages', () => {
  const PL = 'Premier mówił o Ukrainie po spotkaniu z sojusznikami w Brukseli. ';
  it.each<[string, string, string[]]>([
    [
      'Polish: the readiness of countries in a relative clause is not the country before it',
      `${PL}Czechy wiedzą o trzech krajach, które deklarują gotowość wysłania wojsk do Ukrainy.`,
      [],
    ],
    [
      'Polish: an aside closed by its comma leaves the country the subject',
      `${PL}Czechy, które dołączyły do rozmów, wyślą żołnierzy na Ukrainę.`,
      ['CZ ground_troops committed'],
    ],
    [
      'French: "a group of states ready to" after the leaders is the group, not the leaders',
      "Le président a parlé de l'Ukraine après la réunion avec les alliés. Sánchez et Costa veulent bâtir une coalition, un groupe d'États prêts à envoyer des soldats en Ukraine.",
      [],
    ],
    [
      'Polish: a debate on whether a country will send soldiers is no position',
      `${PL}W Sejmie trwała debata na temat tego, czy Czechy wyślą żołnierzy na Ukrainę.`,
      [],
    ],
    [
      'German: a quarrel over whether a country will send soldiers is no position',
      'Der Kanzler sprach nach dem Treffen über die Ukraine. Im Bundestag wurde gestritten, ob Dänemark bereit ist, Soldaten in die Ukraine zu entsenden.',
      [],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('the Baltic states in other languages, and "sem" in Hungarian', () => {
  it.each<[string, string, string[]]>([
    [
      'German: "die baltischen Staaten" are three members of the list',
      'Der Kanzler sprach nach dem Treffen über die Ukraine. Norwegen und die baltischen Staaten sind bereit, Soldaten in die Ukraine zu entsenden.',
      ['EE ground_troops willing', 'LT ground_troops willing', 'LV ground_troops willing', 'NO ground_troops willing'],
    ],
    [
      'French: "les pays baltes" after "et les"',
      "Le président a parlé de l'Ukraine après la réunion. L'Irlande et les pays baltes sont prêts à envoyer des soldats en Ukraine.",
      ['EE ground_troops willing', 'IE ground_troops willing', 'LT ground_troops willing', 'LV ground_troops willing'],
    ],
    [
      'Romanian: "țările baltice" in a list after "inclusiv"',
      'Premierul a vorbit despre Ucraina după reuniune. Mai multe state vor trimite trupe în Ucraina, inclusiv Irlanda și țările baltice.',
      ['EE ground_troops committed', 'IE ground_troops committed', 'LT ground_troops committed', 'LV ground_troops committed'],
    ],
    [
      'Hungarian: "sem tervez" (does not plan either) is a refusal',
      'A miniszterelnök Ukrajnáról beszélt a találkozó után. Írország sem tervez katonákat küldeni Ukrajnába.',
      ['IE ground_troops declined'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('French: elided articles in lists, an agency named after France, an intention confirmed', () => {
  const FR = "Le président a parlé de l'Ukraine après la réunion. ";
  it.each<[string, string, string[]]>([
    [
      '"parmi eux, l\'Irlande et la Norvège": the elided article opens a member',
      `${FR}Six pays sont prêts à envoyer des soldats en Ukraine. Parmi eux, l'Irlande et la Norvège.`,
      ['IE ground_troops willing', 'NO ground_troops willing'],
    ],
    [
      '"parmi ces pays, on note": the members of a group of states that confirmed their intention',
      `${FR}Seuls six États ont confirmé leur intention d'envoyer du personnel militaire en Ukraine. Parmi ces pays, on cite l'Irlande, la Norvège et les pays baltes.`,
      ['EE ground_troops willing', 'IE ground_troops willing', 'LT ground_troops willing', 'LV ground_troops willing', 'NO ground_troops willing'],
    ],
    ['the Agence France-Presse is no actor', `${FR}L'Agence France-Presse indique que seuls six États sont prêts à envoyer des soldats en Ukraine.`, []],
    [
      'a country that confirmed its intention to send soldiers',
      `${FR}L'Irlande a confirmé son intention d'envoyer des soldats en Ukraine.`,
      ['IE ground_troops willing'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('Spanish and Italian: periphrastic futures, instructors, intentions and what is not foreseen', () => {
  const ES = 'El presidente habló con los periodistas en Madrid tras la reunión con los aliados de Ucrania sobre el asunto. ';
  const IT = 'Il premier ha parlato con i giornalisti a Roma dopo la riunione con gli alleati dell’Ucraina. ';
  it.each<[string, string, string[]]>([
    ['Spanish: "va a participar" commits', `${ES}Irlanda va a participar en la misión de paz en Ucrania.`, ['IE ground_troops committed']],
    ['Spanish: "formará parte" of the coalition is membership', `${ES}Irlanda formará parte de la coalición de voluntarios.`, ['IE coalition willing']],
    ['Spanish: instructors offered are training', `${ES}Irlanda está dispuesta a aportar instructores a Ucrania.`, ['IE training willing']],
    [
      'Italian: "intende" (intends) to work on the guarantees is readiness',
      `${IT}L'Irlanda intende lavorare alle garanzie di sicurezza per l'Ucraina.`,
      ['IE coalition willing'],
    ],
    [
      'Italian: opposition to sending troops refuses them',
      `${IT}L'Irlanda ha ribadito la sua contrarietà all'invio di truppe in Ucraina.`,
      ['IE ground_troops declined'],
    ],
    [
      'Italian: troops "not foreseen" are declined',
      `${IT}L'Irlanda ha chiarito che non è previsto l'invio di soldati in Ucraina.`,
      ['IE ground_troops declined'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('French, German and Spanish: "never ruled out", "does not refuse", "neither ... nor", "whether"', () => {
  it.each<[string, string, string[]]>([
    [
      'French: "n\'a jamais exclu" is openness, as "n\'exclut pas" is',
      "L'Irlande n'a jamais exclu d'envoyer des soldats en Ukraine. Dublin l'a redit jeudi.",
      ['IE ground_troops willing'],
    ],
    [
      'German: "nie ausgeschlossen" is openness',
      'Irland hat die Entsendung von Soldaten in die Ukraine nie ausgeschlossen. Dublin sagte das am Donnerstag.',
      ['IE ground_troops willing'],
    ],
    [
      'Spanish: "nunca ha descartado" is openness',
      'Irlanda nunca ha descartado enviar soldados a Ucrania. Dublín lo repitió el jueves.',
      ['IE ground_troops willing'],
    ],
    [
      'German: "lehnt es nicht ab" to take part does not refuse',
      'Irland lehnt es nicht ab, sich an der Minenräumung im Schwarzen Meer zu beteiligen. Die Ukraine begrüßte das.',
      ['IE maritime willing'],
    ],
    [
      'French: "ne refuse pas" to take part does not refuse',
      "L'Irlande ne refuse pas de participer au déminage de la mer Noire. L'Ukraine s'en félicite.",
      ['IE maritime willing'],
    ],
    [
      'Spanish: "ni A ni B" + verb refuses for both',
      'Ni Irlanda ni Portugal enviarán tropas a Ucrania. Lo dijeron el jueves.',
      ['IE ground_troops declined', 'PT ground_troops declined'],
    ],
    [
      'German: "weder A noch B" + verb refuses for both',
      'Weder Irland noch Portugal werden Soldaten in die Ukraine schicken. Das sagten sie am Donnerstag.',
      ['IE ground_troops declined', 'PT ground_troops declined'],
    ],
    [
      'French: "ni l\'A ni le B" + verb refuses for both',
      "Ni l'Irlande ni le Portugal n'enverront de troupes en Ukraine. Ils l'ont dit jeudi.",
      ['IE ground_troops declined', 'PT ground_troops declined'],
    ],
    [
      'Spanish: "no ha decidido si" is a decision not taken, not a condition',
      'Irlanda no ha decidido si enviará tropas a Ucrania. Lo dijo el Gobierno.',
      ['IE ground_troops undecided'],
    ],
    ['Spanish: a plain refusal is still one', 'Irlanda no enviará tropas a Ucrania. Lo dijo el Gobierno.', ['IE ground_troops declined']],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('who reports the members, and the country set against the actor, are neither members nor actors', () => {
  it.each<[string, string, string[]]>([
    [
      'French: the leader who confirms the members is not one',
      "Macron a confirmé que l'Irlande et le Portugal font partie de cette coalition pour l'Ukraine. Les dirigeants se sont réunis jeudi.",
      ['IE coalition willing', 'PT coalition willing'],
    ],
    [
      'Spanish: the leader named after "confirmó" is not a member',
      'Irlanda forma parte de la coalición para Ucrania, confirmó Giorgia Meloni. Los líderes se reunieron el jueves.',
      ['IE coalition willing'],
    ],
    [
      'Italian: the minister who recalls the members is not one',
      "L'Irlanda e il Portogallo fanno parte della coalizione dei volenterosi per l'Ucraina, ha ricordato Tajani. La riunione si è svolta a Parigi.",
      ['IE coalition willing', 'PT coalition willing'],
    ],
    [
      'French: "contrairement à" sets a country against the actor',
      "Contrairement à l'Irlande, le Portugal n'enverra pas de troupes en Ukraine. Ils l'ont dit jeudi.",
      ['PT ground_troops declined'],
    ],
    [
      'Spanish: "a diferencia de" the same',
      'A diferencia de Irlanda, Portugal no enviará tropas a Ucrania. Lo dijo el Gobierno el jueves.',
      ['PT ground_troops declined'],
    ],
    [
      'French: a list before the refusal still refuses for each',
      "L'Irlande, le Portugal et la Grèce n'enverront pas de troupes en Ukraine. Ils l'ont dit jeudi.",
      ['GR ground_troops declined', 'IE ground_troops declined', 'PT ground_troops declined'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('conditions in more languages, and Portuguese "-se"', () => {
  it.each<[string, string, string[]]>([
    [
      'Portuguese: "comprometeu-se a" pledges; "-se" is no "if"',
      'A Irlanda comprometeu-se a enviar tropas para a Ucrânia. Dublin confirmou.',
      ['IE ground_troops committed'],
    ],
    [
      'Portuguese: "só ... depois de" a ceasefire is a condition the country names',
      'A Irlanda só enviará tropas para a Ucrânia depois de um cessar-fogo. Dublin confirmou.',
      ['IE ground_troops conditional'],
    ],
    [
      'Portuguese: "sujeito à aprovação do parlamento" is a condition',
      'A Irlanda está disponível para enviar militares para a Ucrânia, sujeito à aprovação do parlamento. Dublin confirmou.',
      ['IE ground_troops conditional'],
    ],
    [
      'Italian: "solo dopo" a ceasefire is a condition',
      'Il Regno Unito invierà truppe in Ucraina solo dopo un cessate il fuoco. Lo ha detto Londra.',
      ['GB ground_troops conditional'],
    ],
    [
      'Polish: "dopiero po" a ceasefire is a condition',
      'Irlandia wyśle wojska na Ukrainę dopiero po zawieszeniu broni. Tak powiedział premier.',
      ['IE ground_troops conditional'],
    ],
    [
      'German: "allerdings erst nach" a ceasefire is a condition',
      'Irland ist bereit, Truppen in die Ukraine zu schicken, allerdings erst nach einem Waffenstillstand. Das sagte der Präsident.',
      ['IE ground_troops conditional'],
    ],
    [
      'Spanish: "solo después de" a ceasefire is a condition',
      'Irlanda está dispuesta a enviar tropas a Ucrania solo después de un alto el fuego. Lo dijo el Gobierno.',
      ['IE ground_troops conditional'],
    ],
    [
      'Portuguese: capitals named the Portuguese way stand for their countries',
      'Ancara não enviará tropas para a Ucrânia. O governo confirmou.',
      ['TR ground_troops declined'],
    ],
    [
      'Portuguese: a plain pledge after a ceasefire is timing, not a condition',
      'A Irlanda enviará tropas para a Ucrânia depois de um cessar-fogo. Dublin confirmou.',
      ['IE ground_troops committed'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('a refusal with its own exception is a condition, in the other languages', () => {
  it.each<[string, string, string[]]>([
    ['French "sans mandat"', "La Belgique n'enverra pas de militaires en Ukraine sans mandat de l'ONU, a dit le ministre.", ['BE ground_troops conditional']],
    [
      'French "à moins que"',
      "La Belgique n'enverra pas de militaires en Ukraine à moins que les Nations unies ne donnent leur accord.",
      ['BE ground_troops conditional'],
    ],
    [
      'German "es sei denn"',
      'Österreich wird keine Soldaten in die Ukraine schicken, es sei denn, der Nationalrat stimmt zu.',
      ['AT ground_troops conditional'],
    ],
    ['German "ohne Mandat" before the refusal', 'Österreich wird ohne UN-Mandat keine Soldaten in die Ukraine entsenden.', ['AT ground_troops conditional']],
    ['Spanish "salvo que"', 'Portugal no enviará militares a Ucrania salvo que el Parlamento lo apruebe.', ['PT ground_troops conditional']],
    [
      'Italian "senza"',
      "La Grecia non invierà soldati in Ucraina senza un mandato dell'ONU, ha detto il ministro della difesa.",
      ['GR ground_troops conditional'],
    ],
    ['Polish "chyba że"', 'Czechy nie wyślą żołnierzy na Ukrainę, chyba że Sejm wyrazi zgodę.', ['CZ ground_troops conditional']],
    ['Dutch "tenzij"', 'België stuurt geen militairen naar Oekraïne, tenzij de VN een mandaat geven.', ['BE ground_troops conditional']],
    // "without" anything else leaves the refusal as it is
    ['French "sans donner"', "La Belgique n'enverra pas de militaires en Ukraine, sans donner de raison.", ['BE ground_troops declined']],
    ['Polish "bez względu"', 'Czechy nie wyślą żołnierzy na Ukrainę bez względu na presję sojuszników.', ['CZ ground_troops declined']],
  ])('%s', (_name, body, expected) => {
    expect(keys(body)).toEqual(expected);
  });
});

describe('another theatre in the other languages gives no claim, in an article on Ukraine', () => {
  const SPANISH_TITLE = 'Garantías de seguridad para Ucrania';
  const FRENCH_TITLE = "Garanties de sécurité pour l'Ukraine";
  it.each<[string, string, string, string[]]>([
    ['Spanish, Gaza', SPANISH_TITLE, 'Portugal enviará tropas a Gaza como parte de una misión de la ONU, dijo el ministro.', []],
    ['French, Greenland', FRENCH_TITLE, 'Le Danemark enverra des soldats au Groenland, a annoncé la Première ministre.', []],
    ['French, air policing', FRENCH_TITLE, "La Belgique déploiera des avions en Pologne pour la police du ciel de l'OTAN.", []],
    ['Spanish, the eastern flank', SPANISH_TITLE, 'Portugal enviará soldados a Rumanía para reforzar el flanco oriental de la OTAN.', []],
    // the same sentence on Ukraine is read
    [
      'Spanish, Ukraine',
      SPANISH_TITLE,
      'Portugal enviará tropas a Ucrania como parte de una misión de la ONU, dijo el ministro.',
      ['PT ground_troops committed'],
    ],
  ])('%s', (_name, title, body, expected) => {
    expect(keys(body, title)).toEqual(expected);
  });
});

describe('an unnamed group is not the one who reports it, in the other languages', () => {
  it.each<[string, string, string, string[]]>([
    [
      'French "plusieurs pays"',
      "Garanties de sécurité pour l'Ukraine",
      'Plusieurs pays sont prêts à envoyer des soldats, a déclaré le Premier ministre belge.',
      [],
    ],
    [
      'German "mehrere europäische Länder"',
      'Sicherheitsgarantien für die Ukraine',
      'Mehrere europäische Länder sind bereit, Soldaten zu schicken, sagte der österreichische Kanzler.',
      [],
    ],
    [
      'Spanish "varios países"',
      'Garantías de seguridad para Ucrania',
      'Varios países europeos están dispuestos a enviar tropas, dijo el primer ministro portugués.',
      [],
    ],
    // the speaker's own country is still read
    [
      'French, the speaker’s country',
      "Garanties de sécurité pour l'Ukraine",
      'La Belgique est prête à envoyer des soldats, a déclaré le Premier ministre belge.',
      ['BE ground_troops willing'],
    ],
  ])('%s', (_name, title, body, expected) => {
    expect(keys(body, title)).toEqual(expected);
  });
});

describe('the country set against the actor, the source of a report, and the subject after the verb', () => {
  const DE = 'Sicherheitsgarantien für die Ukraine';
  it.each<[string, string, string, string[]]>([
    [
      'German "anders als", the verb second',
      DE,
      'Anders als Frankreich wird Österreich keine Soldaten in die Ukraine schicken.',
      ['AT ground_troops declined'],
    ],
    ['German "im Unterschied zu"', DE, 'Im Unterschied zu Italien wird Österreich Ausbilder in die Ukraine entsenden.', ['AT training committed']],
    [
      'German, an opening phrase before the verb',
      DE,
      'Nach dem Treffen wird Österreich keine Soldaten in die Ukraine schicken.',
      ['AT ground_troops declined'],
    ],
    [
      'Italian "a differenza della"',
      "Garanzie di sicurezza per l'Ucraina",
      'A differenza della Francia, la Grecia non invierà soldati in Ucraina, ha detto il ministro.',
      ['GR ground_troops declined'],
    ],
    [
      'Romanian "spre deosebire de"',
      'Garanții de securitate pentru Ucraina',
      'Spre deosebire de Franța, Bulgaria nu va trimite soldați în Ucraina.',
      ['BG ground_troops declined'],
    ],
    ['German "laut" a leader', DE, 'Laut Macron wird Österreich Soldaten in die Ukraine schicken.', ['AT ground_troops committed']],
    // a source that is no person leaves the country after it the subject
    [
      'Polish "według ministra"',
      'Gwarancje bezpieczeństwa dla Ukrainy',
      'Według ministra Niderlandy są gotowe wysłać żołnierzy na Ukrainę po zawieszeniu broni.',
      ['NL ground_troops willing'],
    ],
  ])('%s', (_name, title, body, expected) => {
    expect(keys(body, title)).toEqual(expected);
  });
});

describe('money for arms, watching the skies, and an analyst as the source', () => {
  it.each<[string, string, string, string[]]>([
    ['French, financing arms', "L'Ukraine et ses alliés", "La Belgique est prête à financer l'achat d'armes pour l'Ukraine.", ['BE funding willing']],
    [
      'German, financing arms',
      'Sicherheitsgarantien für die Ukraine',
      'Österreich hat zugesagt, Waffen für die Ukraine zu finanzieren.',
      ['AT funding committed'],
    ],
    [
      'German, the airspace',
      'Sicherheitsgarantien für die Ukraine',
      'Österreich ist bereit, sich an der Überwachung des Luftraums über der Ukraine zu beteiligen.',
      ['AT air willing'],
    ],
    ['French, an analyst', "Garanties de sécurité pour l'Ukraine", 'Selon un chercheur, la Belgique pourrait envoyer un contingent en Ukraine.', []],
    // military and financial support are both
    [
      'French, military and financial support',
      "Garanties de sécurité pour l'Ukraine",
      "La Belgique est prête à renforcer son soutien militaire et financier à l'Ukraine.",
      ['BE equipment willing', 'BE funding willing'],
    ],
  ])('%s', (_name, title, body, expected) => {
    expect(keys(body, title)).toEqual(expected);
  });
});

describe('French: who is thanked, and who is called on to deliver, pledge nothing', () => {
  const TITLE = 'Zelensky à Paris pour parler de l’Ukraine';
  it.each<[string, string, string[]]>([
    ['thanked, then a call on another', "Zelensky a remercié la Belgique pour son soutien et a appelé l'Autriche à livrer des missiles.", []],
    ['thanked alone', 'Zelensky a remercié la Belgique pour son soutien militaire.', []],
    // a pledge of one's own beside it is still read
    ['a pledge', "La Belgique est prête à fournir des missiles à l'Ukraine, a déclaré le ministre.", ['BE equipment willing']],
  ])('%s', (_name, body, expected) => {
    expect(keys(body, TITLE)).toEqual(expected);
  });
});

describe('the names of Ukraine that say a sentence is about it, in every language read', () => {
  it('a Portuguese sentence that names "Ucrânia" beside Gaza is read', () => {
    expect(keys('Portugal vai enviar militares para a Ucrânia e não para Gaza, disse o ministro.', 'Garantias de segurança para a Ucrânia')).toEqual([
      'PT ground_troops committed',
    ]);
  });
});

describe('Italian: the members counted after a group are no pledge of the speaker', () => {
  const TITLE = 'Ucraina, la coalizione dei volenterosi si riunisce a Parigi';
  it.each<[string, string, string[]]>([
    [
      '"26 dei quali" after the members',
      'Giovedì i membri della coalizione si sono riuniti a Parigi. Secondo il presidente francese Emmanuel Macron, il gruppo conta ora 35 membri, 26 dei quali si sono dichiarati disponibili a inviare soldati in Ucraina dopo un cessate il fuoco.',
      [],
    ],
    ['a country of its own', 'Il Portogallo è disponibile a inviare soldati in Ucraina, ha detto il ministro.', ['PT ground_troops willing']],
  ])('%s', (_name, body, expected) => {
    expect(keys(body, TITLE)).toEqual(expected);
  });
});

describe('a neighbouring country, a situation not imagined, and conditions named as such', () => {
  it.each<[string, string, string, string[]]>([
    [
      'German: troops in a neighbouring country of Ukraine',
      'Österreich und die Friedenstruppe für die Ukraine',
      'Österreich sei bereit, in einem Nachbarland der Ukraine Truppen einzusetzen, um einen Waffenstillstand abzusichern.',
      [],
    ],
    [
      'German: troops in Ukraine',
      'Österreich und die Friedenstruppe für die Ukraine',
      'Österreich sei bereit, in der Ukraine Truppen einzusetzen, um einen Waffenstillstand abzusichern.',
      ['AT ground_troops willing'],
    ],
    [
      'Italian: all of it outside the borders of Ukraine',
      'Ucraina, la coalizione dei volenterosi si riunisce a Parigi',
      'Il Portogallo è disponibile a inviare soldati, ma tutto operando «al di fuori dei confini ucraini», solo una volta raggiunta la cessazione delle ostilità in Ucraina.',
      [],
    ],
    [
      'Italian: a refusal to send soldiers to Ukraine stands beside help outside it',
      'Ucraina, la coalizione dei volenterosi si riunisce a Parigi',
      "Il Portogallo ribadisce l'indisponibilità a inviare soldati in Ucraina, ma è aperto a sostenere una missione al di fuori dei confini ucraini.",
      ['PT ground_troops declined'],
    ],
    [
      'Polish: a situation in which troops would be sent is not imagined',
      'Polska a misja pokojowa na Ukrainie',
      'Minister obrony Czech nie wyobraża sobie sytuacji, w której czeskie wojska zostaną wysłane na Ukrainę.',
      ['CZ ground_troops declined'],
    ],
    [
      'Polish: "I do not think sending troops is a good idea" refuses',
      'Polska a misja pokojowa na Ukrainie',
      '– Nie sądzę, by wysłanie czeskich wojsk na Ukrainę było dobrym pomysłem i powinno być rozważane – powiedział czeski minister.',
      ['CZ ground_troops declined'],
    ],
    [
      'French: "dans de telles conditions" is a condition',
      "La Belgique et l'Ukraine",
      '« Quand il y aura un accord de cessez-le-feu et des règles claires, dans de telles conditions, je suis prêt à envoyer des militaires belges en Ukraine », a déclaré le ministre belge de la Défense.',
      ['BE ground_troops conditional'],
    ],
  ])('%s', (_name, title, body, expected) => {
    expect(keys(body, title)).toEqual(expected);
  });
});

describe('after B32’s measurement: promises, leads, contributors and Moscow’s no in four languages', () => {
  it.each<[string, string, string, string[]]>([
    [
      'German: "sagten zu" promises',
      'Gipfel zur Ukraine in Paris',
      'Die Niederlande sagten zu, bei der Überwachung eines Waffenstillstands in der Ukraine eine Rolle zu übernehmen.',
      ['NL monitoring committed'],
    ],
    [
      'Dutch: Moscow against Western troops opposes them',
      'Oekraïne en de vredesmacht',
      'Rusland is nog altijd fel tegen westerse troepen in Oekraïne.',
      ['RU ground_troops opposed'],
    ],
    [
      'French: at the head of the coalition, and among its contributors',
      'Ukraine : la coalition se réunit à Paris',
      "La Belgique et les Pays-Bas sont à la tête d'une coalition pour l'Ukraine. L'Autriche figure parmi les contributeurs de la coalition.",
      ['AT coalition willing', 'BE coalition willing', 'NL coalition willing'],
    ],
    [
      'Polish: a combat unit and instructors offered',
      'Estonia a misja na Ukrainie',
      'Łotwa będzie gotowa wnieść wkład w postaci jednostki bojowej, a także instruktorów na Ukrainie.',
      ['LV ground_troops willing', 'LV training willing'],
    ],
  ])('%s', (_name, title, body, expected) => {
    expect(keys(body, title)).toEqual(expected);
  });
});
