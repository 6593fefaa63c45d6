import isoCountries from 'i18n-iso-countries/index.js';
import type { Subscription } from '../../alerts/subscriptions.js';
import * as countryModule from '../../countries/index.js';
import { describeError, ErrorCode, isPledgewatchError } from '../../errors/index.js';
import { COMMITMENT_LABELS, COMMITMENTS, type Commitment } from '../../model/taxonomy.js';
import { parseFilters, resolveCommitment, unknownCommitmentMessage, unknownCountryMessage } from './filters.js';
import { NO_POSITION_LABEL } from '../../alerts/present.js';
import type { Caller, ChatCore, ChatCoreDeps, ChoiceView, CoreErrorKind, CoreResult, CountryLookup, CountryRef, FeedView, StatusView } from './types.js';
import { countryRef, explainView, feedView, historyEntryView, positionViews, subscriptionView, tableView } from './views.js';

const DEFAULT_HISTORY_LIMIT = 25;
/** Every country autocomplete can offer: the ISO list plus the EU. */
const ALL_CODES = [...Object.keys(isoCountries.getAlpha2Codes()), 'EU'];
const MAX_QUERY_LENGTH = 200;

const FORBIDDEN_SUBSCRIPTIONS = 'Only members who can manage this channel (or have the bot admin role) can change its subscriptions.';
const FORBIDDEN_FEEDS = 'Only server or workspace admins can manage feeds.';
const NO_FEEDS = 'Feed management is not available here; ask the operator to run `pledgewatch feeds`.';
const INTERNAL = 'Something went wrong on my side while looking that up. Please try again in a minute.';

function kindOf(code: ErrorCode): CoreErrorKind {
  if (code === ErrorCode.NotFound) return 'not_found';
  if (code === ErrorCode.CommandInput || code === ErrorCode.FetchBlocked) return 'input';
  return 'unavailable';
}

function ok<T>(view: T): CoreResult<T> {
  return { ok: true, view };
}

function fail<T>(kind: CoreErrorKind, message: string): CoreResult<T> {
  return { ok: false, kind, message };
}

/**
 * The platform-neutral command logic shared by Discord and Slack: parses what was
 * typed, resolves countries, calls the stores and returns a view model (or a message
 * the user can act on). It never throws: a store failure becomes an apology and a log line.
 */
