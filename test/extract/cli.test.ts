import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

async function cli(...args: string[]) {
  return runCli(args, { LOG_LEVEL: 'silent', EXTRACTOR: 'rules' });
}

describe('pledgewatch extract and eval', () => {
  it('extract prints one JSON array with the fields of SCHEMA.md and nothing else', async () => {
    const { stdout, code } = await cli('extract', 'data/demo/articles/003.txt');
    expect(code).toBe(0);
    const claims = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) expect(Object.keys(claim).sort()).toEqual(['commitment', 'confidence', 'country', 'evidence', 'speaker', 'stance']);
    expect(claims).toContainEqual(expect.objectContaining({ country: 'IT', commitment: 'ground_troops', stance: 'declined', speaker: 'self' }));
  });

  it('extract fails with one readable line for a missing file', async () => {
    const { stderr, code } = await cli('extract', 'no/such/file.txt');
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/cannot read article file/);
  });

  it('eval ends with the JSON line of SCHEMA.md and lists errors on request', async () => {
    const { stdout, code } = await cli('eval', '--gold', 'test/fixtures/articles', '--errors');
    expect(code).toBe(0);
    const last = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(Object.keys(last)).toEqual(['articles', 'gold', 'predicted', 'strict', 'lenient', 'slot', 'articles_per_second']);
    expect(stdout).toMatch(/^commitment\s+tp\s+fp\s+fn/m);
    expect(stdout).toMatch(/^FN a20-french-language\.txt CA\|ground_troops\|willing: /m);
  });

  it('eval --json prints only JSON', async () => {
    const { stdout } = await cli('eval', '--gold', 'data/demo', '--json');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect((JSON.parse(stdout) as { articles: number }).articles).toBe(5);
  });
});
