import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cli.js';

/**
 * The command line as a separate process, as a user or a script runs it: the compiled
 * entry point starts, answers and exits with the right status. Everything else about the
 * commands is tested in-process, through the same main().
 */
// A loaded two-core machine may take many seconds to start a process: bounded generously.
describe('bin/pledgewatch.mjs', { timeout: 150_000 }, () => {
  it('prints help and exits 0', async () => {
    const result = await runCliProcess(['--help']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Usage: pledgewatch [options] [command]');
    expect(result.stdout).toMatch(/^ {2}status \[options\] \[country\]/m);
  });

  it('exits 1 with the reason for an unknown command', async () => {
    const result = await runCliProcess(['statuss']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("unknown command 'statuss'");
  });

  it('exits 1 with one line naming a bad setting', async () => {
    const result = await runCliProcess(['status'], { HTTP_PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('HTTP_PORT="eighty"');
  });

  it('prints the claims of an article file as JSON, with nothing else on standard output', async () => {
    const result = await runCliProcess(['extract', 'data/demo/articles/003.txt'], { EXTRACTOR: 'rules' });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toContainEqual(expect.objectContaining({ country: 'IT', commitment: 'ground_troops', stance: 'declined' }));
  });
});
