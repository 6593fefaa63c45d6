import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { isPledgewatchError } from '../../src/errors/index.js';
import { createExtractor, createLlmExtractor, extractClaims } from '../../src/extract/index.js';
import { silentLogger, type Logger } from '../../src/log/logger.js';
import { articleOf } from './helpers.js';

const SENTENCE = 'Italian Prime Minister Giorgia Meloni said Italy would not send troops to Ukraine.';
const ARTICLE = articleOf(`${SENTENCE}\nCanada is ready to provide training for Ukraine, Carney said.`);

type Reply = (req: IncomingMessage, body: string, res: ServerResponse) => void;

/** A fake OpenAI-compatible endpoint on loopback; each test sets how it answers. */
let reply: Reply = () => undefined;
const requests: Array<{ headers: IncomingMessage['headers']; body: Record<string, unknown> }> = [];
let server: Server;
let baseUrl: string;

function answerWith(content: string): Reply {
  return (_req, _body, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
  };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push({ headers: req.headers, body: JSON.parse(body || '{}') as Record<string, unknown> });
      reply(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger: Logger = pino(
    { level: 'debug' },
    { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  ) as unknown as Logger;
  return { logger, lines };
}

describe('EXTRACTOR=llm', () => {
  it('asks for JSON with the model, key and article, and uses a valid answer', async () => {
    reply = answerWith(
      JSON.stringify({ claims: [{ country: 'IT', commitment: 'ground_troops', stance: 'declined', evidence: SENTENCE, speaker: 'self', confidence: 0.95 }] }),
    );
    const extractor = createLlmExtractor({ baseUrl, model: 'tiny-test', apiKey: 'k-123', timeoutMs: 5000 }, silentLogger);
    const claims = await extractor.extract(ARTICLE);
    expect(claims).toEqual([{ country: 'IT', commitment: 'ground_troops', stance: 'declined', evidence: SENTENCE, speaker: 'self', confidence: 0.95 }]);
    const request = requests.at(-1)!;
    expect(request.headers.authorization).toBe('Bearer k-123');
    expect(request.body).toMatchObject({ model: 'tiny-test', response_format: { type: 'json_object' } });
    expect(JSON.stringify(request.body.messages)).toContain('Meloni');
  });

  it('works without a key and accepts a fenced bare array', async () => {
    reply = answerWith('```json\n[{"country":"IT","commitment":"ground_troops","stance":"declined","evidence":"' + SENTENCE + '","speaker":"self"}]\n```');
    const claims = await createLlmExtractor({ baseUrl, model: 'm', timeoutMs: 5000 }, silentLogger).extract(ARTICLE);
    expect(requests.at(-1)!.headers.authorization).toBeUndefined();
    expect(claims.map((c) => [c.country, c.confidence])).toEqual([['IT', 0.7]]);
  });

  it('drops claims whose evidence is not in the article', async () => {
    reply = answerWith(
      JSON.stringify({ claims: [{ country: 'FR', commitment: 'air', stance: 'committed', evidence: 'France will send jets.', speaker: 'self' }] }),
    );
    expect(await createLlmExtractor({ baseUrl, model: 'm', timeoutMs: 5000 }, silentLogger).extract(ARTICLE)).toEqual([]);
  });

  const rules = extractClaims(ARTICLE);
  it.each<[string, Reply, RegExp]>([
    ['HTTP 500', (_q, _b, res) => res.writeHead(500).end('boom'), /HTTP 500/],
    ['not JSON', answerWith('Sure! Italy will not send troops.'), /not JSON/],
    ['wrong schema', answerWith('{"claims":[{"country":"Italy","commitment":"navy","stance":"maybe"}]}'), /schema/],
    ['no content', (_q, _b, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"choices":[]}'), /no choices/],
    ['a hang past the timeout', () => undefined, /request failed/],
  ])('falls back to the rules and logs why on %s', async (_name, how, reason) => {
    reply = how;
    const { logger, lines } = capturingLogger();
    const claims = await createLlmExtractor({ baseUrl, model: 'm', timeoutMs: 3000 }, logger).extract(ARTICLE);
    expect(claims).toEqual(rules);
    expect(rules.length).toBeGreaterThan(0);
    const warning = lines.find((l) => l.msg === 'model extraction failed; falling back to the rule extractor');
    expect(String(warning?.reason)).toMatch(reason);
  });

  it('falls back when nothing listens at the endpoint', async () => {
    const { logger, lines } = capturingLogger();
    const claims = await createLlmExtractor({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 2000 }, logger).extract(ARTICLE);
    expect(claims).toEqual(rules);
    expect(lines.some((l) => /request failed/.test(String(l.reason)))).toBe(true);
  });

  it('createExtractor picks the backend from the config and names a missing URL', () => {
    expect(createExtractor(loadConfig({}), silentLogger).name).toBe('rules');
    expect(createExtractor(loadConfig({ EXTRACTOR: 'llm', LLM_BASE_URL: baseUrl }), silentLogger).name).toBe('llm');
    let error: unknown;
    try {
      createExtractor(loadConfig({ EXTRACTOR: 'llm' }), silentLogger);
    } catch (e) {
      error = e;
    }
    expect(isPledgewatchError(error)).toBe(true);
    expect((error as Error).message).toMatch(/LLM_BASE_URL/);
  });
});
