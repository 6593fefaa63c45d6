import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIInteraction } from 'discord.js';
import { describeError, ErrorCode, PledgewatchError } from '../../errors/index.js';
import type { Logger } from '../../log/logger.js';
import type { InteractionProcessor } from './interactions.js';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** Interactions are small; anything bigger is not from Discord. */
const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** The application's public key (hex, from the developer portal) as a key object. */
export function discordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) {
    throw new PledgewatchError(
      ErrorCode.Config,
      'DISCORD_PUBLIC_KEY must be the 64 hex characters shown as "Public Key" on the application\'s General Information page',
    );
  }
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** Discord signs timestamp + raw body; a request that fails this check did not come from Discord. */
export function verifyDiscordSignature(key: KeyObject, rawBody: Buffer, signatureHex: string, timestamp: string): boolean {
  if (!/^[0-9a-f]{128}$/i.test(signatureHex) || !timestamp) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]), key, Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        resolve('too-large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A JSON object with a numeric type, or null: signed garbage is still garbage. */
function parseInteraction(body: Buffer): APIInteraction | null {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    return typeof (value as { type?: unknown }).type === 'number' ? (value as APIInteraction) : null;
  } catch {
    return null;
  }
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

/**
 * The HTTP interactions endpoint (mounted at POST /discord/interactions): checks the
 * Ed25519 signature (401 otherwise), answers PING with PONG, and hands commands to the
 * processor, whose first response becomes the HTTP answer.
 */
export function createInteractionsEndpoint(deps: {
  publicKey: string;
  processor: InteractionProcessor;
  logger: Logger;
  maxBodyBytes?: number;
}): (req: IncomingMessage, res: ServerResponse) => void {
  const key = discordPublicKey(deps.publicKey);
  const maxBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
    const body = await readBody(req, maxBytes);
    if (body === 'too-large') return sendJson(res, 413, { error: 'body too large' });
    if (!verifyDiscordSignature(key, body, header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'))) {
      return sendJson(res, 401, { error: 'invalid request signature' });
    }
    const interaction = parseInteraction(body);
    if (!interaction) return sendJson(res, 400, { error: 'body is not an interaction' });
    await deps.processor.handle(interaction, async (response) => sendJson(res, 200, response));
    if (!res.headersSent) sendJson(res, 500, { error: 'no response' });
  }

  return (req, res) => {
    serve(req, res).catch((error: unknown) => {
      deps.logger.error({ err: describeError(error) }, 'discord interactions endpoint failed');
      sendJson(res, 500, { error: 'internal error' });
    });
  };
}
