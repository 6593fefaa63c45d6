import type { Commitment, Stance } from '../../model/taxonomy.js';

/**
 * The words that signal a commitment type or a stance (eval/SCHEMA.md). All patterns run on the
 * "working" form of a clause: lower case, straight quotes, same length as the original so that
 * offsets line up with country mentions. Every pattern is a plain alternation (no nested
 * quantifiers), so matching stays linear in the clause length.
 */

const RAW_COMMITMENT_CUES: ReadonlyArray<[Commitment, RegExp]> = [
  [
    'ground_troops',
    /\b(?:troops?|soldiers?|infantry(?! (?:fighting )?vehicles?)|self-defen[cs]e forces|sdf|own(?<=\b(?:send|sends|sending|deploy\w*|dispatch\w*) (?:any (?:of )?)?(?:its|their|our) own)(?=[.,;]|$)|staff officers?|boots on the ground|ground forces|land forces|contingents?(?! (?:on|upon)(?! (?:the )?(?:territory|ground|soil|ukrainian)\b))|reassurance force|stabili[sz]ation force|peace-?keep(?:ers|ing)(?! coalition)|military personnel|servicemen|service members|brigades?|battalions?|(?:deploy(?:ing|ment of)?|send(?:ing)?|station(?:ing)?|dispatch(?:ing)?|contribut(?:e|es|ed|ing)(?! to\b)) (?:\w+ ){0,2}?(?<!naval |air |maritime )(?:forces|personnel)|(?:deploy(?:ing|ment of)?|send(?:ing)?|station(?:ing)?|dispatch(?:ing)?) (?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}?(?:(?<!naval |air |maritime |task |police )force\b(?! (?:of|for) )|(?<!naval |air |maritime |police |defen[cs]e |patriot |missile |radar |medical )(?:units?|platoons?|detachments?)\b)|forces (?:to|in|into|inside) ukraine|(?:send|deploy|dispatch|station)(?:s|ing)? (?:its|their|our|any) (?:own )?(?:military|army|armed forces)(?= (?:to|in|into|on) (?:ukraine|ukrainian (?:soil|territory)))|forces (?:will |would )?(?:not )?(?:be )?(?:deployed|stationed|sent) (?:to|in|into) ukraine|(?:deployment|presence|boots) (?:on|in|to) (?:ukrainian (?:soil|territory)|ukraine)|on ukrainian (?:soil|territory)|land, sea,? and air)\b/g,
  ],
  [
    'air',
    /\b(?:air policing|air support|air defen[cs]e|air cover|air power|airpower|air forces?(?! one| base)|fighter jets|jets|(?:aviation|air) assets|military aviation|f-16s?|aircraft|air patrols?|no-fly zone|skies|sky shield|airspace|and air|or air|by air|air(?! force one| force base))\b/g,
  ],
  [
    'maritime',
    /\b(?:naval|navy|navies|maritime|black sea|de-?mining|mine-?clearing|mine clearance|minesweep\w*|mine countermeasures|warships?|frigates?|seas?|(?:ships|vessels|minehunters)(?<=\b(?:send|sends|sent|sending|deploy\w*|dispatch\w*|contribut\w*|provid\w*|offer\w*) (?:[\w-]+,? ){0,4}?(?:ships|vessels|minehunters)))\b/g,
  ],
  // "regenerate / restore / rebuild Ukraine's armed forces", "the restoration of the Ukrainian army" is training; in the working copy the object is blanked as a recipient (working-text.ts).
  [
    'training',
    /\b(?:train|trains|training|trained|trainers|instructors?|(?:regenerat|restor|rebuil|reconstitut)(?:e|es|ed|ing|ds?|ding|t|ation|ion)(?=(?:\s+of)?(?:\s+the)?(?:\s{8,}|\s+(?:ukraine's|ukrainian|kyiv's)\s+(?:armed forces|army|military|forces)\b)))\b/g,
  ],
  [
    'equipment',
    /\b(?:weapons?|arms|missiles?|equipment|equipping|equip|ammunition|munitions|artillery|patriot systems|tanks|drones|military aid|(?<!\bnon-)military (?:support|assistance)|armou?red vehicles|(?:infantry )?fighting vehicles|combat vehicles|(?:ukraine's|ukrainian|kyiv's) (?:military|defen[cs]e) capabilit(?:y|ies))\b/g,
  ],
  [
    'funding',
    /\b(?:(?:funding|fund|funds|financ(?:e|es|ed|ing)|money)(?! (?:for|of|to) (?:russia|moscow|the kremlin|putin))(?! (?:corporation|ministers?|ministry|ministries|committee)\b)|pay(?:ing)? for|loans?|financial (?:assistance|aid|support)|\d+(?:\.\d+)? ?(?:billion|bn|million|m)\b(?! (?:rounds|shells|people|refugees|barrels|tonnes|tons|doses|drones|units|troops|soldiers|residents|civilians|(?:(?:dollars|euros|pounds) )?worth of))|(?:euros?|dollars|pounds) (?:for|to))\b/g,
  ],
  [
    'monitoring',
    /\b(?:monitor(?:s|ed|ing)?|observers?|supervis(?:e|es|ed|ing|ion of) (?:the |a )?(?:ceasefire|truce)|observ(?:e|ing) (?:the|a) (?:ceasefire|truce)|verification mission|ceasefire verification)\b/g,
  ],
  ['intelligence', /\b(?:intelligence|(?<!\b(?:maritime|naval|sea|air) )surveillance|reconnaissance|isr|satellite (?:data|imagery)|early warning)\b/g],
  [
    'backstop',
    /\b(?:backstop|back-stop|safety net|security (?:assurances?|guarantees?) from (?:the )?(?:us|u\.s\.|washington|united states|america)|(?:us|u\.s\.|american) (?:security )?(?:guarantees?|assurances?|backing|backstop)|back(?:ing)? (?:up )?(?:the |a )?european (?:force|troops|mission)|support (?:the |a )?(?:multinational|european(?:-led)?|reassurance) (?:forces?|troops|mission)|(?:security )?(?:guarantees?|assurances?|backing) (?:to|for) (?:the |a )?european(?:-led)? (?:\w+ )?(?:force|forces|troops|mission|peacekeep\w*|efforts?|deployment))\b/g,
  ],
  [
    'sanctions',
    /\b(?:sanctions?|economic pressure|tariffs?|price cap|oil embargo|embargo|asset freeze|restrictive measures|align (?:\w+ ){0,2}?(?:own )?measures|pressure on (?:russia|moscow|putin|the kremlin)(?! to (?:engage|negotiate|agree|accept|come|return|join|sit))|(?:ban|bans|embargo) on russian (?:\w+ ){0,3}?(?:oil|gas|exports|imports)|restrictions on russia's economy|restrictions (?:on|against) (?:russia|moscow|russian)\b)\b/g,
  ],
  [
    'coalition',
    // A government's own coalition ("the coalition deal needs approval", "the ruling coalition") is domestic politics.
    /\b(?:security guarantees?|guarantees?|(?:ukraine's |kyiv's )?security guarantors?|guarantors? of (?:ukraine|kyiv)|security assurances?|security arrangements|security measures|(?<!(?:governing|ruling|grand|government|traffic[- ]light|three-party|two-party) )coalition(?! (?:deal|agreement|government|partners?|negotiations|treaty|contract|pact|parties|party)\b)|reassurance mission|military commitments|security commitments|post-?war security|multinational force|international force|the effort|the mission|the force|(?:ukraine's|kyiv's) security|security (?:of|for) ukraine|(?:specific|concrete|national|any) contributions?|contributors?|(?:level|extent|scale|nature|degree|form|size|shape) of (?:[\w.]+ )?(?:involvement|participation|contribution)|the (?:ukraine|ukrainian|european|european-led|multinational|coalition|proposed|planned|future|international) (?:force|mission)|(?:its|their|our) (?:own )?(?:possible |potential |eventual |main |key |principal |biggest |largest |first )?(?:participation|contribution)|post-?war role|(?:play|plays|played|playing) (?:its|their|our) (?:full )?part)\b/g,
  ],
];

/** A condition whose body names someone else's act: "if Russia refuses talks", "provided the US backs it". */
const RAW_CONDITION_CLAUSE =
  /\b(?:without(?<=\b(?:not|never|cannot|won't|wouldn't|can't|unable)\b[^,;.]{0,80}without) (?:a |an |the |any )?(?=(?:[a-z]+['’]s )?(?:(?:us|u\.s\.|american|nato|un|firm|clear|solid|credible|strong|parliamentary|legal) )*(?:backstop|guarantees?|security guarantees?|mandate|approval|backing|safety net|support|air cover|cover|involvement|participation|vote|consent|permission)\b)|only if|only when|only once|only after|only in the event|only (?:do so |act |go )?(?:with|under)|unless|provided (?:parliament|lawmakers|mps|congress|washington|moscow|russia|nato|they|we|both sides|all sides|that|the|it|a|there)|providing that|on (?:the )?condition(?: that)?|as long as(?<!\bfor as long as)(?! (?:it takes|needed|necessary|required|possible|it is needed|it is necessary)\b)(?! (?:my|our|his|her|the|this|their) (?:government|party|administration|cabinet) (?:is|remains|stays) in (?:power|office)| (?:i|he|she|we|they) (?:am|is|are|remain|remains|stay|stays) in (?:power|office|charge))|in exchange for|should (?:mps|parliament|lawmakers|voters|deputies) |if (?!(?:it |that |this |there |they |we )?(?:is |was |were |be |are )?(?:a )?(?:needed|necessary|required|possible|need|asked|requested|invited|called upon))(?!you (?:could|can|want to|will) (?:talk|speak) about)(?!you (?:really )?(?:want|wish)\b)(?!(?:we|they|it|i) (?:were|was) on (?:our|their|its|my) own\b)(?!(?:[\w-]+ ){1,4}(?:is|are|was|were|becomes?) (?:needed|necessary|required)\b))\b/g;
