import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process; `/metrics` on the HTTP port serves it in Prometheus format. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'pledgewatch_' });

export const metrics = {
  feedsPolled: new Counter({
    name: 'pledgewatch_feed_polls_total',
    help: 'Feed polls, by outcome (ok, not_modified, error)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  }),
  articlesQueued: new Counter({ name: 'pledgewatch_articles_queued_total', help: 'New articles queued', registers: [registry] }),
  articlesProcessed: new Counter({
    name: 'pledgewatch_articles_processed_total',
    help: 'Articles through the worker, by outcome (applied, duplicate, error)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  }),
  claimsExtracted: new Counter({ name: 'pledgewatch_claims_extracted_total', help: 'Claims extracted', registers: [registry] }),
  alertsProduced: new Counter({
    name: 'pledgewatch_alerts_total',
    help: 'Alerts produced, by type',
    labelNames: ['type'] as const,
    registers: [registry],
  }),
  alertsDelivered: new Counter({
    name: 'pledgewatch_alerts_delivered_total',
    help: 'Alert delivery jobs by final outcome (sent, held_for_digest, digest, channel_gone, error), by sink',
    labelNames: ['sink', 'outcome'] as const,
    registers: [registry],
  }),
  deliveryWaits: new Counter({
    name: 'pledgewatch_delivery_waits_total',
    help: 'Deliveries put back to wait (not failures), by sink and reason (rate_limited)',
    labelNames: ['sink', 'reason'] as const,
    registers: [registry],
  }),
  errors: new Counter({
    name: 'pledgewatch_errors_total',
    help: 'Errors, by stage',
    labelNames: ['stage'] as const,
    registers: [registry],
  }),
  queueDepth: new Gauge({
    name: 'pledgewatch_queue_depth',
    help: 'Jobs waiting or delayed, by queue',
    labelNames: ['queue'] as const,
    registers: [registry],
  }),
  articleSeconds: new Histogram({
    name: 'pledgewatch_article_processing_seconds',
    help: 'Time to process one article in the worker',
    buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10],
    registers: [registry],
  }),
};
