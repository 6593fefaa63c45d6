import type { Article } from '../../../src/model/article.js';
import type { Claim } from '../../../src/model/claim.js';
import type { PledgeStore } from '../../../src/state/index.js';

export const ITALY_URL = 'https://news.example.test/2025/09/04/italy-no-troops';
export const GERMANY_URL = 'https://news.example.test/2025/09/05/germany-joins';

function article(id: string, url: string, outlet: string, published: string, title: string): Article {
  return { id, url, outlet, published, title, body: title };
}

function claim(country: string, commitment: Claim['commitment'], stance: Claim['stance'], evidence: string, speaker: Claim['speaker'] = 'self'): Claim {
  return { country, commitment, stance, evidence, speaker, confidence: 0.9 };
}

/** The development story in small: Italy's stated limits, Germany conditional then committed. */
export async function seedPositions(store: PledgeStore): Promise<void> {
  await store.applyArticle(
    article('a-italy', ITALY_URL, 'Reuters', '2025-09-04', 'Meloni: no Italian troops in Ukraine'),
    [
      claim('IT', 'ground_troops', 'declined', 'Meloni confirmed Italy will not send troops to Ukraine.'),
      claim('IT', 'monitoring', 'willing', 'Italy is ready to help monitor a ceasefire.'),
      claim('DE', 'coalition', 'conditional', 'Germany will decide once US involvement is clear.', 'third_party'),
    ],
    { now: new Date('2025-09-04T12:00:00Z') },
  );
  await store.applyArticle(
    article('a-germany', GERMANY_URL, 'Deutsche Welle', '2025-09-05', 'Merz: Germany is in'),
    [claim('DE', 'coalition', 'committed', 'Chancellor Merz said Germany will contribute to the guarantees.')],
    { now: new Date('2025-09-05T12:00:00Z') },
  );
}
