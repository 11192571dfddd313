export interface TimedAnswer<T> {
  status: number;
  ms: number;
  headers: Headers;
  body: T;
  bytes: Buffer;
}

/** One GET, timed from the call to the last byte of the body. Bench traffic stays on loopback. */
export async function timedGet<T>(
  url: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<TimedAnswer<T>> {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`bench traffic only goes to 127.0.0.1, not ${url}`);
  const started = performance.now();
  const response = await fetch(url, { headers: { ...headers, authorization: `Bearer ${token}` } });
  const bytes = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  return {
    status: response.status,
    ms,
    headers: response.headers,
    body: JSON.parse(bytes.toString('utf8')) as T,
    bytes,
  };
}

export const NO_CACHE = { 'cache-control': 'no-cache' };
