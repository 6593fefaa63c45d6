import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface DiscordSigner {
  /** The public key as the developer portal shows it: 64 hex characters. */
  publicKeyHex: string;
  /** Headers Discord would send with this exact body. */
  headersFor(body: string, timestamp?: string): Record<string, string>;
}

/** Signs interaction bodies the way Discord does: Ed25519 over timestamp + raw body. */
export function createDiscordSigner(): DiscordSigner {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKeyHex: publicKeyHex(publicKey), headersFor: (body, timestamp) => signHeaders(privateKey, body, timestamp) };
}

function publicKeyHex(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  return Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
}

function signHeaders(privateKey: KeyObject, body: string, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signature,
    'x-signature-timestamp': timestamp,
  };
}
