import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-util.js';

/**
 * The host names the web server answers to: HTTP_ALLOWED_HOSTS, or by default the bound
 * address, localhost and 127.0.0.1. Anything else is refused, so a page on another site
 * whose name was re-pointed at this machine (DNS rebinding) cannot read it.
 */
export function allowedHosts(config: { HTTP_HOST: string; HTTP_ALLOWED_HOSTS?: string[] }): Set<string> {
  const configured = config.HTTP_ALLOWED_HOSTS ?? [];
  const names = configured.length > 0 ? configured : [config.HTTP_HOST, 'localhost', '127.0.0.1'];
  return new Set(names.map(bareHost));
}

/** "Example.org:8080" -> "example.org", "[::1]:8080" -> "::1". */
function bareHost(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']') > 0 ? host.indexOf(']') : undefined);
  const colon = host.indexOf(':');
  // More than one colon without brackets: an IPv6 address as written in the setting.
  if (colon >= 0 && host.indexOf(':', colon + 1) < 0) return host.slice(0, colon);
  return host.replace(/\.$/, '');
}

/** 400 without a Host header, 421 (Misdirected Request) for a name this server does not answer to. */
export function checkHost(req: IncomingMessage, allowed: Set<string>): void {
  const header = req.headers.host;
  if (!header) throw new HttpError(400, 'the request has no Host header');
  const host = bareHost(header);
  if (!allowed.has(host)) {
    throw new HttpError(421, `this server does not answer to the host name "${host.slice(0, 100)}" (see HTTP_ALLOWED_HOSTS)`);
  }
}
