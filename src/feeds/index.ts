export { fetchArticleText, extractArticleText, type ArticleText } from './article-text.js';
export { parseFeed, SUMMARY_ONLY_BELOW } from './parse-feed.js';
export { parseFeedDate } from './dates.js';
export { htmlToText } from './html-text.js';
export { FeedRegistry, normaliseFeedUrl, feedIdFor } from './registry.js';
export { pollFeedOnce, FEED_ACCEPT, type PollDeps } from './poll.js';
export { startPoller, feedsWithSchedules, scheduleFeed, unscheduleFeed, schedulerIdFor, type Poller, type PollerDeps, type PollJobData } from './poller.js';
export { FAILING_AFTER, FAILING_POLL_SECONDS, effectiveIntervalSeconds, delayAfterFailureSeconds, isDue } from './schedule.js';
export type { Feed, FeedStatus, ParsedFeed, PollOutcome, PollStatus } from './types.js';
