import type { Alert, Evidence } from '../../../src/model/alert.js';

/** An evidence record as the state keeps it; override any field. */
export function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    articleId: 'a-italy-1',
    url: 'https://news.example/italy-troops',
    outlet: 'Example News',
    published: '2025-09-04',
    title: 'Meloni: no Italian troops in Ukraine',
    quote: 'Meloni confirmed Italy will not send troops to Ukraine.',
    speaker: 'self',
    stance: 'declined',
    confidence: 0.9,
    ...overrides,
  };
}

export function alert(overrides: Partial<Alert> = {}): Alert {
  return {
    id: 'alert-it-ground-declined-1',
    type: 'changed',
    country: 'IT',
    commitment: 'ground_troops',
    from: 'undecided',
    to: 'declined',
    evidence: evidence(),
    createdAt: '2025-09-04T12:30:00.000Z',
    ...overrides,
  };
}
