export {
  createSafeFetcher,
  safeFetchOptionsFromConfig,
  checkUrl,
  type SafeFetchOptions,
  type FetchRequest,
  type FetchResult,
  type SafeFetcher,
} from './safe-fetcher.js';
export { isAddressAllowed, createGuardedLookup, isHostAllowlisted, assertHostAllowedAtAdd, type AddressPolicy } from './address-guard.js';
export { decodeBody, decodeBodyDetailed, charsetCandidates, type DecodedBody } from './charset.js';
export { HttpStatusError, parseRetryAfter } from './http-errors.js';
export { HostLimiter } from './host-limiter.js';
