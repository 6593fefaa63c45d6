import type { Alert, AlertType } from '../../src/model/alert.js';

/** An alert of our own wording for the crash stages; ids are what tell them apart. */
export function alertFor(country: string, id: string, type: AlertType = 'changed', confidence = 0.9): Alert {
  return {
    id,
    type,
    country,
    commitment: 'ground_troops',
    from: 'willing',
    to: 'declined',
    evidence: {
      articleId: `article-${id}`,
      url: `https://news.example/${id}`,
      outlet: 'Example Daily',
      published: '2025-09-04',
      title: `Position change ${id}`,
      quote: 'The minister said the country will not send troops.',
      speaker: 'self',
      stance: 'declined',
      confidence,
    },
    createdAt: '2025-09-04T12:00:00Z',
  };
}
