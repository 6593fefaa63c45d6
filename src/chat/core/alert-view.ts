import * as countryModule from '../../countries/index.js';
import { membersOf, unconfirmedFrom, type Alert, type AlertType, type PositionStance } from '../../model/alert.js';
import type { Commitment } from '../../model/taxonomy.js';
import {
  ALERT_TYPE_HEADINGS,
  changeLine,
  commitmentLabel,
  confirmationText,
  correctionText,
  groupTransition,
  namesText,
  stanceEmoji,
  stanceLabel,
  transitionText,
  whenText,
} from '../../alerts/present.js';
import type { CountryLookup, CountryRef, EvidenceView } from './types.js';
import { countryRef, evidenceView } from './views.js';

/** One country of a (grouped) alert. */
export interface AlertMemberView {
  country: CountryRef;
  from: PositionStance | null;
  fromLabel: string;
}

/** One alert, as every platform shows it: the same facts in the same words. */
export interface AlertView {
  id: string;
  type: AlertType;
  /** "Position changed", "Correction" */
  heading: string;
  /** The lead country (the only one unless grouped). */
  country: CountryRef;
  /** Every country of the message, lead first. */
  members: AlertMemberView[];
  /** "Finland, Estonia and Canada" */
  names: string;
  /** True when the countries came from different stances: show each one's earlier stance. */
  mixedFrom: boolean;
  commitment: Commitment;
  commitmentLabel: string;
  from: PositionStance | null;
  to: PositionStance;
  fromLabel: string;
  toLabel: string;
  emoji: string;
  /** "willing -> conditional" (for the whole group) */
  transition: string;
  /** "Germany — coalition: willing -> conditional" / "Finland, Estonia and Canada — coalition: willing" */
  line: string;
  /** "reported, unconfirmed" / "confirmed: the government itself" */
  status: string;
  unconfirmed: boolean;
  /** For a correction: "Correction of the alert of 2025-09-04 (willing)". */
  correction: string | null;
  /** "said 2025-09-04, processed 2025-09-05 10:12 UTC" */
  when: string;
  evidence: EvidenceView;
  /** Other reports that confirm it (besides evidence). */
  sources: EvidenceView[];
  contenders: EvidenceView[];
  createdAt: string;
}

export function alertView(alert: Alert, lookup: CountryLookup = countryModule): AlertView {
  const country = countryRef(lookup, alert.country);
  const members = membersOf(alert).map((m) => ({ country: countryRef(lookup, m.country), from: m.from, fromLabel: stanceLabel(m.from) }));
  const names = namesText(members.map((m) => m.country.name));
  const transition =
    members.length > 1
      ? groupTransition(
          members.map((m) => m.from),
          alert.to,
        )
      : transitionText(alert.from, alert.to);
  return {
    id: alert.id,
    type: alert.type,
    heading: alert.corrects ? 'Correction' : ALERT_TYPE_HEADINGS[alert.type],
    country,
    members,
    names,
    mixedFrom: members.some((m) => m.from !== members[0]!.from),
    commitment: alert.commitment,
    commitmentLabel: commitmentLabel(alert.commitment),
    from: alert.from,
    to: alert.to,
    fromLabel: stanceLabel(alert.from),
    toLabel: stanceLabel(alert.to),
    emoji: stanceEmoji(alert.to),
    transition,
    line:
      members.length > 1
        ? `${names} — ${commitmentLabel(alert.commitment)}: ${transition}`
        : unconfirmedFrom(alert)
          ? `${country.name} — ${commitmentLabel(alert.commitment)}: ${stanceLabel(unconfirmedFrom(alert))} (unconfirmed) -> ${stanceLabel(alert.to)}`
          : changeLine(country.name, alert.commitment, alert.from, alert.to),
    status: confirmationText(alert),
    unconfirmed: alert.track === 'report',
    correction: alert.corrects ? correctionText(alert.corrects) : null,
    when: whenText(alert.evidence.published, alert.createdAt),
    evidence: evidenceView(alert.evidence),
    sources: (alert.sources ?? []).filter((s) => s.articleId !== alert.evidence.articleId).map(evidenceView),
    contenders: (alert.contenders ?? []).map(evidenceView),
    createdAt: alert.createdAt,
  };
}
