import { readProcessing, type ProcessingRecord } from '../queue/processing-record.js';
import type { RedisContext } from '../redis/connection.js';
import type { ArticleRecord, PledgeStore } from '../state/index.js';

/** Everything known about what happened to one article, from the queue and from the state. */
export interface ArticleExplanation {
  query: string;
  processing: ProcessingRecord | null;
  applied: ArticleRecord | null;
  summary: string;
}

/** Answers "why didn't this alert?" for an article URL or id. */
export async function explainArticle(ctx: RedisContext, store: Pick<PledgeStore, 'explain'>, query: string): Promise<ArticleExplanation> {
  const processing = await readProcessing(ctx, query);
  const applied = await store.explain(processing?.articleId ?? query);
  return { query, processing, applied, summary: summarise(processing, applied) };
}

function summarise(processing: ProcessingRecord | null, applied: ArticleRecord | null): string {
  if (!processing && !applied) {
    return 'never processed: no feed delivered it yet (is its feed added? `feeds list`), or it was published before its feed was added';
  }
  if (processing?.fullText === 'failed') {
    return `processed from the feed summary only (the page could not be fetched): ${processing.claims} claims, ${processing.alerts} alerts`;
  }
  if (!applied) return `processed: ${processing!.claims} claims found, none applied`;
  if (applied.backfill) return 'recorded in backfill mode (first poll of a new feed or --backfill): positions stored, no alerts by design';
  if (applied.decisions.length === 0) return 'no claims found in it: nothing to compare with the stored positions';
  if (applied.alerts.length > 0) return `${applied.alerts.length} alert(s) raised`;
  return 'claims found, but none changed a position (see the reason for each)';
}

export function formatExplanation(explanation: ArticleExplanation): string {
  const lines = [explanation.summary];
  const { processing, applied } = explanation;
  if (processing) {
    lines.push(
      `article: ${processing.title} (${processing.url})`,
      `processed: ${processing.at}; full text: ${processing.fullText}; claims: ${processing.claims}`,
    );
  }
  for (const decision of applied?.decisions ?? []) {
    const { claim } = decision;
    lines.push(
      `  ${claim.country} ${claim.commitment} ${claim.stance} (${claim.speaker}, ${claim.confidence.toFixed(2)}): ${decision.outcome} — ${decision.reason}`,
    );
  }
  return lines.join('\n');
}
