/**
 * The "working" copy of a sentence that the cue patterns read: lower case, straight quotes,
 * fixed phrases and asides blanked out. Every edit keeps the length, so an offset in the
 * working copy is the same offset in the original sentence (where countries are found).
 */

import { allMatches } from '../text/all-matches.js';
import { alternationSharingBoundaries } from './lexicon.js';

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** A match with its last `tail` characters blanked: "train Ukrainian troops" keeps "train Ukrainian" (a replace callback). */
export function blankTail(match: string, tail: string): string {
  return match.slice(0, match.length - tail.length) + ' '.repeat(tail.length);
}

export function blankSpans(text: string, spans: Array<[number, number]>): string {
  let out = text;
  for (const [start, end] of spans) out = blank(out, start, end);
  return out;
}

/** Blanks every match of the global `pattern` in `text`; the text itself when nothing matches (most sentences). */
export function blankMatches(text: string, pattern: RegExp): string {
  let out = text;
  for (const match of allMatches(pattern, text)) out = blank(out, match.index, match.index + match[0].length);
  return out;
}

// The coalition's name carries "willing": it says nothing about a country's stance.
const COALITION_NAME = /\bcoalition of (?:the )?(?:willing|goodwill)\b/g;
// Asides such as ", who co-chairs the coalition," mention a role in passing (optional by SCHEMA.md).
const RELATIVE_ASIDE = /[,–—]\s*(?:who|which|whose)\b[^,;–—]{0,200}(?:[,–—]|$)/g;
// "Hungary, Macron said, will not send troops": a speaker set off between the opening subject and its verb reports the
// sentence and is not its actor (", Store said, stressing ..." after the predicate stays: the speaker goes on there).
const REPORTED_BY_GATE = /^,\s*(?:[a-z.'’-]+\s+){1,4}?(?:said|says|told|added|noted|argued|insisted|claimed|stressed|warned)\b/;

/** The aside can only follow the opening subject: a first comma within 40 characters, a reporting verb soon after it. */
function reportedByAside(work: string): boolean {
  const comma = work.indexOf(',');
  return comma > 0 && comma <= 41 && REPORTED_BY_GATE.test(work.slice(comma, comma + 60));
}
const REPORTING_ASIDE =
  /,(?<=^[^,;]{1,40},)\s*(?:[a-z.'’-]+\s+){1,4}?(?:said|says|told\s+[a-z]+|added|noted|argued|insisted|claimed|stressed|warned)\s*,(?=\s*(?:is|are|was|were|will|would|has|have|had|can|could|must|plans|intends|remains|still|again|also|already|does|did|do)\b)/g;
// A time frame every plan assumes is not a condition ("after the war", "the day a ceasefire is signed").
// "If a ceasefire is established" and "should a peace deal be signed" are timing too; "only if" stays a condition.
const TIMING_MORE =
  /\b(?:requires?|require|need|needs) +(?:a +|an +)?(?:prior +|final +)?(?:peace +(?:deal|agreement|settlement)|ceasefire)\b|\b(?:if|once|when|after|as soon as) +there +is +(?:a +|an +)?(?:peace +)?(?:agreement|deal)\b|\b(?:if|once|when|after|as soon as) +(?:a|an|the) +(?:peace +)?(?:agreement|deal) +(?:is|has +been|was) +(?:reached|signed|agreed|struck|concluded)\b|\bshould +(?:an? +|the +)(?:agreement|deal)\b[^,;]{0,60}?\bbe +(?:signed|reached|agreed|concluded)\b/g;
const TIMING_WORD = 'after|once|when|if|the day|as soon as|until|in the event of|following|should';
// "only if" is looked for behind the word once it has matched, not at every word of every sentence (no word
// of the list ends another, so "only " before the matched word is "only " before the match).
const TIMING = new RegExp(
  `\\b(?:${TIMING_WORD})(?<!only (?:${TIMING_WORD})) (?:there is |there's )?(?:a |an |the |any |this )?(?:lasting |durable |comprehensive |final |eventual |future )?(?:ukraine |ukrainian |russia-ukraine |russian-ukrainian )?(?:ceasefire|cease-fire|truce|peace(?: deal| agreement| settlement| accord)?|settlement|war|fighting|hostilities|cessation of hostilities|conflict|armistice)(?: (?:is|are|was|has been|have been|be) (?:signed|agreed|reached|over|concluded|in place|established|achieved|struck|secured|implemented|declared|brokered)| (?:ends|stops|ceases|is over|holds|takes effect|comes into force)| (?:is|are) brought to (?:a |an )?(?:negotiated |peaceful )?end)?\\b`,
  'g',
);
// "train Ukrainian troops": the troops are the trainees, not a deployment.
const TRAINEES =
  /\b(?:train(?:s|ed|ing)?|equip(?:s|ped|ping)?|equipment (?:of|for)|arm(?:s|ed|ing)?)(?: and (?:equip|train)\w*)? +(?:\w+ +){0,2}?(troops|soldiers|forces|army|military|personnel|brigades|battalions)\b/g;
// "send personnel to help train Ukrainian troops": the people sent are trainers, not a deployment of troops.
const SENT_TO_TRAIN =
  /\b(?:(?:sdf|self-defen[cs]e +forces?) +)?(?:personnel|troops|soldiers|officers|specialists)(?= +(?:to +(?:[\w-]+ +){1,3}?)?to +(?:help +(?:to +)?)?train\b)/g;
// Ukraine's own forces are the recipient of support, never a deployment to Ukraine.
const RECIPIENT_FORCES =
  /\b(?:ukrainian|ukraine's|kyiv's|russian|russia's|north korean) (?:armed forces|troops|soldiers|forces|army|military|personnel)\b(?! +capabilit)/g;

// A meeting of the coalition is not a pledge to it (its members meeting pledge nothing; "X and Y are members of" is
// membership); nor are its critics members; aid outside the taxonomy is not funding for weapons; the Budapest memorandum
// (1994) is not Hungary, and a government's ruling coalition is not the coalition of the willing.
const NOT_A_COMMITMENT =
  /\b(?:summit|meeting|talks|gathering|session|leaders|members(?<!\b(?:are|were|also|both|all|remain|remained|become|became|as|\d+) +members)|call|video call|chair|co-chairs?) of +(?:the +)?coalition\b|\b(?:funding|money|aid|finance|financing|funds|loans?|support) for (?:medical|humanitarian|reconstruction|energy|climate|recovery)\b|\bwithout (?:offering|providing|giving|citing) (?:any )?evidence\b|\bhost(?:s|ed|ing)? +(?:[\w'’-]+ +){0,4}?(?:aircraft|jets|troops|forces|soldiers|warships|ships|units|personnel|headquarters|hubs?)\b(?: +(?:that|which) +(?:would|will|could) +[^,;]{0,100})?|\b(?:critics|opponents|detractors|foes) +of +(?:the +)?coalition\b|\bcoalition['’]s +(?:critics|opponents|detractors|foes)\b|\bbudapest +memorand\w*|\b(?:ruling|governing|grand|government) +coalition\b|\bcoalition +government\b|\b(?:that|which) +(?:the +)?(?:[a-z.'’-]+ +){1,3}?(?:will|would|is +to|are +to|has +agreed +to) +(?:pay +for|finance|fund)\b/g;

// Taking part in the coalition or its meeting is membership (SCHEMA.md: membership is willing), not a meeting of no one;
// so is a country's "participation in the coalition", whoever mentions it.
const MEMBERSHIP_EVENT =
  /\b(?:participation|participating|took part|taking part) in (?:the )?(?:so-called )?coalition\b(?! government)|\b(?:took part|take part|takes part|taking part|participated|participates|participating|attended|attends|attending|was represented|were represented|joined|joins|join|(?:arrived|arrives|gathered|travel(?:l)?ed) (?:in |to )[a-z]+ (?:on [a-z]+ (?:\d{1,2} [a-z]+ )?|this [a-z]+ |last [a-z]+ )?for) (?:(?:online|virtually|remotely|in person|by video|on [a-z]+day|[a-z]+day) )?(?:in |at )?(?:the |a |an |this |last )?(?:[a-z]+ ){0,2}?(?:(?:meeting|summit|talks|call|videoconference|video conference|gathering|session|discussions)s? (?:of|by) (?:the )?(?:(?:leaders|members|heads of state and government|defen[cs]e ministers|foreign ministers) of (?:the )?)?coalition|coalition['’]s (?:[a-z-]+ ){0,2}?(?:meeting|summit|talks|call|videoconference|conference|gathering|session|discussions|deliberations|work)s?|coalition (?:meeting|summit|talks|call|videoconference|leaders' meeting)s?)\b/g;
const MEMBERSHIP_EVENT_TOLERANT = new RegExp(MEMBERSHIP_EVENT.source.replace(/ /g, ' +'), 'g');
const MEMBERSHIP_TEXT = 'part of coalition';
const MEMBERSHIP_GATE = /\b(?:took|take|takes|taking|attend|particip|was represented|were represented|join|arriv|gathered|travel)/;
/** The verbs of MEMBERSHIP_EVENT, for the sentence gate (read before the working copy is made). */
export const MEMBERSHIP_VERB = /\b(?:took part|attended|attends|participated|was represented|were represented|arrived|gathered|travell?ed)\b/;

const QUOTE_MARK = /'(?![a-z\d\u00c0-\u024f])|(?=')(?<![a-z\d\u00c0-\u024f])'/g;

/**
 * Lower case with quotes as spaces: 'Portugal "open" to' reads as "portugal  open  to". Cheap; used to gate sentences.
 * `plain` is the sentence already in lower case (the extractor lowers each sentence once for all its rules).
 */
export function lowerText(plain: string): string {
  const lower = plain.replace(/[“”«»„"]/g, ' ').replace(/[‘’`´]/g, "'");
  // A single quote that is not an apostrophe inside a word ("'by air,'") is a quote mark too.
  return lower.includes("'") ? lower.replace(QUOTE_MARK, ' ') : lower;
}

// Money outside the taxonomy ("humanitarian aid and reconstruction funding") and the definition of a backstop
// ("if that force is attacked": no condition); read only when the sentence has one of these words.
const AID_MONEY =
  /\b(?:[\d.,]+ (?:billion|bn|million|m) (?:[a-z]+ )?(?:in|of|for) )?(?:humanitarian|reconstruction|recovery|energy|medical|civilian|climate)(?: aid and \w+| and \w+)? (?:funding|money|finance|financing|funds?|aid|assistance|loans?)\b/g;
const IF_ATTACKED =
  /\bif (?:\w+ ){0,3}?(?:is|are|was|were|comes?|came) (?:under attack|attacked)\b|\bif (?:russia|moscow|putin|the kremlin|the russians) (?:\w+ )?(?:attack(?:s|ed)|invade(?:s|d)|violate(?:s|d)|breaks|broke|strikes|struck)\b|\bin (?:the )?(?:case|event) of (?:an? )?(?:russian )?attack\b/g;

// "part of the coalition providing arms to Kyiv": what the coalition does is not the member's own pledge.
// "coalition" is looked for behind the verb once it has matched, not at every position of every sentence
// (no verb of the list ends another, so "coalition " before the matched verb is "coalition " before the match).
const COALITION_VERB = 'providing|supplying|sending|offering|that (?:provides|supplies|sends|offers)|which (?:provides|supplies|sends|offers)';
const COALITION_DOES = new RegExp(`\\b(?:${COALITION_VERB})(?<=\\bcoalition +(?:${COALITION_VERB}))\\b[^,;.]{0,120}`, 'g');

// Descriptions and evaluations, not pledges: "a guarantee that will not be a blank check", "it will be difficult for
// soldiers to ...", ", something which X has been reluctant to do", "lifting the sanctions", "US promises are vital" (a
// need stated, no US pledge).
const NOT_A_PLEDGE =
  /\b(?:pause|pauses|paused|pausing|halt\w*|suspend\w*|freez\w*|stop|stops|stopped|cut +off|cuts +off) +(?:[\w.'’]+ +){0,2}?(?:military +aid|aid|weapons|arms|deliveries|shipments|funding|support|intelligence(?: +sharing)?)\b|\b(?:would|will) +not +only\b|\b(?:(?:us|u\.s\.|american|washington['’]s) +(?:promises?|guarantees?|assurances?|support|backing|commitments?|involvement|backstop) +)?(?:will +remain|remains?|is|are|will +be) +(?:\w+ +)?(?:critical|essential|crucial|vital|indispensable)\b|\b(?:recall\w*|withdraw\w*|pull\w* +(?:out|back)|to +pull) +(?:[\w.]+ +){0,2}?(?:troops|forces|soldiers)\b|\b(?:asked|questions?|wondered|wondering) +(?:\w+ +){0,3}?(?:whether|if)\b[^;]{0,200}|\b(?:needs?|has|have) +to +(?:be +clear|make +(?:it +)?clear)\b[^;]{0,200}|\b(?:that|which) +(?:will|would) +(?:not +)?be\b|\bit +(?:will|would) +be +(?:difficult|hard|impossible|easy|important|necessary|essential|crucial|vital|overwhelming|too +much|a +burden|unrealistic)\b|(?:,\s*|\bnot +)something +(?:which|that)\b[^,;]{0,200}|\bdemand(?:s|ed|ing)? +that\b[^;]{0,300}|\b(?:discussions|talks|meeting|summit|work) +will +(?:focus|look|centre|center)\b|\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing|al of)|relief from) +(?:\w+ +){0,3}?sanctions\b|\b(?:(?:will|would|shall|does|do|did) +not|won't|wouldn't|doesn't|don't|didn't) +(?:allow|let|permit|tolerate|stop|prevent|block|object +to|stand +in +the +way +of)\b(?! +(?:its|their|our|his|her|any|the) +(?:own +)?(?:\w+ +)?(?:troops|soldiers|forces|military|army|personnel)\b| +(?:the +)?(?:presence|deployment|stationing) +of\b)|\b(?:facilit(?:y|ies)|depots?|warehouses?|storage|stores|shelters?|sites|bunkers?|hubs?) +(?:for|to +(?:store|house|hold|keep)) +(?:[\w-]+ +){0,2}?(?:weapons|arms|equipment|ammunition|munitions|missiles|drones|vehicles)(?:(?:,| +and| +or) +(?:[\w-]+ +){0,2}?(?:weapons|arms|equipment|ammunition|munitions|missiles|drones|vehicles))*\b|\b(?:phrase|wording|language|clause|reference|provision|paragraph|passage|sentence|mention|line) +(?:stating|saying|that|which|committing|obliging|promising|about)\b[^;]{0,300}?\b(?:was|were|had +been|has +been|have +been|is|are) +(?:later +|quietly +|eventually +|then +)?(?:removed|dropped|deleted|struck|cut|taken +out|omitted|scrapped|excised)\b|\b(?:reality|scenario|world|future|situation|era) +in +which\b[^,;]{0,200}|\bdespite +(?:the +)?(?:[\w.'’-]+ +){0,3}?(?:sanctions|tariffs|price +caps?)\b|\bwithout +(?:the +)?(?:u\.s\.|us|united +states|america|americans|washington)(?![\w.])(?! +(?:support|backing|backstop|guarantees?|security +guarantees?|involvement|participation|air +cover|cover|approval|help)\b)|\b(?:would|will|is|was) +be +(?:the +)?(?:new +|future +)?(?:headquarters|hq|seat|venue|host +city) +(?:for|of)\b|\b(?:through|via) +(?:a +)?(?:vote|ratification|approval) +(?:in|by|of) +(?:the +)?(?:us +)?(?:congress|parliament|senate|bundestag|sejm|house +of +commons)\b|\b(?:obtain|seek|get|win|secure)(?:s|ed|ing)? +(?:\w+ +)?(?:parliamentary|congressional|legislative) +(?:approval|backing|ratification|vote)\b|\b(?:(?:would|will) +)?(?:(?:have|has|had|retain\w*) +)?(?:the +)?right +to +defend +(?:themselves|itself|ourselves|himself|herself)\b[^,;]{0,80}|\b(?:seek(?:s|ing)?|sought|wrest(?:s|ed|ing)?|secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|extract(?:s|ed|ing)?|win(?:s|ning)?|won) +(?:[\w-]+ +){0,3}?(?:pledges?|guarantees?|commitments?|assurances?|promises?) +from\b|\b(?:guarantees?|assurances?|agreements?|deals?|promises?|commitments?) +signed +by\b|\bnot +taken +(?:the|this|that|a) +decision\b[^,;]{0,120}?\blightly\b|\bnot +(?:be +(?:deployed|stationed|based|positioned)|(?:put|send|deploy|station|place)(?: +(?:any|its|their|our|british|french|european) +)?(?: +[\w-]+){0,2}? +(?:troops|soldiers|forces|personnel)) +(?:on|along|near|at|to) +(?:the +)?(?:front(?:[ -]?lines?)?|contact +line|line +of +contact)\b|\bwill +look +like\b|\b(?:contribution|participation|role|involvement) +(?:is|was|would +be|will +be|remains) +(?:an? +)?(?:[\w-]+ +)?part +of\b|\bshift +from +(?:the +|its +|their +)?(?:[\w'-]+ +){0,2}?(?:previous|earlier|former|old) +(?:position|stance|line|policy)\b[^;]{0,200}|\boffer(?:s|ed|ing)?(?= +(?:a|an|the|their|its) +(?:[\w-]+ +){0,2}?(?:plan|proposal|framework|roadmap|blueprint)\b)|\b(?:battle|well|combat|highly|professionally)[-–— ]?trained\b|\bdoubt(?:s|ed)? +(?:that +|whether +|if +)?[^,;]{0,150}|\b(?:had|has|have) +been +agreed(?: +upon| +on)?\b|\bagreed +to +(?:meet|discuss|talk|consult|hold +talks)\b|\b(?:nato|eu|european +union)(?<=\b(?:his|her|its|their|our) +(?:nato|eu|european +union))(?: +and +(?:nato|eu|european +union))? +(?=(?:country|member|state|nation)\b)/g;

// Needs, hopes, records and others' views, not pledges: "peace will not happen without guarantees", officials meeting
// "to discuss" a commitment, "expressed hope that", "for the decades that", "a peace that ensures Russia cannot",
// "a decision would come", "— a proposal Kyiv rejects as ...", "hope Trump will join", urging allies to act, stressing
// the importance of a goal, leaving it to each nation to announce its part. Each needs a word most sentences lack:
// tested first.
const NOT_A_PLEDGE_RARE =
  /\b(?:will|would|could|can|cannot|can't|won't|wouldn't)(?: +not)? +(?:happen|work|succeed|hold|last|be +possible|be +achieved|be +sustainable) +without\b|\b(?:meet|meets|met|meeting|gather|gathered|convene|convened) +(?:(?:[^,;.]|(?<=\b[a-z])\.){0,120}?)\bto +(?:discuss|finali[sz]e|work +out|hammer +out|firm +up|flesh +out)\b[^,;]{0,200}|\b(?:hopes?|hoped|hoping|expressed +(?:the +)?hope) +that\b[^;]{0,200}|\bfor +(?:the +)?(?:many +|several +)?(?:decades|years) +(?:that|in +which)\b[^,;]{0,150}|\b(?:ensures?|ensured|ensuring|make +sure|makes +sure|making +sure) +(?:[a-z]+ +){0,3}?that +(?:russia|moscow|putin|the +kremlin)\b[^;]{0,150}|\b(?:a +|the +|any +)?(?:final +)?(?:troop +|deployment +)?decision(?: +(?:on|about|to +send|to +deploy) +[^,;.]{0,40}?)? +(?:would|will) +(?:come|be +made|be +taken|rest +with|lie +with)\b|(?:[—–]|(?<= )-) +(?:a|an) +(?:proposal|plan|idea|demand|move|position|request|stance|suggestion|claim) +[^—–;]{0,200}|\b(?:hopes?|hoped|hoping) +(?:the +)?(?:[\w'’.-]+ +){1,4}?(?:will|would|can|could)\b[^;]{0,200}|\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? +on|press(?:es|ed|ing)?|push(?:es|ed|ing)?|encourag(?:e|es|ed|ing)|appeal(?:s|ed|ing)? +to) +(?:[\w'’.-]+ +){0,4}?(?:allies|partners|countries|nations|leaders|governments|states|members|europeans?|others|europe|the +west|(?:the +)?(?:us|u\.s\.|united +states|americans?|washington|trump)) +(?:to|for)\b(?:(?! +(?:and +(?:said|says|pledged|promised|announced|added|offered)|but|although|though|while|whereas)\b)[^;]){0,200}|\b(?:(?:will|would|to|is +to|are +to) +)?(?:emphasi[sz](?:e|es|ed|ing)|stress(?:es|ed|ing)?|underlin(?:e|es|ed|ing)|underscor(?:e|es|ed|ing)|highlight(?:s|ed|ing)?) +(?:the +)?(?:[\w-]+ +){0,2}?(?:priority|importance|need|necessity|significance) +(?:of|for)\b|\b(?:will|would|does|do|did|shall) +not +have +(?:a +|any +)?(?:veto|say)\b[^;]{0,120}|\bno +veto +(?:over|on)\b[^;]{0,120}|\b(?:discussions|talks|meeting|summit|conversations?)\b[^,;.]{0,80}? +(?:will|would) +(?:likely +|probably +)?(?:involve|include|cover|address|deal +with)\b[^;]{0,120}|\b(?:intelligence|security) +(?:services?|agenc(?:y|ies)|officials|chiefs|sources|assessments?)\b|\bnot +(?:serve|act|be +(?:deployed|used)|fight) +as +(?:a +)?combat +(?:forces?|troops|units)\b|\bnon-combat(?:ant)?\b|\b(?:will|would|is|are|was|were|has +been|have +been) +(?:be +|being +)?(?:asked|invited|urged|pressed) +to\b(?:(?! +(?:and +(?:said|says|agreed|pledged|promised|announced|added|offered)|but|although|though|while|whereas)\b)[^;]){0,150}|\b(?:leav(?:e|es|ing)|left) +(?:it +)?(?:up +)?to +(?:the +)?(?:individual +|each +|every +|other +)?(?:nations?|countr(?:y|ies)|states?|governments?|all(?:y|ies)|partners?|members?|capitals?) +to\b[^;]{0,200}/g;
const RARE_NOT_A_PLEDGE_WORD =
  /\b(?:without|discuss|finali[sz]e|work +out|hammer +out|firm +up|flesh +out|hope[sd]?|hoping|decades|years|ensur\w*|sure|decision|urg(?:e|es|ed|ing)|calls? +on|called +on|calling +on|press(?:es|ed|ing)?|push(?:es|ed|ing)?|encourag\w*|appeal\w*|emphasi\w*|stress(?:es|ed|ing)?|underlin\w*|underscor\w*|highlight\w*|leav(?:e|es|ing) +(?:it +)?(?:up +)?to|left +(?:it +)?(?:up +)?to|asked|invited|urged|pressed|veto|involve|include|cover|address|deal +with|services?|agenc(?:y|ies)|officials|chiefs|sources|assessments?|combat|non-combat\w*)\b|[—–]| - /;

// The war named only as the time of something else ("Poland shot down drones over its airspace during Russia's war in
// Ukraine", "in the wake of the Russian invasion of Ukraine, Norway said"): neither an actor nor what the clause is about.
const WAR_AS_BACKDROP =
  /\b(?:during|amid|amidst|since|throughout|in +the +wake +of|following|after) +(?:the +)?(?:russia's +|moscow's +|russian +)?(?:[\w-]+ +)?(?:war|invasion|aggression) +(?:in|on|of|against) +ukraine\b/g;

// Timing about the force itself or about Moscow's move ("if it is deployed", "if Russia comes to the table"), and a
// government's own coalition breaking up: each needs a word most sentences lack, so each is read behind its gate.
const FORCE_TIMING =
  /\b(?<!\bonly +)(?:if|once|when) +(?:it|one|such +an? +(?:force|mission|contingent)|the +(?:force|mission|contingent)) +is +(?:deployed|created|set +up|established|formed)\b/g;
const RUSSIA_TIMING =
  /\b(?<!\bonly +)(?:if|once|when|after|as +soon +as) +(?:russia|moscow|putin|the +kremlin) +(?:finally +|eventually +|ever +|actually +)?(?:comes? +to +the +(?:negotiating +)?table|agrees? +to +(?:a +|the +)?(?:ceasefire|truce|peace(?: +deal)?)|accepts? +(?:a +|the +)?(?:ceasefire|truce|peace(?: +deal)?)|signs? +(?:a +|the +)?(?:ceasefire|truce|peace(?: +deal)?)|(?:stops|ends|halts) +(?:its +|the +)?(?:war|fighting|attacks|aggression|invasion))\b/g;
const COALITION_BREAKUP =
  /\b(?:exit|exits|withdrawal|departure|walkout|pulled +out|pulls +out|quit|quits|left|leaves|leaving) +(?:from +|of +)?(?:the +)?coalition\b|\bcaretaker +government\b/g;
const FORCE_TIMING_GATE = /\b(?:deployed|created|set +up|established|formed)\b/;
const BACKDROP_GATE = /\b(?:war|invasion|aggression)\b/;
const RUSSIA_WORD = /\b(?:russia|moscow|putin|the kremlin)\b/;

// Not contributions, each behind a word most sentences lack: helping "strengthen Ukraine on land, sea and air" is
// building its forces, not deploying one's own; agreeing to a ceasefire is no pledge (inside "if they agree to a ceasefire"
// it is the time of a deployment, read below); a "UN-monitored" force names its
// monitor, not the sentence's subject; refusing a demand made of Ukraine ("refusing the demilitarisation of Ukraine")
// refuses no contribution; "did not specify whether troops would serve in a training capacity or as peacekeepers" leaves
// a detail open, not the offer; Moscow saying it "would regard any peacekeeping mission as a hostile intervention"
// is no offer ("would" there is not readiness); in "air support for European troops" the troops receive the support.
const NOT_A_CONTRIBUTION_RARE =
  /\b(?:help +(?:to +)?)?(?:strengthen(?:s|ed|ing)?|reinforc(?:e|es|ed|ing)|bolster(?:s|ed|ing)?) +(?:(?:ukraine|kyiv)(?:'s(?: +[\w-]+){1,2})? +)?on +land,? +(?:at +)?sea,? +and +(?:in +(?:the +)?)?air\b|\b(?<!\b(?:if|once|when|after|as +soon +as) +(?:[\w.'’-]+ +){1,6}?)(?:agreed|agree|agrees|agreeing) +(?:on +|to +)(?:a +|an +|the +)?(?:[\w-]+ +)?(?:ceasefire|cease-fire|truce)\b|\b[\w.]+-(?:monitored|supervised|observed)\b|\b(?:refus\w*|reject\w*|oppos(?:e|es|ed|ing)|rul(?:e|es|ed|ing) +out) +(?:any +|the +)?(?:demilitari[sz]ation|neutrality|capitulation|surrender|territorial +concessions?)\b|\b(?:did|does|would) +not +(?:specify|say|reveal|detail) +whether\b(?=[^,;]{0,60}?\b(?:serve|act|operate) +(?:in|as)\b)[^,;]{0,150}|\b(?:would|will) +(?=(?:regard|consider|treat|view) +[^,;]{0,80}? +as +(?:an? +)?(?:hostile|legitimate +targets?|threat|intervention|occupation|provocation)\b)|(?<=\b(?:support|cover|protection|backing|backstop|assistance) +(?:for|to) +(?:the +|such +|any +|those +)?)(?:european|allied|coalition|western|partner|nato|british|french) +(?:ground +)?(?:troops|forces|soldiers|peacekeepers|contingents?)\b/g;
const NOT_A_CONTRIBUTION_WORD =
  /\b(?:strengthen\w*|reinforc\w*|bolster\w*|agree[sd]?|agreeing|monitored|supervised|observed|demilitari[sz]ation|neutrality|capitulation|surrender|territorial|whether|regard|consider|treat|view|support|cover|protection|backing|backstop|assistance)\b/;

// More wordings that state no stance on contributing, each behind words few sentences hold. Adding those words to the
// gate above made nine sentences in ten run its patterns; one literal scan of all of them is cheaper.
const NOT_A_STANCE_GATED: ReadonlyArray<readonly [gate: readonly string[], pattern: RegExp]> = [
  // refusing "to specify" how many troops refuses an answer, not troops; a question about the force or which countries
  // is no one's offer, while "how many French troops would go" still offers French troops
  [
    ['refus', 'declin'],
    /\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)) +to +(?:specify|say|name|disclose|reveal|comment|confirm|identify|elaborate|detail|discuss|answer|give +details)\b(?:(?=[^;]{0,120}?\b(?:which +countries|international|multinational|such +an? +(?:force|mission|contingent)|the +coalition)\b)[^;]{0,200})?/g,
  ],
  // Moscow reacting "to Britain's plans to deploy" states Britain's plan, not Moscow's
  [
    ['respond', 'react', 'repl', 'hit back', 'lash'],
    /\b(?:respond(?:s|ed|ing)?|react(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|hit +back|lash(?:es|ed|ing)? +out) +(?:[a-z]+ +)?(?:to|at) +[^,;.]{0,60}?(?:'s|’s) +(?:[\w-]+ +){0,2}?(?:plans?|proposals?|idea|offer|initiative) +to\b[^,;]{0,150}/g,
  ],
  // "sending troops would be a mistake" or "deploying peacekeepers requires the consent of both sides" judges a move; no
  // one offers it
  [
    ['sending ', 'deploying ', 'stationing ', 'putting ', 'dispatching '],
    /(?:^|(?<=\b(?:that|said|says|say) +|[,;:—–] *))(?:sending|deploying|stationing|putting|dispatching) +[^,;.]{0,80}? +(?:(?:would|could|will|might) +(?:be|give|hand|mean|provoke|risk|lead|amount|constitute|create|pose|escalate|drag|only|not)|requires?|needs)\b(?:(?! +(?:but|although|though|while|whereas)\b)[^;]){0,150}/g,
  ],
  // troops that "would not serve as an offensive force" are offered with a limit, not refused
  [
    ['offensive', 'combat force', 'fighting force'],
    /\b(?:(?:would|will|shall) +)?(?:not|never) +(?:be +)?(?:serve|serving|act|acting|operate|operating|used|deployed) +as +(?:an? +)?(?:offensive|combat|fighting) +(?:force|forces|troops|units?)\b[^,;]{0,60}/g,
  ],
  // a fear that Moscow will accuse peacekeepers is no one's pledge
  [['fear', 'worr'], /\b(?:fears?|feared|fearing|worr(?:y|ies|ied|ying)) +that\b[^;]{0,200}/g],
  // "claiming that a military presence from a random country will not be enough": a judgement of what suffices, no
  // refusal and no offer of what it judges (the clause is blanked from its comma or semicolon)
  [
    ['enough', 'sufficient', 'suffice', 'adequate'],
    /[^,;:]{0,200}?\b(?:(?:will|would|could|does|do|did) +not|won['’]t|wouldn['’]t|couldn['’]t|doesn['’]t|isn['’]t|is +not|are +not|aren['’]t) +(?:be +)?(?:enough|sufficient|adequate|suffice)\b/g,
  ],
  // "will not stand by as malign activity increases": a promise to act, no refusal
  [['stand'], /\b(?:will|would|shall|cannot|can +not|won['’]t|wouldn['’]t|can['’]t) +(?:not +)?stand +(?:idly +)?by\b/g],
  // "met Trump to plead for a US backstop": what is asked for is nobody's offer yet
  [['plead', 'pled', 'appeal', 'lobby', 'lobbied', 'lobbies'], /\b(?:plead(?:s|ed|ing)?|pled|appeal(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)) +for\b[^,;.]{0,120}/g],
  // "suggested Ukraine pay for U.S. support with its resources": the payer is Ukraine, no one's funding
  [
    ['pay for', 'pays for', 'paid for', 'paying for'],
    /\b(?:ukraine|kyiv|ukrainians) +(?:(?:should|would|will|could|must|can|to|has +to|have +to) +)?(?:pay|pays|paid|paying) +for\b[^,;.]{0,100}/g,
  ],
  // "a force for Ukraine with US support": the US qualifies another subject's plan and is not its actor; after the
  // country's own readiness ("ready to join with US backing") it stays the condition it is
  [
    ['with us', 'with u.s', 'with american', 'with washington', 'with the us', 'with the united'],
    /(?<!\b(?:ready|willing|prepared|open|only|unless|if)\b[^,;.]{0,80})\bwith +(?:the +)?(?:us|u\.s\.|american|washington['’]s|united +states['’]?) +(?:support|backing|help|assistance)\b/g,
  ],
  // "peace that delivers on what Trump promises": a promise named as an object, no pledge on this story
  [['what'], /\bwhat +(?:[\w.'’-]+ +){1,4}?(?:promises|promised|pledges|pledged|offers|offered)\b/g],
  // "joined Western leaders in a call to discuss a peacekeeping mission", "to join a call on Ukraine peacekeeping", "joins
  // Ukraine peacekeeping force talks": taking part in talks (the call itself is read as such), no pledge of what they discuss
  [
    ['join'],
    /\bjoin(?:s|ed|ing)? +(?:[^,;.]{0,60}?\b)?(?:calls?|meetings?|talks|summit|video +conference|videoconference)\b[^,;.]{0,60}?\b(?:to +discuss\b[^,;]{0,200}|(?:on|about|over) +(?:[\w'’-]+ +){0,4}?(?:peace-?keeping|peacekeepers|troops|(?:security +)?guarantees|force|mission|deployment)\b)|\bjoin(?:s|ed|ing)? +(?:the +)?(?:[\w'’-]+ +){0,5}?(?:peace-?keeping|peacekeepers|troops?|(?:security +)?guarantees?|force|mission|deployment) +(?:[\w-]+ +){0,2}?(?:talks|calls?|meetings?|discussions|negotiations|planning)\b/g,
  ],
  // "loans for joint defence investments": money for the lenders' own defence, no funding for Ukraine
  [
    ['defence', 'defense'],
    /(?:\b(?:up +to +)?[€$£]?\d[\d.,]* ?(?:billion|bn|million|m)\b +(?:in +)?(?:[\w-]+ +){0,2}?)?\b(?:loans?|funding|financing|funds?|credit)\b[^,;.]{0,30}? +for +(?:joint +|common +|european +|national +|their +own +|its +own +)?defen[cs]e +(?:investments?|procurement|spending|projects?|industry|industries)\b/g,
  ],
  // "so Russia cannot win the war": a war aim, no refusal of anything
  [['win'], /\b(?:cannot|can +not|can['’]t|must +not|mustn['’]t|will +not|won['’]t|should +not|does +not|doesn['’]t) +win\b(?: +(?:this|the) +war)?/g],
  // "questioned the mission's objectives and what actions would be taken", "questions about what British troops would do":
  // what is asked about is no one's pledge
  [
    ['question', 'wonder'],
    /\b(?:question(?:s|ed|ing)?|wonder(?:s|ed|ing)?) +(?:about +|over +)?(?:what|how|whether|why|the +(?:[\w’'-]+ +)?(?:objectives?|purpose|aims?|goals?|mandate))\b(?:(?! +but\b)[^;]){0,160}/g,
  ],
  // "the tanker, after refusing to comply with sanctions": a refusal to obey a measure is no country's stance on it
  [['comply'], /\b(?:refus\w*|fail\w*|declin\w*) +to +comply +with\b[^,;.]{0,80}/g],
  // "called it most important that these efforts would be backed by American-led monitoring": a need stated, no pledge
  [
    ['important', 'essential', 'crucial', 'vital'],
    /\bcall(?:s|ed|ing)? +it +(?:most +|very +|especially +|particularly +)?(?:important|essential|crucial|vital) +that\b[^;]{0,200}/g,
  ],
  // "a backstop of military support from the US": the support is the backstop, not equipment of its own
  [['backstop', 'safety net'], /(?<=\b(?:backstop|safety +net)\W{0,3}) +of +(?:[\w-]+ +)?(?:military +)?(?:support|aid|assistance)\b/g],
  // "but excluded Moscow from his April tariff announcements": left out of a trade measure, no stance on sanctions
  [['exclud'], /\bexclud(?:e|es|ed|ing) +(?:russia|moscow|the +kremlin) +from\b[^,;.]{0,80}/g],
  // "discussions on guarantees for the forces that would serve in Ukraine": a relative clause describes the forces, and its
  // "would" pledges nothing (the forces named stay; "a force that would not include US troops" still refuses)
  [
    ['that would', 'which would', 'who would', 'that could', 'which could', 'who could'],
    /(?<=\b(?:forces?|troops|soldiers|peacekeepers|contingents?|personnel|units) +)(?:that|which|who) +(?:would|could|might) +(?!not\b|never\b)(?:be +)?[a-z]+\b/g,
  ],
  // "efforts to create a coalition of the willing that intends to deploy forces": what the coalition intends is no pledge of
  // those who build it
  [
    ['that intend', 'which intend', 'that plan', 'which plan', 'that aim', 'which aim', 'that seek', 'which seek'],
    /(?<=\bcoalition[\s"”'’]{0,40})(?:that|which) +(?:intends?|plans?|aims?|seeks?) +to\b[^,;.]{0,150}/g,
  ],
  // "ready to join the training of the Nordic-Baltic Brigade": a brigade trained or prepared is Ukraine's, not troops sent
  [
    ['brigade'],
    /(?<=\b(?:training|train|trains|trained|preparing|prepare|prepares|prepared|equipping|equip|equips|equipped) +(?:of +)?(?:the +|a +|an +)?(?:[\w-]+ +){0,2})brigades?\b/g,
  ],
  // "military units trained and equipped for peace support operations": the country's own units, described; no training
  [['trained'], /(?<=\b(?:units|forces|troops|soldiers|personnel|brigades?|battalions?) +)trained(?: +and +equipped)?\b/g],
  // "offered no details on whether US jets would patrol": no offer, and the question left open is no one's pledge
  [
    ['offer', 'gave no', 'give no', 'gives no', 'provided no', 'provides no'],
    /\b(?:offer(?:s|ed)?|gave|gives?|provid(?:e|es|ed)) +no +(?:further +|more +)?(?:details?|specifics|clarity|indication|timeline|timetable|figures?|numbers?)\b[^;]{0,150}/g,
  ],
  // what another wants a country to do ("Kyiv wants Britain to lead the force") is none of that country's pledge
  [
    ['want', 'expect'],
    /\b(?:wants?|wanted|wanting|expects?|expected) +(?!to\b)(?:[\w'’.-]+ +){1,3}?to(?= +(?:lead|send|deploy|provide|join|contribute|station|offer|commit)\b)/g,
  ],
  // the reason given after ", arguing" ("blocked the package, arguing it would hurt Europe") is no pledge of it
  [['arguing'], /, +arguing\b[^;]*/g],
  // what is denied ("denied that the US had promised a backstop") is no one's pledge
  [
    ['deny', 'denies', 'denied', 'denying'],
    /\bden(?:y|ies|ied|ying) +(?:that|(?:it|they|he|she|we) +(?:was|were|is|are|had|has|would|will)|(?:any +|a +|an +|the +)?(?:[\w-]+ +)?(?:suggestions?|reports?|claims?) +(?:that|of))\b[^;]{0,200}/g,
  ],
  // commenting "on the possible deployment of Turkish forces" names a topic, not a stance
  [
    ['comment', 'spoke', 'speaks', 'talked', 'remarked'],
    /\b(?:comment(?:s|ed|ing)?|spoke|speaks|talked|remarked) +(?:on|about) +(?:the +)?(?:(?:possible|potential|eventual|future|hypothetical) +)?(?:deployment|sending|dispatch)\b[^,;]{0,150}/g,
  ],
  // discussing "the possibility of sending troops", or "plans to build on Ukraine's army", states no stance on it (being
  // ready to discuss it is openness)
  [
    ['discuss'],
    /\b(?<!\b(?:ready|willing|prepared|open) +to +)discuss(?:es|ed|ing)? +(?:the +)?(?:possibility|potential|prospects?|possible|question|issue|idea|options?|plans?|proposals?)\b[^;]{0,150}/g,
  ],
  // "not as part of NATO" and "not on Russian territory" limit a deployment; they refuse none
  [
    ['nato'],
    /\b(?:(?:would|will|shall) +)?(?:not|never) +(?:be +)?(?:acting|operating|serving|deployed|operate|act|serve)? *(?:as +|under +(?:the +)?|within +(?:the +)?)["“]?(?:a +)?(?:part +of["”]? +)?(?:a +)?nato\b[^,;]{0,60}/g,
  ],
  [
    ['russian territory', 'russian soil'],
    /\b(?:will|would|shall) +not +(?:be +)?(?:operat|deploy|fight|serv|go|enter|cross)\w* +(?:on|in|into|onto) +russian +(?:territory|soil)\b/g,
  ],
  // assurances not received, or sought, that another country "will keep" doing something are no pledge of it
  [
    ['assurance that', 'assurances that', 'guarantee that', 'guarantees that', 'commitment that', 'commitments that', 'promise that', 'promises that'],
    /\b(?:(?:not|never|yet +to) +(?:\w+ +){0,2}?(?:received?|got|gotten|obtained|been +given)|without|(?:seek|seeks|sought|seeking|want|wants|wanted|wanting|demand(?:s|ed|ing)?|ask(?:s|ed|ing)? +for)) +(?:any +|firm +|clear +|the +)?(?:assurances?|guarantees?|commitments?|promises?) +that\b[^;]{0,200}/g,
  ],
  // "has never said it would send troops", "never promised troops": no statement was made, so none is refused or given
  [['never'], /\bnever +(?:said|stated|suggested|indicated|promised|pledged|offered|committed|announced|confirmed)\b[^,;]{0,150}/g],
  // "if Washington and Moscow agree on a truce", "once the two sides reach a ceasefire": the time of the deployment, no
  // condition (SCHEMA.md), whoever makes the peace
  [
    ['agree', 'reach', 'sign', 'strike', 'struck'],
    /\b(?<!\bonly +)(?:if|once|when|after|as +soon +as) +(?:(?!(?:refus|fail|declin|reject)\w*\b|not\b|never\b|\w+n['’]t\b)[\w.'’-]+ +){1,6}?(?:agree|agrees|agreed|reach|reaches|reached|sign|signs|signed|strike|strikes|struck) +(?:on +|to +)?(?:a +|an +|the +)?(?:[\w-]+ +)?(?:ceasefire|cease-fire|truce|peace(?: +deal| +agreement| +settlement)?|settlement|armistice)\b/g,
  ],
  // "as planned by several capitals" is theirs, not the sentence subject's stance
  [
    ['as agreed', 'as pledged', 'as promised', 'as planned', 'as proposed', 'as envisaged'],
    /\bas +(?:agreed|pledged|promised|planned|proposed|envisaged) +by\b[^;]{0,120}/g,
  ],
  // what an agenda includes ("how to keep supplying weapons") is a topic, not a stance
  [['agenda'], /\bagenda\b[^;.]{0,40}? +(?:includes?|included|will +include|covers?|covered|features?)\b[^;]{0,200}/g],
  // a source speaking "on condition of anonymity" sets no condition on anyone's pledge
  [
    ['anonymity', 'not be named', 'not be identified'],
    /\bon +(?:the +)?condition +(?:of +anonymity|(?:that +)?(?:he|she|they|it) +(?:not +be|would +not +be|remain) +(?:named|identified))\b/g,
  ],
  // "from the base, where the fleet command is headquartered" says where, not what is pledged
  [['located', 'headquartered', 'housed'], /,? +where +[^,;]{0,80}? +(?:is|are|was|were) +(?:located|headquartered|housed)\b/g],
  // a truce halting "air, sea and energy attacks" names no air or sea contribution
  [
    ['truce', 'ceasefire', 'cease-fire'],
    /\b(?:truce|ceasefire|cease-fire)\b[^;.]{0,80}?\b(?:attacks?|strikes?)\b|\b(?:air|sea|energy)\b[^;.]{0,40}?\b(?:truce|ceasefire|cease-fire)\b/g,
  ],
];

/** The gates' words in one literal alternation, so most sentences are passed over in one scan. */
const ANY_NOT_A_STANCE_WORD = new RegExp(`\\b(?:${NOT_A_STANCE_GATED.flatMap(([gate]) => gate).join('|')})`, 'g');
/** Each gate word and the gated patterns that need it (a word may open more than one). */
const GATES_OF_WORD = new Map<string, number[]>();
NOT_A_STANCE_GATED.forEach(([gate], index) => {
  for (const word of gate) GATES_OF_WORD.set(word, [...(GATES_OF_WORD.get(word) ?? []), index]);
});

/** The gated patterns whose words the sentence holds, by index (null when none): one scan for all their words. */
function gatesPassed(text: string): boolean[] | null {
  let passed: boolean[] | null = null;
  ANY_NOT_A_STANCE_WORD.lastIndex = 0;
  for (let match = ANY_NOT_A_STANCE_WORD.exec(text); match; match = ANY_NOT_A_STANCE_WORD.exec(text)) {
    passed ??= [];
    for (const index of GATES_OF_WORD.get(match[0])!) passed[index] = true;
  }
  return passed;
}

// One pass for everything that is blanked whole (about a third faster with the word boundaries shared).
const BLANKED = alternationSharingBoundaries([NOT_A_COMMITMENT, RELATIVE_ASIDE, TIMING, TIMING_MORE, RECIPIENT_FORCES, COALITION_DOES, NOT_A_PLEDGE], 'g');

// Help that goes to someone else, or stays at home: sanctions on Iran, money for a budget deficit or new hospitals, training
// or funding another country's army, arms a country receives or buys from another, the European Sky Shield.
const NOT_FOR_UKRAINE =
  /\bsanctions +(?:on|against) +(?:the +)?(?:[\w-]+ +){0,2}?(?:iran|iranian|venezuela\w*|north +korea\w*|syria\w*|israel\w*|settlers|china|chinese|cuba\w*|myanmar|nicaragua\w*|hamas|houthis?)\b|\b(?:fund|financ)\w* +(?:its|their|the|new|a) +(?:own +)?(?:budget|deficit|hospitals?|schools?|pensions?|roads?|railways?|infrastructure|health +care|healthcare|welfare|universities|housing|tax +cuts?)\b|\bissu\w* +(?:new +)?bonds\b|\b(?:train|fund|financ|equip|arm)\w* +(?:the +)?(?:\w+ +)?(?:syrian|lebanese|iraqi|philippine|filipino|taiwanese|malian|nigerien|somali|kenyan|libyan|afghan|palestinian|jordanian|egyptian|israeli|moldovan|georgian|armenian) +(?:army|armed +forces|military|soldiers|troops|forces|units|police|recruits|navy)\b|\b(?:receiv|gets?\b|got\b|obtain|acquir|purchas|buy|bought)\w* +(?:[\w,-]+ +){0,4}?(?:jets|tanks|aircraft|f-\d+s?|missiles|drones|systems|ships|frigates|weapons|arms|equipment|vehicles)\b(?= +from\b)(?![^.;]*\b(?:to|for) +ukraine\b)|\b(?:european +)?sky +shield(?: +initiative)?\b/g;
// The words one of them needs, looked for as plain substrings (a scan for every word of the pattern costs more).
const NOT_FOR_UKRAINE_WORDS = ['sanctions', 'fund', 'financ', 'bonds', 'train', 'equip', ' arm', 'sky shield'];
const RECEIVING = /\b(?:receiv|gets?\b|got\b|obtain|acquir|purchas|buy|bought)/;

// "the ammunition coalition", "the IT coalition", "the maritime capability coalition", "a four-party coalition": groups
// of other kinds than the coalition of the willing; what they deal in is read as it stands.
const OTHER_COALITION =
  /\b(?:ammunition|shells?|drones?|it|maritime|naval|capability|armou?r(?:ed)?|air +force|air +defen[cs]e|de-?mining|artillery|tanks?|jets?|f-16|fighter +jets?|skills|energy|long-range|[a-z]+-party|centre-right|center-right|centre-left|center-left|left-wing|right-wing|conservative|liberal|czech)(?: +capability)? +coalition\b|\bcoalition(?= +(?:with|between) +(?:the +)?(?:[\w-]+ +){0,3}?(?:party|parties|social +democrats|greens|liberals|conservatives)\b)/g;

// "would make its air base available for the coalition's aircraft": hosting, as the bases are (SCHEMA.md, outside the taxonomy).
const MADE_AVAILABLE =
  /\b(?:make|makes|making|made) +(?:its|their|our) +(?:[\w-]+ +){0,2}?(?:bases?|airfields?|ports?|airspace|territory|facilities) +available\b[^,;]{0,80}/g;

/**
 * The blanks each behind a test of the words it needs, in the order they apply (a later one reads what the earlier
 * ones left). Each test is cheaper than its pattern and fails on most sentences.
 */
const BLANKED_BEHIND_A_GATE: ReadonlyArray<readonly [gate: (work: string) => boolean, pattern: RegExp]> = [
  [(work) => work.includes(' available'), MADE_AVAILABLE],
  [reportedByAside, REPORTING_ASIDE],
  [(work) => work.includes(' is ') && FORCE_TIMING_GATE.test(work), FORCE_TIMING],
  [(work) => RUSSIA_WORD.test(work), RUSSIA_TIMING],
  [(work) => work.includes('coalition'), COALITION_BREAKUP],
  [(work) => work.includes('ukraine') && BACKDROP_GATE.test(work), WAR_AS_BACKDROP],
  [(work) => RARE_NOT_A_PLEDGE_WORD.test(work), NOT_A_PLEDGE_RARE],
  [(work) => NOT_A_CONTRIBUTION_WORD.test(work), NOT_A_CONTRIBUTION_RARE],
  [(work) => NOT_FOR_UKRAINE_WORDS.some((word) => work.includes(word)) || (work.includes(' from ') && RECEIVING.test(work)), NOT_FOR_UKRAINE],
];

/** The working copy of a sentence already in `lowerText` form. */
export function workingText(lower: string): string {
  let work = lower.replace(COALITION_NAME, (m) => 'coalition' + ' '.repeat(m.length - 'coalition'.length));
  if (work.includes('coalition') && MEMBERSHIP_GATE.test(work))
    work = work.replace(MEMBERSHIP_EVENT_TOLERANT, (m) => MEMBERSHIP_TEXT + ' '.repeat(m.length - MEMBERSHIP_TEXT.length));
  work = blankMatches(work, BLANKED);
  for (const [gate, pattern] of BLANKED_BEHIND_A_GATE) if (gate(work)) work = blankMatches(work, pattern);
  const passed = gatesPassed(work);
  for (let index = 0; passed !== null && index < NOT_A_STANCE_GATED.length; index++) {
    if (passed[index] === true) work = blankMatches(work, NOT_A_STANCE_GATED[index]![1]);
  }
  // One scan decides whether any of the rarer blanks can apply; most sentences have none of their words.
  const rare = RARE_WORDS.exec(work);
  if (rare) {
    if (rare[1] || RARE_AID.test(work)) work = blankMatches(work, AID_MONEY);
    if (work.includes('attack')) work = blankMatches(work, IF_ATTACKED);
    if (RARE_PLAN.test(work)) work = blankPlanDescriptions(work);
  }
  if (work.includes('coalition')) work = work.replace(OTHER_COALITION, (m) => blankTail(m, 'coalition'));
  const trained = work.replace(TRAINEES, blankTail);
  return trained.includes('train') ? blankMatches(trained, SENT_TO_TRAIN) : trained;
}

// What a force or its headquarters is for ("a force HQ to help secure Ukraine's skies and seas") describes the plan, not anyone's pledge.
const FORCE_PURPOSE =
  /\b(?:(?:secure|protect|safeguard|guard|defend|regenerate) (?:ukraine's |ukrainian |the |its )?(?:skies|sky|seas|airspace|waters|armed forces|army|land)(?:(?:,|,? and|,? or) (?:its |the )?(?:skies|sky|seas|sea|airspace|waters|land|armed forces))*)/g;
const COORDINATED_PLEDGE = /\band +to +(?:help +(?:to +)?)?$/;
const FORCE_BEFORE = /\b(?:force|forces|headquarters|hq|mission|command)\b[^.;]*$/;
// A force's headquarters is a structure of the plan, not troops on the ground.
const FORCE_HEADQUARTERS = /\b(?:reassurance|multinational|stabili[sz]ation|international) force(?= (?:headquarters|hq)\b)/g;

const RARE_WORDS =
  /\b(?:(humanitarian|reconstruction)|recovery|energy|medical|civilian|climate|attack\w*|headquarters|hq|secure|protect|safeguard|guard|defend|regenerate)\b/;
const RARE_AID = /\b(?:humanitarian|reconstruction|recovery|energy|medical|civilian|climate)\b/;
const RARE_PLAN = /\b(?:headquarters|hq|secure|protect|safeguard|guard|defend|regenerate)\b/;

function blankPlanDescriptions(work: string): string {
  let out = blankMatches(work, FORCE_HEADQUARTERS);
  for (const match of allMatches(FORCE_PURPOSE, out)) {
    const before = out.slice(Math.max(0, match.index - 70), match.index);
    // "ready to deploy a force, and to help secure the skies": a second pledge of the same speakers, not what the force is for.
    if (!FORCE_BEFORE.test(before) || COORDINATED_PLEDGE.test(before)) continue;
    out = out.slice(0, match.index) + ' '.repeat(match[0].length) + out.slice(match.index + match[0].length);
  }
  return out;
}

/** Blanks everything from `from` to the next comma, semicolon or the end: the body of a condition. */
export function blankConditionBody(work: string, from: number, end: number): string {
  let stop = from;
  while (stop < end && work[stop] !== ',' && work[stop] !== ';') stop++;
  return blank(work, from, stop);
}