/** A condition named by a word whose object is the thing required: "contingent on", "subject to", "requires". */
const CONDITION_WORD =
  /\b(?:pending (?:a |the )?(?:[a-z]+['’]s )?(?:parliament\w*|parliamentary|approval|vote|ratification)|condition(?:s|ed|ing) (?:[\w-]+ ){1,7}?on (?=\w)|only decide\b(?=[^,;]{0,60}?\b(?:once|when|after|if|until)\b)|decisions? (?:would|will) only be (?:taken|made)\b|(?:would|will) have to be (?:satisfied|met|approved|fulfilled)|must first(?! (?:now )?(?:negotiate|reach|agree|achieve|secure|get|have) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:peace|ceasefire|deal|settlement|agreement))|needs? (?:the )?approval|requires? (?:the )?approval|(?:(?:a|the) )?vote in (?:the )?(?:parliament|bundestag|dail|dáil|sejm|seimas|congress|riksdag|storting)|(?:would|will|does|do|must|needs?|requires?|require) (?:first )?(?:need )?(?:(?:a|the|its|their) )?(?:cabinet|parliament(?:ary|'s)?|government|congressional|legislative|lawmakers'|mps') (?:sign[- ]?off|signoff|approval|consent|go-ahead|green light|authori[sz]ation|backing|vote)|(?:would|will) need (?:a |an |the )?(?:formal )?(?:sign[- ]?off|signoff|approval|consent|go-ahead|green light|authori[sz]ation|mandate)|(?:clear|legal|international|proper|formal) mandate|internationally mandated|(?:parliamentary|congressional|legislative) approval (?:is|would be|will be) (?:necessary|needed|required)|(?:(?:would|will|must|to|has to|have to) (?:first )?be )?(?:decided|approved|authori[sz]ed|voted on|signed off) by (?:the )?(?:parliament|cabinet|lawmakers|mps|congress|bundestag|sejm|riksdag|storting|dail|dáil|seimas|national assembly)|parliamentary (?:approval|vote|mandate)|(?:parliament|mps|lawmakers|congress) (?:would|will) have (?:a|the|its) say|(?:un|u\.n\.|united nations)(?: security council)? mandate|(?:would|will) (?:\w+ )?hinge on|(?:lies|lie|rests|rest|is|are|remains) (?:with|up to) (?:the )?(?:parliament|cabinet|lawmakers|mps|congress|bundestag|sejm|riksdag|storting|dail|dáil|seimas|national assembly)|first (?:wants?|needs?) to (?:know|see)|only with|only under|conditional (?:on|upon)|conditioned on|contingent (?:on|upon)|subject to|(?:mps|parliament|lawmakers|deputies|the bundestag|the sejm|congress) (?:would|will|must) (?:get to |first )?(?:vote|approve)|(?:mps|parliament|lawmakers|deputies|members of parliament) (?:would|will) (?:have|get) (?:the |a )?(?:opportunity|chance|say) to vote|(?:mps|parliament|lawmakers|deputies|members of parliament) (?:would|will) (?:be given|get|have) (?:a |the )?(?:vote|say)(?= on )|vote in the house of commons|depend(?:s|ing|ent)? (?:on|upon)|requires?(?! (?:[\w-]+ ){0,2}?guarantees? for ukraine)|would require|(?:on|under|with) (?:\w+ )?conditions?(?! of )|conditions (?:are|were|be|must be|have been|would have to be|have to be|has to be|need to be|should be) (?:\w+ )?(?:met|right|in place|fulfilled)|conditions (?:for|to)(?<=\b(?:names?|named|naming|sets?|setting|lists?|listed|outlines?|outlined|lays? out|laid out|spell(?:s|ed)? out) (?:out )?(?:\w+ )?conditions (?:for|to))|(?:clear|certain|right|specific|strict) conditions|there (?:is|are) (?:a |one |some )?(?:\w+ )?conditions?|(?:wants?|needs?|seeks?|demands?|awaits?|awaiting) (?:\w+ ){0,2}?clarity|(?:wants?|needs?) to (?:know|see) (?:\w+ ){0,3}?first)\b/g;

