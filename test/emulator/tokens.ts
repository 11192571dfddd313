import { randomBytes } from 'node:crypto';

export interface TokenRecord {
  userId: string;
  orgId: string;
  issuedAtMs: number;
  /** Absent = never expires. */
  expiresAtMs?: number;
  /** Moved forward by GET /tokens/me unless preserveIdleTTL=true (reported as dateTokenIdles). */
  idlesAtMs: number;
}

export const DEFAULT_TOKEN_TTL_SEC = 86_400;
export const TOKEN_IDLE_TTL_MS = 30 * 60_000;

/** Opaque bearer tokens mapped to users. The token string never leaves this map except to its minter. */
export class TokenStore {
  private readonly tokens = new Map<string, TokenRecord>();

  register(token: string, userId: string, orgId: string, expiresInSec?: number): string {
    const now = Date.now();
    this.tokens.set(token, {
      userId,
      orgId,
      issuedAtMs: now,
      ...(expiresInSec !== undefined ? { expiresAtMs: now + expiresInSec * 1000 } : {}),
      idlesAtMs: now + TOKEN_IDLE_TTL_MS,
    });
    return token;
  }

  /** A fresh random token; `expiresInSec <= 0` yields an already expired one. */
  mint(userId: string, orgId: string, expiresInSec: number = DEFAULT_TOKEN_TTL_SEC): string {
    return this.register(randomBytes(48).toString('base64url'), userId, orgId, expiresInSec);
  }

  get(token: string): TokenRecord | undefined {
    return this.tokens.get(token);
  }

  isExpired(record: TokenRecord, nowMs = Date.now()): boolean {
    return record.expiresAtMs !== undefined && record.expiresAtMs <= nowMs;
  }

  touch(record: TokenRecord): void {
    record.idlesAtMs = Date.now() + TOKEN_IDLE_TTL_MS;
  }
}
