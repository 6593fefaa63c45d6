import { allMatches } from '../text/all-matches.js';

/**
 * Contrast splits a sentence into claims with different stances: "would not deploy troops but
 * is ready to help de-mine the Black Sea". A clause after "rather than" / "instead of" /
 * "without deploying" names what the actor declines. A "but" that only adds the actor's own condition ("ready to send
 * troops, but only if ...", "but two conditions must be met") does not split: the condition is on that offer.
 */
export interface Clause {
  start: number;
  end: number;
  /** The clause states what is declined ("rather than ground troops"). */
  negated: boolean;
  /** The clause continues the previous one's actor (after "but", "while", ";"). */
  continues: boolean;
  /** A headline's comma before a new actor: "Spain open to sending troops, Greece rules out deployment" shares the topic. */
  headlineBreak?: boolean;
}

// Alternatives grouped by their first character (comma, semicolon, space) so that most positions fail at once.
const SPLIT =
  /(?:,(?:\s*however,?\s+|\s*even (?:though|as)\s+|\s*(?:paired|coupled|combined) with\s+|\s*whereas\s+|\s*while\s+|\s*though\s+|\s+(?=(?:offers?|offered|pledges?|pledged|vows?|vowed|backs?|backed|rules? out|ruled out|signs?|signed|keeps?|kept)\b|(?=(?:will|won't|would|to +(?:provide|send|deploy|fund|help|train|supply|lead|join|contribute|monitor)|ready|open|undecided|no +(?:troops|soldiers|boots|decision)|not +yet|yet +to)\b)(?<=\b(?:will|won't|would|not|no|never|out|ready|open|undecided|decision|pledged|offered|committed)\b[^,;]{0,120},\s+)|(?=no +(?:[\w-]+ +){0,2}?(?:troops|soldiers|boots|ground +forces)\b)|(?=(?:will|would|has|have|is|are)\b)(?<=,\s*(?:(?:while|whilst|though|although)\s+)?(?:(?!including\b)[a-z]+ing|still|wary|unwilling|reluctant|hesitant|cautious|keen|eager|loath|unable)\b[^,;]*,\s+))|\s+(?=(?:adding|emphasi[sz]ing|stressing|noting|underlining|insisting) that\b|warning (?:that|it|they)\b|and added that\b|citing\b|(?:preferring|choosing|opting|electing) (?:instead )?to\b)|\s*not\s+(?=(?:[a-z]+\s+)?(?:troops|soldiers|forces|boots|jets|warships|ships|weapons|money|personnel|peacekeepers)\b))|;(?:\s*however,?\s+|\s+)|,?\s+(?:but\s+(?!only\s+(?:if|when|once|after|with|under|on)\b|(?:[a-z]+\s+){0,3}conditions?\b|on\s+(?:the\s+)?condition|provided\b|subject\s+to\b|contingent\b)|although\s+|while\s+(?=[a-z]+ing\b)|(?:rather than|instead of)\s+|without\s+(?=deploying|sending|putting|providing)|(?=without\s+(?:yet\s+)?(?:committing|pledging)\b)|and\s+(?=(?:is|are|was|were|will|would|has|have|had|backs|backed|offered|offers|pledged|pledges|ruled|rules|signed|expressed|said|says)\b)))/g;
const LEADING_SUBORDINATE =
  /^\s*(?:despite|although|though|while|whereas|even though|as|after|since|because|following|ahead of|in response to|responding to|whether or not)\b/;
const NOT_THIS_ONE =
  /^\s*not\s+(?:with\s+|in\s+the\s+form\s+of\s+)?(?:any\s+)?(?:[a-z-]+\s+){0,2}?(?:troops|soldiers|forces|boots|jets|warships|ships|weapons|money|personnel|peacekeepers)(?:\s+on\s+the\s+ground)?\s*(?:[.,;]|$)/;
/** "..., but it is unclear whether ...": an impersonal "it" goes on with no one's position. */
const IMPERSONAL_OPENING = /^\s*it\s+(?:is|was|remains|remained|'s)\s+(?:still\s+|also\s+)?(?:unclear|uncertain|not\s+clear|unknown|not\s+known|too\s+early)\b/;

/**
 * `breaks` are extra split points (a comma before a new actor in a headline); `subordinates` are
 * where a subordinate clause with a subject of its own begins ("... as the US signals it will
 * pause aid"): that clause neither continues the actor before it nor shares its topic.
 */
export function splitClauses(work: string, breaks: number[] = [], subordinates: number[] = []): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let negated = false;
  let continues = false;
  if (LEADING_SUBORDINATE.test(work)) {
    const comma = work.indexOf(',');
    if (comma > 0) {
      clauses.push({ start: 0, end: comma, negated: false, continues: false });
      start = comma + 1;
    }
  }
  const points: Array<{ index: number; text: string; fresh: boolean; own?: boolean }> = allMatches(SPLIT, work).map((m) => ({
    index: m.index,
    text: m[0],
    fresh: false,
  }));
  for (const at of breaks) points.push({ index: at, text: ',', fresh: true });
  for (const at of subordinates) points.push({ index: at, text: ' ', fresh: false, own: true });
  points.sort((a, b) => a.index - b.index);
  let headlineBreak = false;
  for (const point of points) {
    if (point.index < start) continue;
    clauses.push(makeClause(start, point.index, negated, continues, headlineBreak));
    start = point.index + point.text.length;
    // "... but not ground troops", ", though not with ground troops": what follows is the one thing declined.
    negated = /rather than|instead of|without|^[\s,]*not\b/.test(point.text) || NOT_THIS_ONE.test(work.slice(start, start + 60));
    continues = !point.fresh && !point.own && !IMPERSONAL_OPENING.test(work.slice(start, start + 40));
    headlineBreak = point.fresh;
  }
  clauses.push(makeClause(start, work.length, negated, continues, headlineBreak));
  return clauses.filter((c) => c.end > c.start);
}

// Not a closure inside splitClauses: under tsx (bench, tests) each local named function costs a naming call per creation.
function makeClause(start: number, end: number, negated: boolean, continues: boolean, headlineBreak: boolean): Clause {
  return headlineBreak ? { start, end, negated, continues, headlineBreak } : { start, end, negated, continues };
}
