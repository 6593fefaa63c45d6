import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AlertLog } from '../alerts/alert-log.js';
import { countryName } from '../countries/index.js';
import type { Logger } from '../log/logger.js';
import { membersOf, type Alert } from '../model/alert.js';
import { confirmationText } from '../alerts/present.js';
import { SECURITY_HEADERS } from './http-util.js';

const HEARTBEAT_MS = 20_000;
const MAX_CLIENTS = 200;

interface Client {
  res: ServerResponse;
  country?: string;
}

/**
 * Fans alerts from the AlertLog's pub/sub channel out to Server-Sent Events clients.
 * One Redis subscription per server, however many browsers are watching.
 */
export class LiveAlerts {
  private readonly clients = new Set<Client>();
  private unsubscribe?: () => Promise<void>;
  private heartbeat?: NodeJS.Timeout;

  constructor(
    private readonly alertLog: AlertLog,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.unsubscribe = await this.alertLog.subscribe((alert) => this.broadcast(alert));
    this.heartbeat = setInterval(() => this.writeAll(': keep-alive\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Opens an event stream; `country` narrows it to one country's alerts. */
  open(req: IncomingMessage, res: ServerResponse, country?: string): boolean {
    if (this.clients.size >= MAX_CLIENTS) return false;
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n: connected\n\n');
    const client: Client = { res, country };
    this.clients.add(client);
    res.on('close', () => this.clients.delete(client));
    return true;
  }

  get size(): number {
    return this.clients.size;
  }

  private broadcast(alert: Alert): void {
    const members = membersOf(alert).map((m) => ({ country: m.country, countryName: countryName(m.country), from: m.from }));
    const data = JSON.stringify({ ...alert, countryName: countryName(alert.country), memberNames: members, status: confirmationText(alert) });
    const message = `id: ${alert.id.replace(/[\r\n]/g, '')}\nevent: alert\ndata: ${data}\n\n`;
    for (const client of this.clients) {
      if (!client.country || members.some((m) => m.country === client.country)) client.res.write(message);
    }
    this.logger.debug({ alert: alert.id, clients: this.clients.size }, 'alert pushed to the web page');
  }

  private writeAll(text: string): void {
    for (const client of this.clients) client.res.write(text);
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const client of this.clients) client.res.end();
    this.clients.clear();
    await this.unsubscribe?.();
  }
}
