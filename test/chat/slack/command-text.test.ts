import { describe, expect, it } from 'vitest';
import { parseCommandText, unwrapSlackText } from '../../../src/chat/slack/command-text.js';

describe('parseCommandText', () => {
  it.each([
    ['', { name: 'help' }],
    ['help', { name: 'help' }],
    ['status', { name: 'status', country: '' }],
    ['status Italy', { name: 'status', country: 'Italy' }],
    ['STATUS  united   kingdom ', { name: 'status', country: 'united kingdom' }],
    ['history Italy', { name: 'history', country: 'Italy' }],
    ['history United Kingdom on ground troops', { name: 'history', country: 'United Kingdom', commitment: 'ground troops' }],
    ['subscribe countries: PL, DE; not sanctions', { name: 'subscribe', filters: 'countries: PL, DE; not sanctions' }],
    ['subscribe', { name: 'subscribe', filters: '' }],
    ['unsubscribe', { name: 'unsubscribe' }],
    ['subscriptions', { name: 'subscriptions' }],
    ['feeds', { name: 'feeds-list' }],
    ['feeds list', { name: 'feeds-list' }],
    ['feeds add <https://news.example/rss>', { name: 'feeds-add', url: 'https://news.example/rss' }],
    ['feeds remove f-123', { name: 'feeds-remove', idOrUrl: 'f-123' }],
    ['explain <https://news.example/a?x=1&amp;y=2|news.example/a>', { name: 'explain', url: 'https://news.example/a?x=1&y=2' }],
  ])('%j', (text, expected) => {
    expect(parseCommandText(text)).toEqual(expected);
  });

  it.each([
    ['dance', /Unknown subcommand "dance"/],
    ['history', /Name a country/],
    ['feeds add', /Give the feed URL/],
    ['feeds remove', /feed id or URL/],
    ['feeds purge', /Unknown feeds action "purge"/],
    ['explain', /article URL/],
  ])('refuses %j with a hint', (text, message) => {
    const parsed = parseCommandText(text);
    expect(parsed.name).toBe('invalid');
    expect(parsed.name === 'invalid' && parsed.message).toMatch(message);
  });

  it('survives hostile and huge input', () => {
    const parsed = parseCommandText(`status ${'&lt;!channel&gt;'.repeat(10_000)}`);
    expect(parsed.name).toBe('status');
    expect(parsed.name === 'status' && parsed.country.length).toBeLessThanOrEqual(2000);
  });
});

describe('unwrapSlackText', () => {
  it('undoes Slack entity escaping', () => {
    expect(unwrapSlackText('a &lt;b&gt; &amp;amp;')).toBe('a <b> &amp;');
  });
});
