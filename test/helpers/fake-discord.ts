import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. "/channels/123/messages". */
  path: string;
  body: unknown;
  headers: IncomingHttpHeaders;
  /** Milliseconds since the fake started (for ordering, never for timing assertions). */
  at: number;
}

interface Scripted {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

type Json = Record<string, unknown>;

/**
 * A fake Discord API on 127.0.0.1 that the real discord.js REST client talks to
 * (`api: fake.apiUrl`). It implements the routes the bot uses, records every request,
 * can answer chosen requests with errors (429, 403, 5xx), and can go down and come back.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Guild roles served at GET /guilds/:id/roles. */
  readonly roles = new Map<string, Array<{ id: string; name: string }>>();
  private readonly scripted: Scripted[] = [];
  private readonly gone = new Map<string, 403 | 404>();
  private readonly started = Date.now();
  private server: Server;
  private nextId = 1000;
  port = 0;

  private constructor() {
    this.server = this.createServer();
  }

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await fake.listen(0);
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The next request matching method and path gets this answer instead of the normal one. */
  respondOnce(method: string, path: RegExp, status: number, body: unknown, headers: Record<string, string> = {}): void {
    this.scripted.push({ method, path, status, body, headers });
  }

  /** Messages to this channel get 403 Missing Access (or 404 Unknown Channel) from now on. */
  closeChannel(channelId: string, status: 403 | 404 = 403): void {
    this.gone.set(channelId, status);
  }

  /** Stops listening: the client sees "connection refused", as when Discord is unreachable. */
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Comes back on the same port. */
  async restart(): Promise<void> {
    this.server = this.createServer();
    await this.listen(this.port);
  }

  messagesTo(channelId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
  }

  /** Resolves with the first recorded request matching, waiting for it to arrive. */
  async waitFor(predicate: (request: RecordedRequest) => boolean, timeoutMs = 15_000): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error('fake Discord: the expected request never arrived');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private createServer(): Server {
    return createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.send(res, 500, { message: String(error), code: 0 });
      });
    });
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readAll(req);
    const method = req.method ?? 'GET';
    const path = (req.url ?? '').replace(/^\/api\/v10/, '').split('?')[0] ?? '';
    const body = raw ? parseJson(raw) : undefined;
    this.requests.push({ method, path, body, headers: req.headers, at: Date.now() - this.started });
    const scripted = this.scripted.findIndex((s) => s.method === method && s.path.test(path));
    if (scripted >= 0) {
      const [answer] = this.scripted.splice(scripted, 1);
      return this.send(res, answer!.status, answer!.body, answer!.headers);
    }
    this.route(method, path, body as Json | undefined, res);
  }

  private route(method: string, path: string, body: Json | undefined, res: ServerResponse): void {
    let match: RegExpExecArray | null;
    if (method === 'POST' && (match = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const status = this.gone.get(match[1]!);
      if (status === 403) return this.send(res, 403, { message: 'Missing Access', code: 50001 });
      if (status === 404) return this.send(res, 404, { message: 'Unknown Channel', code: 10003 });
      return this.send(res, 200, this.message(match[1]!, body));
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return this.send(res, 204, undefined);
    if (method === 'PATCH' && (match = /^\/webhooks\/(\d+)\/[^/]+\/messages\/@original$/.exec(path))) {
      return this.send(res, 200, this.message('0', body));
    }
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return this.send(res, 200, this.message('0', body));
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const commands = Array.isArray(body) ? body : [];
      return this.send(
        res,
        200,
        commands.map((c: Json) => ({ ...c, id: String(this.nextId++) })),
      );
    }
    if (method === 'GET' && path === '/applications/@me') return this.send(res, 200, { id: '999000', name: 'pledgewatch' });
    if (method === 'GET' && (match = /^\/guilds\/(\d+)\/roles$/.exec(path))) {
      return this.send(res, 200, this.roles.get(match[1]!) ?? []);
    }
    this.send(res, 404, { message: '404: Not Found', code: 0 });
  }

  private message(channelId: string, body: Json | undefined): Json {
    return { id: String(this.nextId++), channel_id: channelId, content: '', embeds: [], ...body };
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (body === undefined) {
      res.writeHead(status, headers);
      res.end();
      return;
    }
    const json = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(json);
  }
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