/** Stance cues, in the order they are looked for; see `decideStance` for which wins. */
const RAW_STANCE_CUES: ReadonlyArray<[Stance | 'open', RegExp]> = [
  // Conditions first: the body of "if Russia refuses talks," is blanked before other cues are read.
  ['conditional', RAW_CONDITION_CLAUSE],
  ['conditional', CONDITION_WORD],
  // "did not rule out" is openness, not refusal: matched and blanked before refusals are looked for.
  [
    'open',
    /\b(?:not|never|[a-z]+n't) (?:(?:immediately|entirely|completely|yet|explicitly) )?(?:rul(?:e|ed|ing) out|exclud(?:e|ed|ing)|shut(?:ting)? down (?:the idea|talk|the prospect|the possibility)|reject(?:ed|ing)? (?:the idea|the prospect|the possibility)|(?:necessarily )?(?:opposed to|against) (?:sending|deploying|contributing|joining|the idea|the deployment))\b|(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)) to rule out\b|no longer (?:rul(?:e|es|ed|ing) out|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|object(?:s|ed|ing)? to)\b|(?:stopped|ceased) (?:ruling out|opposing|rejecting|refusing)\b|(?:refusal|opposition|objections?|veto|resistance|reluctance)(?<=\b(?:dropp|revers|abandon|lift|end)(?:s|ed|ing|ped|ping)? (?:its|their|his|her|an|the) (?:earlier |previous |long-standing |initial |former )?(?:refusal|opposition|objections?|veto|resistance|reluctance))\b/g,
  ],
  [
    'undecided',
    /\b(?:no (?:[\w-]+ ){0,2}?(?:troops|soldiers|boots|decision|commitment)(?: [\w-]+){0,4}? (?:yet|for now|so far|at this (?:stage|point))\b|without (?:yet )?(?:committing|pledging)(?: (?:itself|themselves))?(?: to)?|(?:cannot|can't|could not|couldn't|did not|didn't) (?:currently |yet |now )?say (?:[\w,]+ ){0,3}?(?:whether|if|when|how)|remain(?:s|ed)? to be seen|remain(?:s|ed)? (?:ambiguous|vague|non-?committal|cagey|silent) (?:on|about|over)|(?:did not|didn't|(?:has|have|had) not|(?:has|have|had)n't) (?:give|given|make|made|offer|offered) (?:any )?(?:clear |firm |concrete |specific )?(?:promises?|commitments?|assurances?)|(?:did|does|would) not specify|didn't specify|(?:was|were|is|are) unable to say|could not say|couldn't say|open to (?:discuss\w*|talk\w*|look\w* at|explor\w*)|yet to (?:decide|commit|take|announce|make|determine|confirm|say|settle|sign|indicate)|not yet|(?:has|have|had|hasn't|haven't) not (?:yet )?(?:decided|committed|taken|made|said|announced|confirmed|specified)|(?:has|have|had)n't (?:yet )?(?:decided|committed|taken|made)|(?:so far )?refrain(?:s|ed|ing)? from|so far refrained|held back|hold(?:s|ing)? back|still weighing|mull(?:s|ed|ing)?(?: over)?|(?:leave|leaves|left|leaving) open (?:the )?(?:possibility|question|option)|weigh(?:s|ing)? (?:whether|options|up|sending|deploying|joining|contributing|participation|a role)|(?:is|are|was|were) (?:still |now |also )?weighing (?:a |an |the |any |possible |sending |deploying |joining |contributing )|undecided|premature|(?:just|only|merely|still) (?:a|one) (?:possibility|option)|too (?:early|soon)|avoid(?:s|ed|ing)? (?:any |a )?(?:firm |clear )?commit\w*|stopped short of|stops short of|stopping short of (?:committing|sending|deploying|pledging|putting|offering)\b|consider(?:s|ing)? whether|(?:is|are|was|were) (?:still |also |now )?considering|(?:could not|couldn't|would not|wouldn't|can't|cannot) be pinned down|(?:will|would|to|is expected to|are expected to|yet to) be (?:finali[sz]ed|agreed(?: upon)?|decided|determined|settled|worked out|defined|clarified|confirmed(?= (?:"|“)?(?:in the coming|later|soon|next|at a later)))|(?:being|been) (?:finali[sz]ed|decided|determined|worked out)|to finali[sz]e|(?<!, )finali[sz]ing|remains? (?:uncertain|unclear|open(?! to)(?!-minded))|uncertain(?! (?:world|times|environment|future|situation|period|era|climate|geopolitical))|unclear|no (?:final )?decision|not (?:taken|made) a (?:decision|position)|not decided|non-?committal|declined to (?:say|comment|specify|commit(?! (?:any |its |their |ground )?(?:troops|soldiers|forces))|give|reveal|disclose|name|detail)|would not say|wouldn't say|(?:won't|will not|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to) (?:say|reveal|disclose|confirm) (?:whether|if|when|how many)|(?:won't|will not|would not|wouldn't)(?= (?:[\w'-]+ ){1,5}?yet\b)|not commit(?:ted)? (?:to|itself)|will decide|would decide|to decide|decide later|will determine|will consider|would consider|stud(?:y|ying) (?:the|whether|options)|review(?:ing)? (?:the|whether|options)|assess(?:ing)? (?:the|whether|options)|under (?:discussion|consideration)|being discussed|up for discussion|sovereign (?:choice|decision)|on (?:its|their|our) own terms)\b/g,
  ],
  [
    'opposed',
    /\b(?:(?:takes?|took|taking|has|have) a negative (?:view|attitude|stance) (?:of|on|towards?)|reject(?:s|ed|ing)?|rejection|object(?:s|ed|ing)? (?:strongly )?to|condemn(?:s|ed|ing)?|slam(?:s|med|ming)?|lambast(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|oppos(?:e|es|ed|ing)|(?:'s|’s|its|their|his|her|firm|strong) (?:[a-z]+ )?opposition to|(?:voic|express|reiterat|restat|signal+)(?:e|es|ed|ing|s)? (?:its |their |his |her )?(?:[a-z]+ )?opposition to|(?<=\b(?:russian|kremlin) )opposition to|(?:is|are|was|were|remains?|remained) (?:[a-z]+ly )?against(?= (?:[\w'’-]+ ){0,4}?(?:troops|soldiers|forces|peacekeep\w*|deploy\w*|sending|presence|contingents?|mission))|unacceptable|(?:not|cannot|can not|never) (?:be )?acceptable|not accept|never accept|won't accept|will not accept|cannot accept|dismiss(?:es|ed|ing)?|warn(?:s|ed|ing)? (?:[\w.'-]+ ){0,3}?against|legitimate (?:military )?targets?|(?:considered|regarded|seen|viewed|treated) (?:as )?(?:an? )?(?:legitimate )?(?:military )?target|(?:considered|regarded|seen|viewed|treated) (?:as )?(?:an? )?(?:direct )?threat to (?:russia|moscow|russian security|us|our security)|red line|(?:would|will) be (?:destroyed|targeted|attacked|legitimate (?:military )?targets?)|(?:trigger|provoke) (?:a |an )?(?:direct )?(?:confrontation|escalation|war)|(?:considered|regarded|seen|viewed|treated|qualified|classed|deemed) (?:\w+ ){0,3}?as (?:an? )?(?:[\w-]+ )?(?:intervention|provocation|invasion|occupation))\b/g,
  ],
  [
    'declined',
    /\b(?:(?:withdr(?:aw|aws|ew|awn|awing)|pull(?:s|ed|ing)? out|pulled out|quit(?:s|ting)?|exit(?:s|ed|ing)?) (?:from |of )?(?=(?:the |a |its )?(?:[\w-]+ ){0,4}?(?:coalition|mission|force|initiative|operation)\b(?! (?:meeting|summit|talks|call))(?! (?:in|on|over) (?!ukraine)))|spoke(?:n)? out against|speak(?:s|ing)? out against|(?:limit|limits|limited|limiting) (?:its|their|our) (?:own )?(?:participation|role|involvement) in|(?:play|plays|playing|played) (?:a|only a) minimal role in|(?:is|are|was|were|remains?|still) (?:still |said to be )?(?:not convinced|unconvinced)|(?:(?:does|do|did) not|doesn't|don't|didn't) see (?:any |the |much )?(?:point|need|reason) in|(?:sees?|saw) no (?:point|need|reason) in|(?:sees?|saw) no role (?:for|in)|(?:(?:does|do|did) not|doesn't|don't|didn't) see (?:its|their|his|her|our|a|any) role in|den(?:y|ies|ied|ying) (?:\w+ )?(?:the |this |that |any )?(?:direct |active |military |possible |such )?(?:possibility|involvement|participation|prospect)|(?:expressed|expresses|voiced|voices|has|have|had) (?:strong |serious |deep )?reservations (?:about|over|on|regarding)|balk(?:s|ed|ing)? at|shut(?:s|ting)? down (?:deploying|sending|the idea|talk|any)|pour(?:s|ed|ing)? cold water on|back(?:s|ed|ing)? (?:away|off) from|walk(?:s|ed|ing)? back|(?:abandon(?:s|ed|ing)?|ditch(?:es|ed|ing)?|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)) (?:the |its |their )?(?:plans?|idea)|(?:would|will) not include (?:any )?(?:[\w.]+ ){0,2}?(?:troops|soldiers|forces|personnel)|(?:will|would) (?:not|never) be (?:any )?(?:[\w.]+ )?(?:troops|soldiers|boots|forces) (?:deployed|sent|stationed)|will not(?! (?:rul|exclud))|won't(?! (?:rul|exclud))|would not(?! (?:only|rul|exclud))|wouldn't(?! (?:rul|exclud))|shall not|does not (?:plan|intend)|do not (?:plan|intend)|did not (?:plan|intend)|not plan(?:ning)? to|(?:has|have|had) no (?:plans?|intention)|no plans? to|no intention|rul(?:e|es|ed|ing) out|out of the question|not on the agenda|unlikely(?<=\b(?:is|are|was|were|seems?|looks?|remains?) (?:highly |very |increasingly )?unlikely)|off the table|never|reluctan(?:t|ce)|(?:wary|hesitant|reticent) (?:of|about|to) (?:send|sending|deploy|deploying|put|putting|(?:commit|committing|contribut(?:e|ing)|join|joining)(?= (?:[\w'-]+ ){0,3}?(?:troops|soldiers|forces|boots|peacekeepers|personnel|the (?:force|mission|coalition))\b))|refus(?:e|es|ed|al|ing)|no (?:[\w.]+ )?(?:troops?|soldiers?|boots|forces) (?:would|will)|not (?:a single|one) (?:[\w.]+ )?(?:soldiers?|troops?|servicem[ae]n) (?:will|would|shall)|declin(?:e|es|ed|ing) to|(?:(?:is|are|was|were|am) not|isn't|aren't|wasn't|weren't) (?:currently |presently |now |even )?(?:considering|contemplating)|unwilling|not willing|not prepared|not ready|not (?:to )?(?:send|deploy|contribute|participate|commit|join|provide|take part)|cannot|can't|not going to|against sending|(?:block|blocked|blocks|blocking|veto|vetoed|vetoes|vetoing)(?= (?:the |a |any |new |further |an |all )?(?:[\w'’-]+ ){0,3}?(?:sanctions|funding|money|loans?|financing|aid)\b)|(?:arms deliveries|weapons deliveries|arms supplies|weapons supplies|military aid|ammunition initiative|funding for ukraine|aid to ukraine|support for ukraine|deliveries to ukraine)(?<=\b(?:end|ends|ended|ending|halt|halts|halted|halting|stop|stops|stopped|stopping|suspend|suspends|suspended|suspending|freeze|freezes|froze|freezing) (?:the |its |their |all |any |further )?(?:[\w'’-]+ ){0,2}?(?:arms deliveries|weapons deliveries|arms supplies|weapons supplies|military aid|ammunition initiative|funding for ukraine|aid to ukraine|support for ukraine|deliveries to ukraine))\b|(?:not in a position|unable) to (?:send|deploy|contribute|commit|provide|station)\b|keep(?:s|ing)? (?:its |their |our )?(?:[a-z]+ )?(?:troops|soldiers|forces)(?= (?:at home|home|out of ukraine)\b)|no(?<=: no) (?:[a-z]+ )?(?:troops|soldiers|boots)\b|neither [^;,]{1,80}? nor [^;,]{1,60}? (?:will|would|shall|plans? to|intends? to|can|could|is|are) (?:\w+ )?(?:send|deploy|provide|contribute|join|take part|commit|fund|supply|station|put|offer|be part)\b|(?:will|would|shall|can|could) (?:[a-z]+ ){0,2}?neither\b|(?:(?:does|do|did) not|doesn't|don't|didn't) want(?= (?:[\w'’-]+ ){0,4}?(?:troops|soldiers|forces|boots|peacekeepers|military))|stay out|no (?:troops|soldiers|boots)\b|(?:would|will) be no (?:[\w.]+ )?(?:troops|soldiers|boots|forces)|exclud(?:e|es|ed|ing)|ineffective|counterproductive|unworkable|rather than|instead of|without (?:deploying|sending|providing|putting)|not among|not (?:formally |officially |yet |a |an )*(?:part|members?) of|no longer|downplay(?:s|ed|ing)? (?:the )?(?:suggestions?|speculation|talk|reports|idea|prospects?|possibility|likelihood|chances?)(?: that| of)?(?: (?!(?:would|will)\b)[\w.'-]+){0,3}? (?:troops|soldiers|forces|personnel|peacekeepers)|(?:stay|stays|remain|remains) (?:at )?home)\b/g,
  ],
  [
    'committed',
    /\b(?:pledg(?:e|es|ed|ing)|(?:has|have|had) decided to (?:send|deploy|provide|contribute|join|supply|fund|train)|commit(?:s|ted)? to|commitment to(?<=(?:['’]s|\bits|\btheir) (?:[a-z-]+ )?commitment to)(?! (?:consider|explore|look|discuss|study|assess|examine))|(?:imposed|imposes|imposing|levied|levies|levying|slapped|adopted|introduced)(?<!\bto [a-z]+) (?:[\w-]+ ){0,4}?(?:sanctions|tariffs|price caps?|embargo|restrictive measures|restrictions)\b|(?:has|have|had) (?:already |now |also |so far |since )?committed|(?:announc|unveil)(?:e|es|ed|ing|s)? (?:details of )?(?:(?:a|an|the|its|their|new|further|additional|fresh|another)\s+)*(?:[\w£$€.,'’-]+\s+){0,3}?(?:billion|bn|million)\b|allocat(?:e|es|ed|ing) (?:[\w£$€.,-]+ ){0,2}?(?:billion|bn|million)\b|formally committed|agreed to|(?:has|have|had) agreed|agreed|sign(?:s|ed) up|signed|will (?:send|deploy|provide|contribute|lead|supply|deliver|join|take part|participate|station|dispatch|give|fund|finance|train|help|monitor|patrol|take|be sending|be providing)|is to lead|to lead|adopted|approved|imposed|will(?! be able)|promis(?:e|es|ed)|vow(?:s|ed)|is sending|are sending|(?:has|have) sent|(?:first|latest|only) (?:country|nation|state|government) to (?:impose|introduce|adopt)|resum(?:e|es|ed|ing)(?= (?:its |their |the |all )?(?:[\w-]+ ){0,2}?(?:intelligence|aid|assistance|deliveries|supplies|shipments|sharing|weapons|arms|funding)\b)|announc(?:e|es|ed|ing) (?:a |an |its |their )?(?:(?:new|fresh|further|additional|more|tougher|sweeping|largest|biggest|latest) )*(?:round of |package of |wave of )?(?:sanctions|restrictive measures)|confirmed (?:its|their) (?:participation|contribution)|(?:is|are|was|were) (?:(?:an? )?(?:important|key|major|main|leading|significant|biggest|largest) )?contributors?)\b/g,
  ],
  [
    'willing',
    /\b(?:(?:supports?|supported|backs?|backed) (?:new |further |more |tougher |fresh )?sanctions\b|(?<!\b(?:that|which) )(?:could|may) (?:also )?(?:send|deploy|take part|contribute|provide|join|offer|participate|station|supply|help(?! to (?:end|stop|broker))|play a role)|open(?:s|ed|ing)? (?:the|a) door to|(?:left|leaves|leaving|leave|keeps?|kept|keeping) (?:the )?door open (?:for|to)|signal(?:l?ed|s) (?=(?:that )?[a-z]+ (?:will|would) (?!(?:pause|halt|stop|suspend|cut|end|withdraw|not)\b))|ready|readiness to|expressed readiness|prepared|preparing|willing|(?:preferring|choosing|opting|electing) (?:instead )?to|willingness|open to|openness|offer(?:s|ed|ing)?|would|back(?:s|ed|ing)? (?:the|a|plans?)|(?:(?:indicated|signall?ed|voiced) (?:some |its |their |strong )?support for|support(?:s|ed)?) (?:the|a|these|those|this) (?:\w+ ){0,2}?(?:plan|proposal|guarantees|effort|coalition|force|protocols|framework|arrangements|declaration|mission)|stands? behind|part of|member of|members of|joined|joins|(?:has|have) joined|(?:is|are|was|were) among the (?:\d+ |[a-z]+ )?(?:(?:members|countries|nations) of the )?coalition|(?:is|are|was|were) joining(?= (?:the |a |this )?(?:[\w'’-]+ ){0,2}?(?:coalition|force|mission|contingent|effort|guarantees))|work(?:s|ing)? (?:closely )?(?:with|within) (?:[a-z']+ ){0,3}?the coalition|(?:is|are|was|were) (?:an? )?(?:[a-z]+ )?participants? in|take part|taking part|takes part|participat(?:e|es|ing)|interested in|open-minded (?:about|on|to)|accept(?:s|ed)?|intends? to|(?:expressed|stated|declared|announced|signal(?:l)?ed|confirmed) (?:\w+ ){0,2}?intention to|plans? to|planning to|expected to (?:send|deploy|contribute|provide|join)|would contribute|could contribute|(?:could|may|might) (?:be )?(?:deploy(?:ed)?|sen[dt]|station(?:ed)?|dispatch(?:ed)?|contribute|assist|help)|expressed (?:support|interest)|stand ready|able to (?:send|deploy|contribute|participate|take part|join|provide|help)(?<=\b(?:will|would) be able to \w+(?: part)?)|be (?:one of )?(?:the |ukraine's |its )?(?:security )?guarantors(?= of ukraine| of kyiv|(?<=security guarantors))|call(?:s|ed)? for (?:\w+ ){0,2}?(?:sanctions|pressure)|advocat(?:e|es|ed|ing)|must (?:ratchet|ramp|step|keep) up|must (?:increase|tighten|strengthen)|back(?:s|ed|ing)? (?:\w+ ){0,3}?(?:security )?guarantees?|(?:is|are|was|were) (?:among|one of) (?:the )?(?:\d+ |[a-z-]+ ){0,2}?(?:signatories|members|participants|contributors|countries|nations)|(?:is|are|was|were) among (?:the )?(?:[\w-]+ ){0,4}?(?:states|countries|nations) (?:in|of) the (?:so-called )?["“]?coalition|(?:includ(?:e|es|ed|ing)|compris(?:e|es|ed|ing)|such as|among them)(?<=\b(?:coalition|signatories|members|participants|contributors|force)\b[^.;]{0,60}\b(?:includ\w*|compris\w*|such as|among them)))\b/g,
  ],
];

/** Reporting verbs that introduce what someone said: the speaker stands before them. */
export const REPORTING =
  /\b(?:said|says|say|stated|states(?<!\b(?:\d+|the|member|several|many|some|other|all|these|those|most|few|two|three|four|five|six|seven|eight|nine|ten|dozen|eu|european|nato|baltic|nordic|allied|partner|western|participating) +states)|told|tells|announced|announces|confirmed|confirms|indicated|indicates|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|insisted|insists|warned|warns|declared|declares|wrote|writes|posted|explained|clarified|argued|suggested|revealed|acknowledged|reiterated|assured|conceded|admitted|hinted|replied|responded|repeated|reported|heard|believes|made clear|makes clear|according to|claimed|claims|alleged|accused|reiterates|repeats|explains|clarifies|argues|suggests|reveals|acknowledges|admits|concedes|assures|replies|responds|noting|saying|adding|stressing|insisting|warning|arguing|telling)\b/g;

/** Words that show the actor voiced the position itself (so the speaker is the country). */
export const VOICING =
  /\b(?:said|says|stated|told|announced|confirmed|affirmed|affirms|indicated|added|noted|stressed|emphasi[sz]ed|insisted|insists|warned|declared|wrote|posted|explained|clarified|reiterated|assured|expressed|express|signal(?:l)?ed|signals|offered|offers|pledged|pledges|promised|vowed|agreed|signed|rejected|rejects|rejection|ruled out|rules out|declined|refused|refuses|dismissed|dismisses|condemned|announces|confirms|made clear|has decided|decided)\b/;

/** Readers of the news, not actors: their views of what a country should do are no claim. */
export const ANALYST =
  /\b(?:analysts?|experts?|think tanks?|public debate|researchers?|commentators?|columnists?|pundits?|scholars?|editorial|opinion poll|polls? (?:show|suggest)|survey|surveyed|respondents|pollsters?|(?:relative |absolute |slim |narrow )?(?:majority|minority) of [a-z]+s|\d+(?:\.\d+)? ?(?:%|per ?cent)(?: of (?:[a-z]+ ){0,2}?(?:people|voters|respondents|britons|americans|citizens|the public))? (?:believe|think|say|said|support|oppose|want|agree|back|are against|favou?r))\b/;

/** Speculation: "could", "might", "should" about a country is not its position. */
export const SPECULATION =
  /\b(?:expect (?:\w+ ){1,3}?to|(?:is|are) expected to (?:\w+ )?(?:reject|oppose|refuse|dismiss|veto)|reportedly|allegedly|probably|presumably|in all likelihood|could|might|may(?! +\d)(?<!\d +may)|should|ought to|is likely to|are likely to|possibly|perhaps|reportedly considering|rumou?red|predict(?:s|ed|ing)?|would be (?:wise|well advised) to|would do well to|would be better off)\b/;

/** Trying to obtain pledges from others is not a pledge: "leaders will try to turn months of planning into signed commitments". */
export const ATTEMPT =
  /\b(?:try|tries|trying|seek|seeks|seeking|hope|hopes|hoping|aim|aims|aiming|attempt|attempts|attempting|push|pushes|pushing|press|presses|pressing|urge|urges|urging|want|wants) (?:to )?(?:turn|secure|win|get|obtain|persuade|convince|rally|firm up|nail down|extract|lock in|for)\b/;

/** A writer's own guess, anywhere in the sentence: "My guess is that Berlin will eventually offer ...". */
export const OPINION = /\b(?:my guess|i guess|i suspect|i expect|i think|i believe|i'd expect|i would expect|my bet|in my view|in my opinion|my sense is)\b/;

/** The article itself doubts the claim; an adversary accuses; a dissenter speaks against the line. */
export const DOUBTED = /\b(?:without (?:offering|providing|giving|citing) (?:any )?evidence|without evidence|falsely|baseless|unfounded|unsubstantiated)\b/;
export const DISSENTER =
  /\b(?:opposition (?:leader|party|parties|lawmakers?|politicians?|figure)|former (?:prime minister|president|chancellor|minister)|far-right|far-left|populist party)\b/;

/** Nouns for countries left unnamed: "26 countries", "some allies"; and their pledges as the subject ("the commitments would form"). */
export const GROUP_NOUN =
  /\b(?:countries|nations|allies|partners|states|members|governments|others|leaders|europeans|participants|capitals|signatories|several|many|most|some|all|none|rest|(?<=\bthe +)(?:commitments|pledges|contributions))\b/g;

/** A pronoun or phrase that points back at the speaker's own country. */
export const SELF_REFERENCE =
  /\b(?:it|we|i|they|their (?:leaders|governments|countries|nations|respective (?:countries|nations|governments))|our +country|our +nation|her +country|his +country|her +nation|his +nation|the country|the [a-z]+ (?:country|nation)|his government|her government|the government|this country|itself|there(?= +(?:is|are|was|were|will +be) +(?:currently +|still +|at +present +|now +)?$))\b/g;

/** A phrase that points back at the previous sentence's subject matter. */
export const ANAPHOR =
  /\b(?:this|that|the) (?:matter|issue|extent|question|request|point|plan|proposal|front|idea|deployment|initiative)\b|\bsuch (?:a |an )?(?:move|step|deployment|mission|force|plan|idea|proposal|contribution)\b|\bon this\b|\bjoin(?:ing)? them\b|\bdo the same\b|\bfollow suit\b|\b(?:opposed|oppose|opposes|rejected|rejects|backed|backs|supported|supports|endorsed|welcomed) it\b|\b(?:to|would|will|could) do so\b|\b(?:consider|considering|weigh|weighing) it\b/;

/** Names a list of further actors after the stance: "countries ready to help include Finland, ...". */
export const INCLUDE = /\b(?:include|includes|included|including|comprise|comprises|comprising|such as|among them|namely|are|were)\b/g;

/** Words after which a country is a place, a recipient or an audience ("bordering Russia", "told EU leaders", "the territory of Ukraine"), not the actor. */
export const PLACE_BEFORE =
  /\b(?:in|to|into|from|for|against|across|at|inside|outside|toward|towards|within|on|over|near|by|than|between|about|bordering|neighbou?ring|told|tells|telling|briefed|unlike|contrary to|in contrast to|as opposed to|except|except for|apart from|with the exception of|other than|save for|, not|(?:except|apart from|other than)(?: for)? [a-z]+['’]s|of(?= the)|(?:territory|soil|airspace|skies|waters) of)\s+(?:the\s+|both\s+)?$/;

/** Adversaries: a refusal by them is opposition to the measure, and their accusations about others are optional. */
export const ADVERSARIES = new Set(['RU', 'BY', 'KP', 'IR']);

/** Deployments and pledges on other topics: a sentence about them (and not about Ukraine) gives no claim. */
export const OFF_TOPIC =
  /\b(?:gaza|palestinian|greenland|kenya-led|arctic|middle east|red sea|taiwan|israel|lebanon|syria|sahel|kosovo|bosnia|haiti|venezuela|caribbean|somalia|sudan|yemen|houthis?|hamas|board of peace|drone wall|exercises?|drills?|eastern sentry|baltic sentry|north sea|baltic sea|nato territory|nato's eastern flank|eastern flank|incursions?|(?:polish|estonian|latvian|lithuanian|romanian|finnish|baltic|nato|allied|alliance) (?:airspace|skies)|airspace (?:of|over) (?:poland|estonia|latvia|lithuania|romania|the baltics?|nato)|baltic air policing|(?:defend|protect|reinforce|bolster|shore up) (?:\w+ ){0,2}?(?:poland|estonia|latvia|lithuania|romania|moldova|the baltics|baltic states|nato allies|its allies|allied territory)|(?:poland|romania|estonia|latvia|lithuania|moldova|the baltics|baltic states)(?<=\b(?:deploy\w*|send|sends|sent|sending|station\w*) (?:[\w-]+ ){0,4}?(?:to|in|into) (?:poland|romania|estonia|latvia|lithuania|moldova|the baltics|baltic states))|climate|cop ?\d\d|cop summit|emissions|loss and damage|(?:borders?|frontiers?|territory|soil|airspace)(?<=\b(?:its|their|our) (?:own )?\w+)(?<!\bfrom (?:its|their|our) (?:own )?\w+)|borders? with (?:belarus|russia|kaliningrad)|(?<!\b(?:russia|russian|moscow|kremlin)\b[^.;]{0,120}\bthe )neighbou?ring (?:nato )?(?:country|countries|state|states|ally|allies)|allied country(?<=\ban(?:other)? allied country)|djibouti|piracy|mali|niger|hormuz|south china sea|indo-pacific|persian gulf|qatar|philippines|libya|iraq|afghanistan|lead nation|(?:forward (?:land )?forces|enhanced forward presence|multinational brigade|battle ?groups?)(?<=nato(?:'s|’s)? [a-z ]+))\b/;

/**
 * A country's own defence: its army buying equipment, growing, training its own soldiers, its budget.
 * A clause with these words gives no claim unless Ukraine is where the help goes.
 */
export const OWN_DEFENCE =
  /\b(?:(?:its|their|our|his|her) own (?:army|armed forces|military|defen[cs]es?|reservists|air defen[cs]es?|security|stockpiles?|capabilit\w+|arsenal)|(?:expand|enlarge|grow|strengthen|moderni[sz]e|build up|rebuild|boost|bolster|increase) (?:\w+ ){0,2}?(?:its|their|our|the) (?:\w+ )?(?:armed forces|army|military|forces|defen[cs]es?|troops)|(?:for|of) (?:its|their|our) (?:own )?(?:army|armed forces|military|navy|air force|forces|troops|soldiers|defen[cs]es?)|defen[cs]e (?:spending|budgets?|outlays|expenditure)|(?:europe's|europe’s|european|the eu's|nato's) (?:own )?(?:military|defen[cs]e) (?:capabilit\w+|industr\w+|readiness|spending|production)|military (?:spending|budgets?|service)|rearm\w*|conscription|reservists|(?:provid\w*|giv\w*|fund\w*|equip\w*|strengthen\w*|moderni[sz]\w*|expand\w*|invest\w* in) (?:the +)?bundeswehr)\b/;
/** Ukraine as the place or recipient of the help: then the words above describe a contribution. */
export const TO_UKRAINE =
  /\b(?:(?:to|for|into|inside|with) (?:the )?ukrain\w*|ukraine's (?:army|armed forces|defen\w+|military|forces|air|skies)|kyiv|kiev|(?:troops|soldiers|forces|personnel|deploy\w*|station\w*) (?:\w+ )?in ukraine)\b/;
/**
 * What the guarantees story is about. Russia alone is not enough ("Russian drones crossed into
 * Polish airspace" is a NATO story): the war, Ukraine, the coalition, a ceasefire or sanctions.
 */
export const ON_TOPIC =
  /\b(?:ukrain\w*|sanctions|kyiv|kiev|zelensk\w*|coalition|guarantee\w*|reassurance|ceasefire|truce|peace (?:deal|plan|agreement|settlement|talks|process)|peacekeep\w*|security assurances?)\b/;

/** Another war's words: with them, "ceasefire" or "peacekeepers" is about that war unless Ukraine or Russia is named. */
export const OTHER_CONFLICT =
  /\b(?:gaza|palestin\w*|israel\w*|hamas|lebanon|syria|haiti\w*|sudan|somalia|yemen|houthis?|kosovo|bosnia|sahel|venezuela\w*|board of peace|kenya-led|taiwan)\b/;
const UKRAINE_NAMED = /\b(?:ukrain\w*|kyiv|kiev|zelensk\w*|russia\w*|moscow|kremlin|putin)\b/;

/** On this story: the story's words, and not only generic peace words inside a passage on another war. */
export function onTopic(text: string): boolean {
  return ON_TOPIC.test(text) && (UKRAINE_NAMED.test(text) || !OTHER_CONFLICT.test(text));
}

/** Logistics, hosting and aid are outside the taxonomy: alone they give at most an optional "coalition: willing". */
// ... and "would go on standing with Ukraine" is solidarity, no contribution the clause before named.
export const OUTSIDE_TAXONOMY =
  /\b(?:logistics|logistical|hub|host(?:s|ing)?|ports?|bases?|humanitarian|reconstruction|medical|transit|staging|stand(?:s|ing)? +(?:with|by|behind) +(?:ukraine|kyiv|the +ukrainian +people))\b/;

/** Headlines say "Belgium to send F-16s" for "will send". */
export const HEADLINE_COMMITTED = /\bto (?:send|deploy|provide|fund|supply|contribute|join|lead|train|station)\b/;

/** Cue phrases allow any run of spaces between words (quotes and asides are blanked to spaces). */
function tolerant(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/ /g, ' +'), pattern.flags);
}

/**
 * One expression for several cue patterns (each in a capturing group when `capture` is set), as
 * `a|b|c` would be. Every cue pattern opens with a word boundary: the combined one tests it once
 * per position instead of once per pattern, which makes the scan over all stance cues about a
 * third faster. With `startsOnly` it matches the empty string where any of them would start. With
 * `firstChar` (a character class every cue opens with) a boundary before anything else, a word's end
 * most often, is passed over before the alternatives are tried.
 */
export function combineCues(patterns: RegExp[], options: { capture?: boolean; startsOnly?: boolean; firstChar?: string; flags?: string } = {}): RegExp {
  const bodies = patterns.map((p) => {
    if (!p.source.startsWith('\\b')) throw new Error(`a cue pattern must open with \\b: ${p.source}`);
    return options.capture ? `(${p.source.slice(2)})` : `(?:${p.source.slice(2)})`;
  });
  const first = options.firstChar ? `(?=${options.firstChar})` : '';
  return new RegExp(`\\b${first}(?${options.startsOnly ? '=' : ':'}${bodies.join('|')})`, options.flags ?? '');
}

/** The top-level alternatives of a pattern source: "a|(?:b|c)|[|]" gives "a", "(?:b|c)", "[|]". */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}

/**
 * The alternation of several patterns, in order, with each run of consecutive alternatives that
 * open with \b written as one \b(?:...): the same matches, but the boundary is tested once per
 * position for the run instead of once per alternative.
 */
export function alternationSharingBoundaries(patterns: RegExp[], flags: string): RegExp {
  const parts: string[] = [];
  let run: string[] = [];
  const closeRun = (): void => {
    if (run.length > 0) parts.push(`\\b(?:${run.join('|')})`);
    run = [];
  };
  for (const alternative of patterns.flatMap((p) => topLevelAlternatives(p.source))) {
    if (alternative.startsWith('\\b')) {
      run.push(alternative.slice(2));
      continue;
    }
    closeRun();
    parts.push(alternative);
  }
  closeRun();
  return new RegExp(parts.join('|'), flags);
}

export const CONDITION_CLAUSE = tolerant(RAW_CONDITION_CLAUSE);
export const COMMITMENT_CUES: ReadonlyArray<[Commitment, RegExp]> = RAW_COMMITMENT_CUES.map(([c, p]) => [c, tolerant(p)]);
export const STANCE_CUES: ReadonlyArray<[Stance | 'open', RegExp]> = RAW_STANCE_CUES.map(([s, p]) => [
  s,
  p === RAW_CONDITION_CLAUSE ? CONDITION_CLAUSE : tolerant(p),
]);

// All stance cues in one expression, one alternative per family in priority order, so a clause is
// scanned once; at one position the earlier family wins ("will not" is a refusal, not "will").
// Every stance cue opens with a word character or an apostrophe (test/extract/stance-words.test.ts checks it): passing
// over the other boundaries at once makes the scan faster.
export const STANCE_FIRST_CHAR = "[\\w'’]";
export const ALL_STANCES = combineCues(
  STANCE_CUES.map(([, p]) => p),
  { capture: true, firstChar: STANCE_FIRST_CHAR, flags: 'g' },
);

// Where any commitment cue starts (an empty match), and each cue anchored there: one scan of the clause finds every
// commitment named, where testing the eleven patterns one by one scanned it eleven times (about half the time).
export const COMMITMENT_STARTS = combineCues(
  COMMITMENT_CUES.map(([, p]) => p),
  { startsOnly: true, flags: 'g' },
);

/**
 * Whether a text has any stance cue, or any commitment cue, at all. The sentence gate asks the same
 * two expressions that scan the clauses: each compiles to hundreds of kilobytes of machine code, and
 * a second copy of each for the gate alone crowded the processor's caches (about an eighth of the time).
 */
export function hasStanceCue(text: string): boolean {
  return STANCE_WORD.test(text) || matchesFromStart(ALL_STANCES, text);
}

/**
 * Words each of which is a whole alternative of a stance cue pattern, with nothing required around it (committed
 * "will", willing "would", declined "never", ...): a text with one of them as a word has a stance cue. The gate looks
 * for these first, a scan several times cheaper than the one over every cue, and most sentences it reads have one.
 */
export const STANCE_WORDS = [
  'will',
  'would',
  'ready',
  'offer',
  'offers',
  'offered',
  'offering',
  'signed',
  'agreed',
  'never',
  'cannot',
  'prepared',
  'willing',
  'pledge',
  'pledges',
  'pledged',
  'pledging',
  'joined',
  'imposed',
  'approved',
  'adopted',
];
const STANCE_WORD = new RegExp(`\\b(?:${STANCE_WORDS.join('|')})\\b`);

export function hasCommitmentCue(text: string): boolean {
  return COMMITMENT_WORD.test(text) || matchesFromStart(COMMITMENT_STARTS, text);
}

/** Words each of which is a whole commitment cue on its own ("troops", "sanctions", "coalition", ...), as STANCE_WORDS are for stances. */
export const COMMITMENT_WORDS = [
  'troops',
  'troop',
  'soldiers',
  'soldier',
  'peacekeepers',
  'peacekeeping',
  'brigades',
  'battalions',
  'air',
  'aircraft',
  'jets',
  'airspace',
  'skies',
  'naval',
  'navy',
  'maritime',
  'warships',
  'train',
  'training',
  'weapons',
  'weapon',
  'arms',
  'missiles',
  'equipment',
  'ammunition',
  'drones',
  'funding',
  'funds',
  'money',
  'intelligence',
  'backstop',
  'sanctions',
  'guarantees',
  'guarantee',
  'coalition',
];
const COMMITMENT_WORD = new RegExp(`\\b(?:${COMMITMENT_WORDS.join('|')})\\b`);

/** Tests a global pattern from the start of `text`, leaving its lastIndex at 0 for the next scan. */
export function matchesFromStart(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** A deployment verb shortly before a place: "send 1,000 soldiers to Estonia" (or troops that "would stay in Poland") is not about Ukraine. */
export const DEPLOYMENT_BEFORE_PLACE =
  /\b(?:send|sends|sent|sending|deploy\w*|station\w*|dispatch\w*|keep|keeps|kept|keeping|sell|sells|sold|selling|deliver\w*|supply|supplies|supplied|supplying|export\w*|base|based|basing|mov(?:e|es|ed|ing)|rotat\w*|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?)\b(?:[^,.;]|(?<=\d)[,.](?=\d)){0,60}$/;
