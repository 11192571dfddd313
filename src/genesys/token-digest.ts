import { createHash } from 'node:crypto';

/** The only form in which a token is ever kept: a SHA-256 hex digest. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
