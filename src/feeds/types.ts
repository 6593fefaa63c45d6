import type { Article } from '../model/article.js';

/** A feed as an admin added it. */
export interface Feed {
  /** Short stable hash of the normalised URL. */
  id: string;
  url: string;
  /** Own poll interval; undefined means the deployment default (POLL_INTERVAL_SECONDS). */
  intervalSeconds?: number;
  addedAt: string;
  addedBy?: string;
}

/** A feed plus what the poller knows about its health; what `feeds list` shows. */
export interface FeedStatus extends Feed {
  title?: string;
  lastPollAt?: string;
  lastSuccessAt?: string;
  lastErrorAt?: string;
  lastError?: string;
  lastErrorCode?: string;
  consecutiveFailures: number;
  /** Items in the feed at the last successful parse. */
  itemsSeen: number;
  /** New articles this feed has queued, ever. */
  itemsQueued: number;
  nextPollAt?: string;
  /** Set after FAILING_AFTER consecutive failures; the feed is then polled rarely. */
  failing: boolean;
  /** True once the first successful poll (the backfill, which does not alert) is done. */
  backfilled: boolean;
  etag?: string;
  lastModified?: string;
  /** The feed's own refresh hint (ttl or sy:updatePeriod), in seconds. */
  hintSeconds?: number;
}

export interface ParsedFeed {
  title?: string;
  link?: string;
  items: Article[];
  /** Items with no guid, link or title: nothing stable to key them by. */
  skippedItems: number;
  /** `<ttl>` or sy:updatePeriod / sy:updateFrequency, in seconds. */
  ttlSeconds?: number;
  /** 'strict' when rss-parser read it; 'lenient' when the XML was broken and read again forgivingly. */
  reading: 'strict' | 'lenient';
  /** What was mended to read it (broken XML, unreadable dates...); empty for a clean feed. */
  repairs: string[];
}

export type PollStatus = 'ok' | 'not_modified' | 'error' | 'missing';

export interface PollOutcome {
  feedId: string;
  status: PollStatus;
  itemsFound: number;
  queued: number;
  backfill: boolean;
  error?: string;
  errorCode?: string;
  nextPollAt?: string;
}
