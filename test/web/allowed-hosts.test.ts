import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebFixture, type WebFixture } from './web-fixture.js';

/** A GET to the fixture on 127.0.0.1 with the Host header a browser on another site would send. */
function getWithHost(fx: WebFixture, path: string, host: string | null): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: fx.server.port, path, method: 'GET', setHost: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    if (host !== null) req.setHeader('host', host);
    req.on('error', reject);
    req.end();
  });
}

describe('the web server answers only to its own host names', () => {
  let fx: WebFixture;
  beforeAll(async () => (fx = await startWebFixture()));
  afterAll(() => fx.close());

  it.each(['/', '/api/positions', '/metrics', '/healthz'])('refuses %s for Host: evil.example with 421', async (path) => {
    const res = await getWithHost(fx, path, 'evil.example');
    expect(res.status).toBe(421);
    expect(res.body).toContain('HTTP_ALLOWED_HOSTS');
  });

  it('refuses a rebound name with the right port too, and a request with no Host at all', async () => {
    expect((await getWithHost(fx, '/api/positions', `attacker.example:${fx.server.port}`)).status).toBe(421);
    expect((await getWithHost(fx, '/api/positions', null)).status).toBe(400);
  });

  it('answers the bound address, localhost and 127.0.0.1, with or without the port, in any case', async () => {
    for (const host of [`127.0.0.1:${fx.server.port}`, 'localhost', `LocalHost:${fx.server.port}`, '127.0.0.1']) {
      expect((await getWithHost(fx, '/api/positions', host)).status, host).toBe(200);
    }
  });

  it('answers exactly the names in HTTP_ALLOWED_HOSTS when it is set', async () => {
    const custom = await startWebFixture({
      config: { HTTP_HOST: '127.0.0.1', HTTP_PORT: 0, WEB_ADMIN_TOKEN: undefined, HTTP_ALLOWED_HOSTS: ['pledgewatch.example.org', '[::1]'] },
    });
    try {
      expect((await getWithHost(custom, '/api/positions', 'pledgewatch.example.org')).status).toBe(200);
      expect((await getWithHost(custom, '/api/positions', `[::1]:${custom.server.port}`)).status).toBe(200);
      expect((await getWithHost(custom, '/api/positions', 'localhost')).status).toBe(421);
    } finally {
      await custom.close();
    }
  });
});
