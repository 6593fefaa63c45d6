import { countryName } from '../countries/index.js';
import type { Alert, Evidence } from '../model/alert.js';
import { COMMITMENT_LABELS } from '../model/taxonomy.js';

/** "Germany — coalition: willing -> conditional" (or "new: willing" for a first position). */
export function alertHeadline(alert: Alert): string {
  const subject = `${countryName(alert.country)} — ${COMMITMENT_LABELS[alert.commitment]}`;
  switch (alert.type) {
    case 'new':
      return `${subject}: ${alert.to}`;
    case 'disputed':
      return `${subject}: disputed (${alert.from ?? 'none'} vs ${alert.evidence.stance})`;
    default:
      return `${subject}: ${alert.from ?? 'none'} -> ${alert.to}`;
  }
}

/** "quote" — outlet, date, link: the evidence line every alert carries. */
export function evidenceLine(evidence: Evidence): string {
  const link = evidence.url !== 'unknown' ? `, ${evidence.url}` : '';
  return `"${evidence.quote}" — ${evidence.outlet}, ${displayDate(evidence.published)}${link}`;
}

/** The day of an ISO date or timestamp ("2025-09-04T12:00:00Z" -> "2025-09-04"); anything else as is. */
export function displayDate(published: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : published;
}

/** Words for the extractor's confidence, so readers see how sure the bot is. */
export function confidenceWords(confidence: number): string {
  if (confidence >= 0.85) return 'high confidence';
  if (confidence >= 0.65) return 'medium confidence';
  return 'low confidence';
}

/** The plain-text alert for the console and chat fallbacks. */
export function alertText(alert: Alert): string {
  const lines = [`${alertHeadline(alert)}  [${alert.type}, ${confidenceWords(alert.evidence.confidence)}]`, `  ${evidenceLine(alert.evidence)}`];
  for (const other of alert.contenders ?? []) lines.push(`  vs ${other.stance}: ${evidenceLine(other)}`);
  return lines.join('\n');
}
