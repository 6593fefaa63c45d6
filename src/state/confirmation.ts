/**
 * Confirmation before broadcast. The reported position (decide.ts) moves with every
 * outranking claim; what "confirmed" subscriptions are told moves only on strong evidence:
 *
 *   - own voice: the country itself says it, at or above a calibrated confidence;
 *   - outlets:   independent outlets agree within a window of publication time. Two reports
 *                are independent when they come from different sites with different owners
 *                and their evidence is not near-identical (a syndicated wire story is one
 *                report however many sites carry it).
 *
 * A change that contradicts a confirmed alert published shortly before is a correction
 * of that alert, never a fresh alert silently contradicting it. Pure functions only.
 */
import type { CorrectedAlert, ConfirmationBasis, Evidence, PositionStance } from '../model/alert.js';
import { STANCE_CLASS } from '../model/taxonomy.js';
import { compareEvidence, MIN_CONFIDENCE, stanceOf, type SlotState } from './decide.js';

export interface ConfirmationPolicy {
  /** false: every confident report is confirmed as it comes (the behaviour before confirmation). */
  enabled: boolean;
  /** The country's own voice at or above this confidence confirms, with ownVoiceReports reports in all. */
  ownVoiceConfidence: number;
  /** Reports (distinct articles, any site) of the stance needed when one is the country's own voice. */
  ownVoiceReports: number;
  /** Independent outlets that must agree. */
  outlets: number;
  /** A pledge ("committed") is confirmed only by the country's own voice, never by outlets alone. */
  pledgeNeedsOwnVoice: boolean;
  /** With pledgeNeedsOwnVoice, the own voice that confirms a pledge is at or above this confidence (a signature, a declared membership). */
  pledgeConfidence: number;
  /** Agreeing reports count when published within this many hours before the newest report. */
  windowHours: number;
  /** A contradicting change this many hours (publication time) or less after a confirmed alert corrects it. */
  correctionWindowHours: number;
  /** A posted stance the country itself stated is overturned on confirmed channels only by its own voice, never by outlets alone. */
  ownVoiceHolds: boolean;
}

/**
 * Defaults measured on the real-news development story (docs/confirmation.md): the rule
 * extractor gives the country's own voice 0.9 (offering or refusing troops, or joining the
 * coalition, in a short sentence; a pledge it signed) or 0.6 (every other reading) outside
 * headlines; one 0.9 report confirming alone was measured and alerted fewer expected changes with
 * more unexpected ones, so the own voice needs one more report (any article) of the same stance;
 * positions move slowly, so
 * reports a month apart still agree. Outlets agreeing confirm an offer, a refusal or a condition,
 * but not a pledge: on the story two outlets called Britain's and France's offers of April 2025
 * "formal commitments", nine months before the two signed one.
 */
export const DEFAULT_CONFIRMATION: ConfirmationPolicy = {
  enabled: true,
  ownVoiceConfidence: 0.6,
  ownVoiceReports: 2,
  outlets: 2,
  pledgeNeedsOwnVoice: true,
  pledgeConfidence: 0.9,
  windowHours: 30 * 24,
  correctionWindowHours: 7 * 24,
  ownVoiceHolds: true,
};

/** What confirmed subscriptions were last told about a slot. */
export interface Broadcast {
  stance: PositionStance;
  from: PositionStance | null;
  /** The alert that told them ('' when recorded in backfill, without alerting). */
  alertId: string;
  /** Publication date of the evidence that confirmed it. */
  published: string;
  /** The country's own voice confirmed it (absent on broadcasts recorded before this was kept: not known to be its own). */
  ownVoice?: boolean;
}

/** Reports kept per stance to judge confirmation: the newest few are enough for any window. */
const REPORTS_PER_STANCE = 6;

/** The slot's recent confident reports with one more, newest first per stance, capped. Order-independent. */
export function withReport(reports: readonly Evidence[] | undefined, evidence: Evidence): Evidence[] {
  if (evidence.confidence < MIN_CONFIDENCE) return [...(reports ?? [])];
  const all = [...(reports ?? []).filter((r) => !(r.articleId === evidence.articleId && r.stance === evidence.stance)), evidence];
  all.sort((a, b) => compareEvidence(b, a));
  const perStance = new Map<string, number>();
  return all.filter((report) => {
    const seen = perStance.get(report.stance) ?? 0;
    perStance.set(report.stance, seen + 1);
    return seen < REPORTS_PER_STANCE;
  });
}

export interface Confirmation {
  stance: PositionStance;
  basis: ConfirmationBasis;
  /** The reports that confirm it, strongest first. */
  sources: Evidence[];
}

