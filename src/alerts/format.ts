import { countryName } from '../countries/index.js';
import type { Alert, Evidence } from '../model/alert.js';
import { changeLine, commitmentLabel, confidenceWord, evidenceLine as quoteLine, stanceLabel } from './present.js';

/** "Germany — coalition: willing -> conditional"; a first position reads "Italy — ground troops: declined". */
export function alertHeadline(alert: Alert): string {
  const name = countryName(alert.country);
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

/** The plain-text alert for the console (and any sink without rich formatting). */
export function alertText(alert: Alert): string {
  const lines = [`${alertHeadline(alert)}  [${alert.type}, ${confidenceWord(alert.evidence.confidence)} confidence]`, `  ${evidenceLine(alert.evidence)}`];
  for (const other of alert.contenders ?? []) lines.push(`  vs ${other.stance}: ${evidenceLine(other)}`);
  return lines.join('\n');
}
