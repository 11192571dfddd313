/** RFC 6750 `b64token`, bounded: Genesys tokens are far shorter than this. */
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]{1,4096}=*)$/;

/** The token of an `Authorization: Bearer <token>` header, or undefined when there is none. */
export function readBearerToken(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  return BEARER.exec(header)?.[1];
}
