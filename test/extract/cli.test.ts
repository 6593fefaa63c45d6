import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
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
    expect(Object.keys(last)).toEqual(['articles', 'gold', 'predicted', 'strict', 'lenient', 'slot', 'articles_per_second', 'high_confidence']);
    expect(stdout).toMatch(/^commitment\s+tp\s+fp\s+fn/m);
    expect(stdout).toMatch(/^FN a12-pacific-partners\.txt NZ\|coalition\|undecided: /m);
  });

  it('eval --json prints only JSON', async () => {
    const { stdout } = await cli('eval', '--gold', 'data/demo', '--json');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect((JSON.parse(stdout) as { articles: number }).articles).toBe(5);
  });

  it('realnews verify exits non-zero and lists each missing or changed text', async () => {
    const dir = await tempDir('pw-realnews-cli-');
    await mkdir(join(dir, 'raw'));
    await writeFile(join(dir, 'raw', 'x1.txt'), 'A sentence we wrote for this test.');
    const line = (id: string) =>
      JSON.stringify({
        id,
        url: `https://news.example/${id}`,
        outlet: 'news.example',
        published: '2025-03-02',
        title: 't',
        lang: 'en',
        distractor: false,
        batch: 'B1',
        sha256: '0'.repeat(64),
        chars: 34,
        query: 'q',
      });
    await writeFile(join(dir, 'manifest.jsonl'), `${line('x1')}\n${line('x2')}\n`);
    const { stdout, stderr, code } = await cli('realnews', 'verify', '--dir', dir, '--manifest', join(dir, 'manifest.jsonl'));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/^x1: .*sha256 [0-9a-f]{64}, manifest says 0{64}$/m);
    expect(stderr).toMatch(/^x2: missing .*x2\.txt$/m);
    expect(stdout).toMatch(/^B1 +0 \/ 2 +1 missing, 1 not the recorded text$/m);
  });

  it('realnews import takes in texts under any name whose hash is the manifest entry, and counts the copy', async () => {
    const dir = await tempDir('pw-realnews-import-');
    const from = join(dir, 'handed-over');
    await mkdir(from);
    const text = 'A sentence we wrote for this import.';
    await writeFile(join(from, 'page one.txt'), text);
    await writeFile(join(from, 'other.txt'), 'Some other text.');
    const sha256 = createHash('sha256').update(text).digest('hex');
    const manifest = { id: 'y1', url: 'https://news.example/y1', outlet: 'news.example', published: '2025-03-02', title: 't', lang: 'en' };
    const entries = [
      { ...manifest, distractor: false, batch: 'B1', sha256, chars: text.length, query: 'q' },
      { ...manifest, id: 'y2', url: 'https://news.example/y2', distractor: false, batch: 'B2', sha256: '1'.repeat(64), chars: 3, query: 'q' },
    ];
    await writeFile(join(dir, 'manifest.jsonl'), entries.map((e) => JSON.stringify(e)).join('\n'));
    const { stdout, code } = await cli('realnews', 'import', from, '--dir', dir, '--manifest', join(dir, 'manifest.jsonl'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^imported 1 text\(s\) into .*raw; 0 were already there$/m);
    expect(stdout).toMatch(/^1 file\(s\) hold no text of the manifest and were left out: .*other\.txt$/m);
    expect(stdout).toMatch(/^B1 +1 \/ 1$/m);
    expect(stdout).toMatch(/^B2 +0 \/ 1 +1 missing$/m);
  });
});
