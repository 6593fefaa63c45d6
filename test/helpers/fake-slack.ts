import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One Web API call as the fake received it; JSON-valued fields (blocks) are decoded. */
export interface RecordedCall {
  method: string;
  /** Date.now() when the call arrived. */
  at: number;
  params: Record<string, unknown>;
  authorization: string | undefined;
}

/** One POST to a response_url (what respond() sends). */
export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
}

export type CannedReply = { status: number; headers?: Record<string, string>; body?: unknown };
type Handler = (params: Record<string, unknown>) => CannedReply;

export interface FakeSlackUser {
  id: string;
  is_admin?: boolean;
  is_owner?: boolean;
}

/**
 * A Slack Web API on 127.0.0.1 that records every call. Serves /api/<method>
 * (form or JSON bodies) and /respond/<id> for response_url. Replies can be scripted
 * per method (a 429 with Retry-After, an error code), or the whole API taken "down"
 * (connections are cut, like a network outage) and brought back.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  readonly users = new Map<string, FakeSlackUser>();
  readonly channelCreators = new Map<string, string>();
  private readonly events = new EventEmitter();
  private readonly scripted = new Map<string, CannedReply[]>();
  private readonly sockets = new Set<Socket>();
  private readonly held = new Map<string, Promise<void>>();
  private server?: Server;
  private down = false;
  private socketMode?: WebSocketServer;
  private socketClient?: WebSocket;
  private nextEnvelope = 1;
  /** Connections cut while down (attempts that never reached the API). */
  refused = 0;
  private nextTs = 1;
  port = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** The next `times` calls to `method` get this reply instead of the default. */
  script(method: string, reply: CannedReply, times = 1): void {
    const queue = this.scripted.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(reply);
    this.scripted.set(method, queue);
  }

  /**
   * Calls to `method` are recorded at once but answered only after the returned
   * release() is called: lets a test prove something happens before Slack answers.
   */
  hold(method: string): () => void {
    let release = (): void => undefined;
    this.held.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.held.delete(method);
      release();
    };
  }

  /** While down, every connection is destroyed without a reply. */
  setDown(down: boolean): void {
    this.down = down;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `count` calls to `method` have arrived (event driven, no polling). */
  async waitForCalls(method: string, count: number): Promise<RecordedCall[]> {
    while (this.callsTo(method).length < count) await once(this.events, 'call');
    return this.callsTo(method);
  }

  async waitForRefused(count: number): Promise<void> {
    while (this.refused < count) await once(this.events, 'refused');
  }

  /** Resolves with the body posted to responseUrl(id), once it arrives. */
  async waitForResponse(id: string): Promise<Record<string, unknown>> {
    for (;;) {
      const found = this.responses.find((r) => r.id === id);
      if (found) return found.body;
      await once(this.events, 'response');
    }
  }

  /**
   * Socket Mode: apps.connections.open hands out ws://127.0.0.1:<port>/link, where the
   * fake says hello and can push envelopes the way Slack does.
   */
  enableSocketMode(): void {
    this.socketMode = new WebSocketServer({ server: this.server, path: '/link' });
    this.socketMode.on('connection', (ws) => {
      this.socketClient = ws;
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0TEST' } }));
    });
  }

  /** Pushes one envelope (e.g. type 'slash_commands') and resolves with the app's ack. */
  async sendEnvelope(type: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
    const ws = this.socketClient;
    if (!ws) throw new Error('no Socket Mode client connected');
    const envelopeId = `env-${this.nextEnvelope++}`;
    const acked = new Promise<Record<string, unknown>>((resolve) => {
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString('utf8')) as Record<string, unknown>;
        if (message.envelope_id !== envelopeId) return;
        ws.off('message', onMessage);
        resolve(message);
      };
      ws.on('message', onMessage);
    });
    ws.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true }));
    return acked;
  }

  async close(): Promise<void> {
    for (const client of this.socketMode?.clients ?? []) client.terminate();
    this.socketMode?.close();
    for (const socket of this.sockets) socket.destroy();
    if (this.server) await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.down) {
      this.refused++;
      this.events.emit('refused');
      req.socket.destroy();
      return;
    }
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/respond/')) {
      this.responses.push({ id: url.pathname.slice('/respond/'.length), body: JSON.parse(raw || '{}') as Record<string, unknown> });
      this.events.emit('response');
      reply(res, { status: 200, body: { ok: true } });
      return;
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const params = parseParams(raw, req.headers['content-type']);
    this.calls.push({ method, at: Date.now(), params, authorization: req.headers.authorization });
    this.events.emit('call');
    await this.held.get(method);
    const scripted = this.scripted.get(method)?.shift();
    reply(res, scripted ?? this.defaultReply(method, params));
  }

  private defaultReply(method: string, params: Record<string, unknown>): CannedReply {
    const handlers: Record<string, Handler> = {
      'auth.test': () => ok({ user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0TEST', user: 'pledgewatch' }),
      'apps.connections.open': () => (this.socketMode ? ok({ url: `ws://127.0.0.1:${this.port}/link` }) : ok({ ok: false, error: 'socket_mode_not_enabled' })),
      'chat.postMessage': (p) => ok({ channel: p.channel, ts: `1700000000.${String(this.nextTs++).padStart(6, '0')}` }),
      'users.info': (p) => {
        const user = this.users.get(String(p.user));
        return user ? ok({ user: { is_admin: false, is_owner: false, ...user } }) : ok({ ok: false, error: 'user_not_found' });
      },
      'conversations.info': (p) => {
        const creator = this.channelCreators.get(String(p.channel));
        return creator ? ok({ channel: { id: p.channel, creator } }) : ok({ ok: false, error: 'channel_not_found' });
      },
    };
    return handlers[method]?.(params) ?? ok({ ok: false, error: 'unknown_method' });
  }
}

function ok(body: Record<string, unknown>): CannedReply {
  return { status: 200, body: { ok: true, ...body } };
}

function reply(res: ServerResponse, canned: CannedReply): void {
  res.writeHead(canned.status, { 'content-type': 'application/json', ...canned.headers });
  res.end(JSON.stringify(canned.body ?? {}));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(raw)) params[name] = decodeJsonField(value);
  return params;
}

function decodeJsonField(value: string): unknown {
  if (!/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
