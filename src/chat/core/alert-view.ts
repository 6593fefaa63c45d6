import * as countryModule from '../../countries/index.js';
import type { Alert, AlertType, PositionStance } from '../../model/alert.js';
import type { Commitment } from '../../model/taxonomy.js';
import { ALERT_TYPE_HEADINGS, changeLine, commitmentLabel, stanceEmoji, stanceLabel, transitionText } from '../../alerts/present.js';
import type { CountryLookup, CountryRef, EvidenceView } from './types.js';
import { countryRef, evidenceView } from './views.js';

/** One alert, as every platform shows it: the same facts in the same words. */
export interface AlertView {
  id: string;
  type: AlertType;
  /** "Position changed" */
  heading: string;
  country: CountryRef;
  commitment: Commitment;
  commitmentLabel: string;
  from: PositionStance | null;
  to: PositionStance;
  fromLabel: string;
  toLabel: string;
  emoji: string;
  /** "willing -> conditional" */
  transition: string;
  /** "Germany — coalition: willing -> conditional" */
  line: string;
  evidence: EvidenceView;
  contenders: EvidenceView[];
  createdAt: string;
}

export function alertView(alert: Alert, lookup: CountryLookup = countryModule): AlertView {
  const country = countryRef(lookup, alert.country);
  return {
    id: alert.id,
    type: alert.type,
    heading: ALERT_TYPE_HEADINGS[alert.type],
    country,
    commitment: alert.commitment,
    commitmentLabel: commitmentLabel(alert.commitment),
    from: alert.from,
    to: alert.to,
    fromLabel: stanceLabel(alert.from),
    toLabel: stanceLabel(alert.to),
    emoji: stanceEmoji(alert.to),
    transition: transitionText(alert.from, alert.to),
    line: changeLine(country.name, alert.commitment, alert.from, alert.to),
    evidence: evidenceView(alert.evidence),
    contenders: (alert.contenders ?? []).map(evidenceView),
    createdAt: alert.createdAt,
  };
}
