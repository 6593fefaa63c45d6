/**
 * The chat command core shared by Discord and Slack: commands in, view models out,
 * plus the wording and symbols both platforms use to present alerts.
 */
export { createChatCore } from './chat-core.js';
export * from './types.js';
export * from '../../alerts/present.js';
export {
  parseFilters,
  resolveCommitment,
  resolveAlertType,
  unknownCountryMessage,
  unknownCommitmentMessage,
  UNKNOWN_COUNTRY_HINT,
  type ParsedFilters,
} from './filters.js';
export { alertView, type AlertView } from './alert-view.js';
