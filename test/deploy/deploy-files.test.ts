import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const root = new URL('../../', import.meta.url);
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
const compose = readFileSync(new URL('docker-compose.yml', root), 'utf8');

/** There is no Docker engine to build with here, so these check what the image and compose file rely on. */
describe('Dockerfile and docker-compose.yml', () => {
  it('copies only paths that exist in the repository', () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)([^\n]+)$/gm)].flatMap((m) =>
      m[1]!
        .trim()
        .split(/\s+/)
        .filter((word) => !word.startsWith('--'))
        .slice(0, -1),
    );
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect(existsSync(new URL(source, root)), source).toBe(true);
  });

  it('runs compiled JavaScript: built in the first stage, without the sources or tsx in the image', () => {
    const [build, runtime] = dockerfile.split(/^FROM .* AS runtime$/m);
    expect(build).toMatch(/^RUN npm run build/m);
    expect(build).toContain('npm prune --omit=dev');
    expect(runtime).toMatch(/^COPY --from=build --chown=node:node \/app\/dist \.\/dist$/m);
    expect(runtime).not.toMatch(/\bsrc\b|\btsx\b/);
    const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { dependencies: Record<string, string>; files: string[] };
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
    expect(manifest.files).toContain('dist');
    expect(manifest.files).not.toContain('src');
  });

  it('runs as an unprivileged user with the CLI as its entry point', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["node", "bin\/pledgewatch\.mjs"\]$/m);
    expect(dockerfile).toMatch(/^CMD \["start"\]$/m);
  });

  it('starts every compose service with a command the CLI has', async () => {
    const commands = [...compose.matchAll(/command: \["(\w+)"\]/g)].map((m) => m[1]!);
    expect(commands.sort()).toEqual(['bot', 'poller', 'worker']);
    for (const command of commands) {
      const help = await runCli([command, '--help']);
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toContain(`Usage: pledgewatch ${command}`);
    }
  });

  it('persists Redis with the append-only file on a volume, as BullMQ needs', () => {
    expect(compose).toContain('--appendonly", "yes"');
    expect(compose).toContain('--maxmemory-policy", "noeviction"');
    expect(compose).toMatch(/redis-data:\/data/);
  });
});
