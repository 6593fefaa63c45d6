import { countryName } from '../countries/index.js';
import { membersOf, unconfirmedFrom, type Alert, type Evidence } from '../model/alert.js';
import {
  changeLine,
  commitmentLabel,
  confidenceWord,
  confirmationText,
  correctionText,
  groupTransition,
  namesText,
  evidenceLine as quoteLine,
  stanceLabel,
  whenText,
} from './present.js';

/**
 * "Germany — coalition: willing -> conditional"; a first position reads "Italy — ground troops: declined";
 * a group "Finland, Estonia and Canada — coalition: willing".
 */
export function alertHeadline(alert: Alert): string {
  const members = membersOf(alert);
  if (members.length > 1) {
    const names = namesText(members.map((m) => countryName(m.country)));
    return `${names} — ${commitmentLabel(alert.commitment)}: ${groupTransition(
      members.map((m) => m.from),
      alert.to,
    )}`;
  }
  const name = countryName(alert.country);
  const reported = unconfirmedFrom(alert);
  if (reported) return `${name} — ${commitmentLabel(alert.commitment)}: ${stanceLabel(reported)} (unconfirmed) -> ${stanceLabel(alert.to)}`;
  switch (alert.type) {
    case 'new':
      return `${name} — ${commitmentLabel(alert.commitment)}: ${stanceLabel(alert.to)}`;
    case 'disputed':
      return `${name} — ${commitmentLabel(alert.commitment)}: disputed (${stanceLabel(alert.from)} vs ${alert.evidence.stance})`;
    default:
      return changeLine(name, alert.commitment, alert.from, alert.to);
  }
}

/** The shared quote line plus the link, for plain-text sinks where a link cannot hide behind the outlet. */
export function evidenceLine(evidence: Evidence): string {
  return evidence.url !== 'unknown' ? `${quoteLine(evidence)} ${evidence.url}` : quoteLine(evidence);
}

/** The plain-text alert for the console (and any sink without rich formatting): the quote once, then the other sources. */
export function alertText(alert: Alert): string {
  const status = `${alert.type}, ${confidenceWord(alert.evidence.confidence)} confidence, ${confirmationText(alert)}`;
  const lines = [`${alertHeadline(alert)}  [${status}]`];
  if (alert.corrects) lines.unshift(`${correctionText(alert.corrects)}:`);
  const members = membersOf(alert);
  if (members.length > 1 && members.some((m) => m.from !== members[0]!.from)) {
    lines.push(`  was: ${members.map((m) => `${countryName(m.country)} ${stanceLabel(m.from)}`).join('; ')}`);
  }
  lines.push(`  ${evidenceLine(alert.evidence)}`);
  for (const source of alert.sources ?? []) {
    if (source.articleId !== alert.evidence.articleId) lines.push(`  also: ${evidenceLine(source)}`);
  }
  for (const other of alert.contenders ?? []) lines.push(`  vs ${other.stance}: ${evidenceLine(other)}`);
  lines.push(`  ${whenText(alert.evidence.published, alert.createdAt)}`);
  return lines.join('\n');
}