/** Whether the slot's reported stance is confirmed, and by what; null while it is only reported. */
export function confirmationOf(slot: SlotState, policy: ConfirmationPolicy): Confirmation | null {
  const stance = stanceOf(slot);
  if (!stance) return null;
  const top = slot.sides[slot.sides.length - 1]!;
  if (!policy.enabled) return { stance, basis: 'every_report', sources: [top] };
  if (stance === 'disputed') return null;
  const recent = recentReports(slot.reports ?? [top], stance, slot.day, policy).sort(strongerReportFirst);
  // "France and the UK have formally pledged troops": outlets overstate offers as pledges, and so do speakers ("will send"
  // in the own voice was right 3 times in 7 on unseen pages); a pledge is the country's own act, read at the reliable band.
  // Sanctions imposed are published measures, not offers an outlet can inflate.
  const pledge = stance === 'committed' && policy.pledgeNeedsOwnVoice && slot.commitment !== 'sanctions';
  const voiceFloor = pledge ? Math.max(policy.ownVoiceConfidence, policy.pledgeConfidence) : policy.ownVoiceConfidence;
  const ownVoice = recent.filter((r) => r.speaker === 'self' && r.confidence >= voiceFloor);
  if (ownVoice.length > 0 && distinctArticles(recent) >= policy.ownVoiceReports)
    return { stance, basis: 'own_voice', sources: [...ownVoice, ...recent.filter((r) => !ownVoice.includes(r))] };
  if (pledge) return null;
  const independent = independentReports(recent);
  if (independent.length >= policy.outlets) return { stance, basis: 'outlets', sources: independent };
  return null;
}

/** The change confirmed channels must be told now, or null when nothing new is confirmed. */
export interface ConfirmedChange extends Confirmation {
  from: PositionStance | null;
  corrects?: CorrectedAlert;
}

export function confirmedChange(slot: SlotState, policy: ConfirmationPolicy): ConfirmedChange | null {
  const posted = slot.broadcast ?? null;
  const stance = stanceOf(slot);
  if (!stance || stance === posted?.stance) return null;
  // "Ready to" after a confirmed "will" is a vaguer report of the same pledge, not news (PRODUCT.md: a vaguer report does not overturn a specific one).
  if (policy.enabled && posted?.stance === 'committed' && stance === 'willing') return null;
  const confirmation = confirmationOf(slot, policy);
  if (!confirmation) return null;
  const reversed = posted !== null && contradicts(posted, stance) ? posted : null;
  if (policy.enabled && reversed && reversalHeld(slot, reversed, confirmation, policy)) return null;
  const change: ConfirmedChange = { ...confirmation, from: posted?.stance ?? null };
  // A confirmed change that contradicts a recent confirmed alert corrects it.
  if (reversed?.alertId && hoursBetween(reversed.published, confirmation.sources[0]!.published) <= policy.correctionWindowHours)
    change.corrects = { alertId: reversed.alertId, from: reversed.from, to: reversed.stance, published: reversed.published };
  return change;
}

/** Whether confirmed channels keep the posted stance that the confirmed one contradicts. */
function reversalHeld(slot: SlotState, posted: Broadcast, confirmation: Confirmation, policy: ConfirmationPolicy): boolean {
  // PRODUCT.md: the country's own officials outweigh third parties reporting about it, on later days as on the same one.
  if (policy.ownVoiceHolds && posted.ownVoice === true && confirmation.basis !== 'own_voice') return true;
  // Reversing a position that several reports back needs as many: independent reports of the new stance at least
  // match those of the posted one within the window.
  const backing = recentReports(slot.reports ?? [], posted.stance, slot.day, policy);
  return independentReports(confirmation.sources).length < independentReports(backing).length;
}

/** The confident reports of one stance published within the window before the slot's newest. */
function recentReports(reports: readonly Evidence[], stance: PositionStance, day: string, policy: ConfirmationPolicy): Evidence[] {
  return reports.filter((r) => r.stance === stance && r.confidence >= MIN_CONFIDENCE && withinWindow(r, day, policy.windowHours));
}

/** A new stance overturns a posted one when it is of another class (yes / maybe / no) or goes back to the stance before it. */
function contradicts(posted: Broadcast, stance: PositionStance): boolean {
  if (stance === 'disputed' || posted.stance === 'disputed') return true;
  return STANCE_CLASS[stance] !== STANCE_CLASS[posted.stance] || stance === posted.from;
}

function distinctArticles(reports: readonly Evidence[]): number {
  return new Set(reports.map((r) => r.articleId)).size;
}