export function createChatCore(deps: ChatCoreDeps): ChatCore {
  const lookup: CountryLookup = deps.countries ?? countryModule;
  const now = deps.now ?? (() => new Date());

  async function guarded<T>(action: string, run: () => Promise<CoreResult<T>>): Promise<CoreResult<T>> {
    try {
      return await run();
    } catch (error) {
      // Our own errors carry a message written for the user; say it as it is.
      if (isPledgewatchError(error)) return fail(kindOf(error.code), error.message);
      deps.logger.error({ err: describeError(error), action }, 'chat command failed');
      return fail('internal', INTERNAL);
    }
  }

  function resolveCountry(query: string): CoreResult<CountryRef> {
    const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);
    const code = trimmed ? lookup.resolveCountry(trimmed) : null;
    if (!code) return fail('not_found', unknownCountryMessage(trimmed));
    return ok(countryRef(lookup, code));
  }

  function resolveCommitmentArg(commitment: string | undefined): CoreResult<Commitment | undefined> {
    if (!commitment || !commitment.trim()) return ok(undefined);
    const resolved = resolveCommitment(commitment.slice(0, MAX_QUERY_LENGTH));
    return resolved ? ok(resolved) : fail('input', unknownCommitmentMessage(commitment));
  }

  const core: ChatCore = {
    resolveCountry,

    status(query) {
      return guarded<StatusView>('status', async () => {
        if (!query || !query.trim()) return ok(tableView(lookup, await deps.state.positions()));
        const country = resolveCountry(query);
        if (!country.ok) return country;
        const positions = await deps.state.positions(country.view.code);
        return ok({
          kind: 'country' as const,
          country: country.view,
          positions: positionViews(positions),
          noPositionText: `${country.view.name}: ${NO_POSITION_LABEL} yet.`,
        });
      });
    },

    history(query, commitment, limit = DEFAULT_HISTORY_LIMIT) {
      return guarded('history', async () => {
        const country = resolveCountry(query);
        if (!country.ok) return country;
        const wanted = resolveCommitmentArg(commitment);
        if (!wanted.ok) return wanted;
        const entries = await deps.state.history(country.view.code, wanted.view, limit);
        const scope = wanted.view ? ` on ${COMMITMENT_LABELS[wanted.view]}` : '';
        return ok({
          country: country.view,
          commitment: wanted.view,
          entries: entries.map((entry) => historyEntryView(lookup, entry)),
          emptyText: `${country.view.name}: ${NO_POSITION_LABEL}${scope} so far, so no history yet.`,
        });
      });
    },

    subscribe(channel, filters, caller) {
      return guarded('subscribe', async () => {
        if (!caller.canManageSubscriptions) return fail('forbidden', FORBIDDEN_SUBSCRIPTIONS);
        const parsed = parseFilters(filters, lookup);
        if (!parsed.ok) return fail('input', parsed.message);
        const subscription: Subscription = {
          platform: channel.platform,
          channelId: channel.channelId,
          workspaceId: channel.workspaceId,
          ...parsed.filters,
          createdBy: caller.userId,
          createdAt: now().toISOString(),
        };
        await deps.subscriptions.upsert(subscription);
        return ok(subscriptionView(lookup, subscription));
      });
    },

    unsubscribe(channel, caller) {
      return guarded('unsubscribe', async () => {
        if (!caller.canManageSubscriptions) return fail('forbidden', FORBIDDEN_SUBSCRIPTIONS);
        const removed = await deps.subscriptions.remove(channel.platform, channel.channelId);
        return ok({ channelId: channel.channelId, removed });
      });
    },

    subscriptions(channel) {
      return guarded('subscriptions', async () => {
        const all = await deps.subscriptions.list(channel.platform);
        const workspace = all.filter((s) => (channel.workspaceId ? s.workspaceId === channel.workspaceId : s.channelId === channel.channelId));
        const own = all.find((s) => s.channelId === channel.channelId);
        return ok({
          channel: own ? subscriptionView(lookup, own) : null,
          workspace: workspace.map((s) => subscriptionView(lookup, s)),
        });
      });
    },

    feedsAdd(url, caller) {
      return guarded('feeds add', async () => {
        const denied = feedsDenied<FeedView>(caller);
        if (denied) return denied;
        const trimmed = url.trim();
        if (!trimmed) return fail('input', 'Give the feed URL, e.g. https://example.org/world/rss');
        const feed = await deps.feeds!.add(trimmed.slice(0, 2048), { addedBy: caller.userId });
        return ok(feedView(feed));
      });
    },

    feedsList(caller) {
      return guarded('feeds list', async () => {
        const denied = feedsDenied<{ feeds: FeedView[] }>(caller);
        if (denied) return denied;
        return ok({ feeds: (await deps.feeds!.list()).map(feedView) });
      });
    },

    feedsRemove(idOrUrl, caller) {
      return guarded('feeds remove', async () => {
        const denied = feedsDenied<FeedView>(caller);
        if (denied) return denied;
        const removed = idOrUrl.trim() ? await deps.feeds!.remove(idOrUrl.trim().slice(0, 2048)) : null;
        if (!removed) return fail('not_found', `No feed '${idOrUrl.trim().slice(0, 200)}' in the list. See the feeds list for ids.`);
        return ok(feedView(removed));
      });
    },

    explain(urlOrId) {
      return guarded('explain', async () => {
        const query = urlOrId.trim().slice(0, 2048);
        if (!query) return fail('input', 'Give the article URL, e.g. https://example.org/news/italy-troops');
        return ok(explainView(lookup, query, await deps.state.explain(query)));
      });
    },

    async suggestCountries(partial, limit = 25) {
      try {
        return await countryChoices(partial, limit);
      } catch (error) {
        deps.logger.warn({ err: describeError(error) }, 'country autocomplete failed');
        return [];
      }
    },

    suggestCommitments(partial, limit = 25) {
      const q = partial.trim().toLowerCase();
      return COMMITMENTS.filter((c) => !q || COMMITMENT_LABELS[c].includes(q) || c.includes(q))
        .slice(0, limit)
        .map((c) => ({ name: COMMITMENT_LABELS[c], value: c }));
    },
  };

  function feedsDenied<T>(caller: Caller): CoreResult<T> | null {
    if (!caller.canManageFeeds) return fail('forbidden', FORBIDDEN_FEEDS);
    if (!deps.feeds) return fail('unavailable', NO_FEEDS);
    return null;
  }

  /**
   * Exact resolution first (codes, demonyms, leaders), then countries with a position,
   * then any other country; names starting with what was typed before names containing it.
   */
  async function countryChoices(partial: string, limit: number): Promise<ChoiceView[]> {
    const q = partial.trim().toLowerCase().slice(0, 100);
    const exact = q ? lookup.resolveCountry(q) : null;
    const known = new Set((await deps.state.positions()).map((p) => p.country));
    const rank = (code: string): number => {
      const name = lookup.countryName(code).toLowerCase();
      if (code === exact) return 0;
      const textRank = !q || name.startsWith(q) || code.toLowerCase() === q ? 0 : name.includes(q) ? 1 : -1;
      if (textRank < 0) return -1;
      return 1 + textRank + (known.has(code) ? 0 : 2);
    };
    const candidates = q ? ALL_CODES : [...known];
    return candidates
      .map((code) => ({ code, rank: rank(code), name: lookup.countryName(code) }))
      .filter((c) => c.rank >= 0)
      .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'en'))
      .slice(0, limit)
      .map((c) => ({ name: `${c.name} (${c.code})`, value: c.code }));
  }

  return core;
}
