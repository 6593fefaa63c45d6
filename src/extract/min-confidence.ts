/**
 * The pipeline acts on claims at or above this confidence. Below it are the claims SCHEMA.md
 * calls optional (adversary accusations, dissenters, claims the article doubts): kept as hints,
 * never alerted, and left out of `extract` output unless asked for.
 */
export const MIN_CONFIDENCE = 0.5;