/** Greedy, strongest first: each kept report is independent of every report kept before it. */
export function independentReports(reports: readonly Evidence[]): Evidence[] {
  const kept: Evidence[] = [];
  for (const report of reports.filter((r) => ownerOf(r) !== null).sort(strongerReportFirst)) {
    if (kept.every((other) => independent(other, report))) kept.push(report);
  }
  return kept;
}

/** Two reports are independent when their sites differ in owner and their evidence is not one text copied. */
export function independent(a: Evidence, b: Evidence): boolean {
  if (a.articleId === b.articleId) return false;
  const ownerA = ownerOf(a);
  const ownerB = ownerOf(b);
  // A source we cannot name cannot be shown to be independent.
  if (!ownerA || !ownerB || ownerA === ownerB) return false;
  return !nearDuplicate(a.quote, b.quote);
}

/** Sites of one owner or one newsroom count as one outlet. Hosts are matched by registrable domain. */
const SAME_OWNER: string[][] = [
  ['bbc.co.uk', 'bbc.com'],
  ['theguardian.com', 'guardian.co.uk'],
  ['france24.com', 'rfi.fr'],
  ['rt.com', 'sputnikglobe.com', 'sputniknews.com', 'ria.ru'],
  ['tass.com', 'tass.ru'],
  ['ukrinform.net', 'ukrinform.ua'],
  ['pravda.com.ua', 'eurointegration.com.ua'],
  ['nbcnews.com', 'msnbc.com', 'cnbc.com'],
  ['dw.com', 'dw.de'],
  ['cgtn.com', 'cctv.com', 'news.cn', 'xinhuanet.com'],
  ['telegraph.co.uk', 'telegraph.com'],
  ['independent.co.uk', 'the-independent.com'],
  ['lemonde.fr', 'courrierinternational.com'],
  ['axelspringer.com', 'welt.de', 'bild.de', 'politico.eu', 'politico.com'],
];
const OWNER_OF = new Map(SAME_OWNER.flatMap((group) => group.map((domain) => [domain, group[0]!] as const)));
const SECOND_LEVEL = /^(co|com|org|net|gov|ac|edu)\.[a-z]{2}$/;

/** The owner a report's site belongs to: its registrable domain, merged by SAME_OWNER; else the outlet's name. */
export function ownerOf(evidence: Pick<Evidence, 'url' | 'outlet'>): string | null {
  const domain = registrableDomain(evidence.url) ?? registrableDomain(`https://${evidence.outlet}`);
  if (domain) return OWNER_OF.get(domain) ?? domain;
  const outlet = evidence.outlet.trim().toLowerCase();
  return outlet && outlet !== 'unknown' ? outlet : null;
}

function registrableDomain(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':')) return host && host !== 'unknown' ? host : null;
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  return SECOND_LEVEL.test(lastTwo) && labels.length >= 3 ? labels.slice(-3).join('.') : lastTwo;
}

/**
 * Word 5-shingles: copies of one wire sentence share most of them; independent wordings share
 * few, even when both use a stock phrase ("ready to join the coalition of the willing").
 */
export function shingles(text: string, size = 5): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const set = new Set<string>();
  if (words.length < size) set.add(words.join(' '));
  for (let i = 0; i + size <= words.length; i++) set.add(words.slice(i, i + size).join(' '));
  return set;
}

/** Near-identical evidence: most shingles of the shorter text appear in the longer one. */
export function nearDuplicate(a: string, b: string, threshold = 0.6): boolean {
  const sa = shingles(a);
  const sb = shingles(b);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size === 0) return false;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared / small.size >= threshold;
}

/** Own voice first, then more confident, then newer, then the fixed evidence order. */
function strongerReportFirst(a: Evidence, b: Evidence): number {
  if (a.speaker !== b.speaker) return a.speaker === 'self' ? -1 : 1;
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  return compareEvidence(b, a);
}

function withinWindow(report: Evidence, topDay: string, windowHours: number): boolean {
  const time = timeOf(report.published);
  const top = Date.parse(`${topDay}T23:59:59Z`);
  if (time === null || Number.isNaN(top)) return true;
  return top - time <= windowHours * 3600_000 + 24 * 3600_000;
}

function timeOf(published: string): number | null {
  if (!published || published === 'unknown') return null;
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T12:00:00Z` : published);
  return Number.isNaN(time) ? null : time;
}

/** Hours from a to b in publication time; 0 when either is unknown (treated as close together). */
export function hoursBetween(a: string, b: string): number {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta === null || tb === null) return 0;
  return Math.abs(tb - ta) / 3600_000;
}
