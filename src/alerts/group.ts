import { createHash } from 'node:crypto';
import { membersOf, trackOf, type Alert, type AlertMember } from '../model/alert.js';

/**
 * One message per article for the countries it reports the same way: the same commitment,
 * new stance, quote and track ("Finland, Estonia, Canada — coalition: willing", the quote
 * once). Disputes stay one per country: each has its own contenders. Deterministic, so a
 * retried article job produces the same grouped alerts with the same ids.
 */
export function groupAlerts(alerts: readonly Alert[]): Alert[] {
  const groups = new Map<string, Alert[]>();
  for (const alert of alerts) {
    const key = alert.type === 'disputed' ? `single\n${alert.id}` : groupKey(alert);
    const group = groups.get(key);
    if (group) group.push(alert);
    else groups.set(key, [alert]);
  }
  return [...groups.values()].map(mergeGroup);
}

function groupKey(alert: Alert): string {
  return [alert.evidence.articleId, alert.commitment, alert.to, alert.evidence.quote, trackOf(alert), alert.confirmedBy ?? ''].join('\n');
}

function mergeGroup(alerts: Alert[]): Alert {
  if (alerts.length === 1) return alerts[0]!;
  const members: AlertMember[] = alerts.flatMap(membersOf);
  const lead = alerts[0]!;
  const id = createHash('sha256')
    .update(members.map((m) => m.id).join('\n'))
    .digest('hex')
    .slice(0, 24);
  const type = alerts.every((a) => a.type === 'new') ? 'new' : lead.type === 'new' ? 'changed' : lead.type;
  const sources = alerts.find((a) => a.sources)?.sources;
  return { ...lead, id, type, members, ...(sources ? { sources } : {}) };
}

/** The member ids of an alert: what was posted, for replies and "already delivered" checks. */
export function memberIds(alert: Alert): string[] {
  return membersOf(alert).map((m) => m.id);
}

/** Countries per message, and characters of country names, before a group is split. */
export const MESSAGE_LIMITS = { countries: 20, namesChars: 700 } as const;

export interface AlertPart {
  alert: Alert;
  /** 1-based; `of` is 1 for an alert that fits one message. */
  index: number;
  of: number;
}

/**
 * Splits a group too long for one chat message into parts of whole countries, each within
 * MESSAGE_LIMITS (the platform renderers keep every part within their own hard limits).
 */
export function splitForMessages(alert: Alert, nameOf: (code: string) => string, limits = MESSAGE_LIMITS): AlertPart[] {
  const members = membersOf(alert);
  if (members.length <= 1) return [{ alert, index: 1, of: 1 }];
  const chunks: AlertMember[][] = [];
  let current: AlertMember[] = [];
  let chars = 0;
  for (const member of members) {
    const length = nameOf(member.country).length + 6;
    if (current.length > 0 && (current.length >= limits.countries || chars + length > limits.namesChars)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(member);
    chars += length;
  }
  chunks.push(current);
  return chunks.map((chunk, i) => ({
    alert: { ...alert, country: chunk[0]!.country, from: chunk[0]!.from, members: chunk.length > 1 ? chunk : undefined },
    index: i + 1,
    of: chunks.length,
  }));
}
