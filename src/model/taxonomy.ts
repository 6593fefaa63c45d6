/**
 * The claim taxonomy of eval/SCHEMA.md: what a country can say it will contribute,
 * and how firmly. Everything else in the pipeline speaks in these terms.
 */
export const COMMITMENTS = [
  'coalition',
  'ground_troops',
  'air',
  'maritime',
  'training',
  'equipment',
  'funding',
  'monitoring',
  'intelligence',
  'backstop',
  'sanctions',
] as const;
export type Commitment = (typeof COMMITMENTS)[number];

export const STANCES = ['committed', 'willing', 'conditional', 'undecided', 'declined', 'opposed'] as const;
export type Stance = (typeof STANCES)[number];

/** Who voiced a claim: the country itself (leader, minister, government) or someone else. */
export const SPEAKERS = ['self', 'third_party'] as const;
export type Speaker = (typeof SPEAKERS)[number];

/** The lenient scoring class of a stance (SCHEMA.md "Stances"). */
export type StanceClass = 'yes' | 'maybe' | 'no';
export const STANCE_CLASS: Record<Stance, StanceClass> = {
  committed: 'yes',
  willing: 'yes',
  conditional: 'maybe',
  undecided: 'maybe',
  declined: 'no',
  opposed: 'no',
};

export const COMMITMENT_LABELS: Record<Commitment, string> = {
  coalition: 'coalition',
  ground_troops: 'ground troops',
  air: 'air',
  maritime: 'maritime',
  training: 'training',
  equipment: 'equipment',
  funding: 'funding',
  monitoring: 'ceasefire monitoring',
  intelligence: 'intelligence',
  backstop: 'US backstop',
  sanctions: 'sanctions',
};

export function isCommitment(value: string): value is Commitment {
  return (COMMITMENTS as readonly string[]).includes(value);
}

export function isStance(value: string): value is Stance {
  return (STANCES as readonly string[]).includes(value);
}
