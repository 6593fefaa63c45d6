/**
 * The alert side of the bot in its own process, for the kill -9 test:
 * `node --import tsx bot-process.ts <redisUrl> <prefix> <slackApiUrl> <killAfterFirstDelivery: 1|0>`.
 * It runs the alert dispatcher and the Slack delivery worker (posting to a fake Slack on
 * loopback) and with 1 SIGKILLs itself as soon as Redis answers the first "delivered" mark.
 */
import { webApi } from '@slack/bolt';
import { AlertLog } from '../../src/alerts/alert-log.js';
import { startDeliveryWorker } from '../../src/alerts/delivery-worker.js';
import { startAlertDispatcher } from '../../src/alerts/dispatcher.js';
import { SubscriptionStore } from '../../src/alerts/subscriptions.js';
import { createSlackSender } from '../../src/chat/slack/sender.js';
import { silentLogger } from '../../src/log/logger.js';
import { createRedisContext } from '../../src/redis/connection.js';
import { killOnFirstReply } from './kill-switch.js';

const [url, prefix, slackApiUrl, kill] = process.argv.slice(2);
if (kill === '1') killOnFirstReply((name, firstArg) => name === 'set' && firstArg.includes(':delivered:'));
const ctx = createRedisContext(url!, prefix!);
const subscriptions = new SubscriptionStore(ctx);
const client = new webApi.WebClient('xoxb-test', { slackApiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
const workerOptions = { lockDuration: 2000, stalledInterval: 1000 };
startAlertDispatcher({ ctx, alertLog: new AlertLog(ctx), subscriptions, logger: silentLogger, localSinks: [], workerOptions });
startDeliveryWorker({ ctx, sender: createSlackSender({ client, logger: silentLogger }), subscriptions, logger: silentLogger, concurrency: 1, workerOptions });
process.stdout.write('ready\n');
