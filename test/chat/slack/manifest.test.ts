import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMAND } from '../../../src/chat/slack/index.js';

const manifest = readFileSync(new URL('../../../slack/manifest.yml', import.meta.url), 'utf8');

describe('slack/manifest.yml', () => {
  it('declares the command the app listens for', () => {
    expect(manifest).toMatch(new RegExp(`^\\s*- command: ${SLASH_COMMAND}$`, 'm'));
  });

  it.each(['commands', 'chat:write', 'users:read', 'channels:read', 'groups:read'])('asks for the %s scope the code uses', (scope) => {
    expect(manifest).toMatch(new RegExp(`^\\s*- ${scope}$`, 'm'));
  });

  it('passes command text unescaped, as parseCommandText expects, and uses no tabs (YAML forbids them)', () => {
    expect(manifest).toMatch(/^\s*should_escape: false$/m);
    expect(manifest).not.toContain('\t');
  });
});
