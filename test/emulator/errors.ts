import type { Models } from 'purecloud-platform-client-v2';

/**
 * A Genesys-style error a route or the pipeline throws; the server turns it into the real
 * `ErrorBody` (genesys-api.md 6.1) with `contextId` = the response's `ININ-Correlation-Id`.
 */
export class GenesysError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Pick<Models.ErrorBody, 'messageWithParams' | 'messageParams' | 'entityId' | 'entityName'> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toBody(contextId: string): Models.ErrorBody {
    return {
      message: this.message,
      code: this.code,
      status: this.status,
      ...this.extra,
      messageParams: this.extra.messageParams ?? {},
      contextId,
      details: [],
      errors: [],
    } satisfies Models.ErrorBody;
  }
}

export const notFound = (message = 'The requested resource was not found.') =>
  new GenesysError(404, 'not.found', message);

export const badRequest = (message = 'The request could not be understood by the server due to malformed syntax.') =>
  new GenesysError(400, 'bad.request', message);

export const invalidValue = (field: string, detail: string) =>
  new GenesysError(400, 'invalid.value', `Value for ${field} is invalid: ${detail}`, {
    messageWithParams: 'Value for {field} is invalid: {detail}',
    messageParams: { field, detail },
  });

export const invalidDate = (message: string) => new GenesysError(400, 'invalid.date', message);

export const authenticationRequired = () =>
  new GenesysError(401, 'authentication.required', 'No authentication bearer token specified in authorization header.');

export const badCredentials = () => new GenesysError(401, 'bad.credentials', 'Invalid login credentials.');

export const credentialsExpired = () =>
  new GenesysError(401, 'credentials.expired', 'The supplied credentials are expired and cannot be used.');

/** An endpoint whose permission list is "ANY": the caller holds none of them. */
export const missingAnyPermissions = (permissions: readonly string[]) =>
  new GenesysError(
    403,
    'missing.any.permissions',
    `Unable to perform the requested action. You must have at least one of the following permissions assigned: [${permissions.join(', ')}]`,
    {
      messageWithParams:
        'Unable to perform the requested action. You must have at least one of the following permissions assigned: {permissions}',
      messageParams: { permissions: `[${permissions.join(', ')}]` },
    },
  );

/** An endpoint whose permission list is "ALL": the caller lacks some of them. */
export const missingPermissions = (permissions: readonly string[]) =>
  new GenesysError(
    403,
    'missing.permissions',
    `Unable to perform the requested action. You are missing the following permission(s): [${permissions.join(', ')}]`,
    {
      messageWithParams:
        'Unable to perform the requested action. You are missing the following permission(s): {permissions}',
      messageParams: { permissions: `[${permissions.join(', ')}]` },
    },
  );

/** The caller has the permission, but not in the division the object lives in. */
export const missingDivisionPermission = (permission: string, divisionId: string) =>
  new GenesysError(
    403,
    'missing.division.permission',
    `You are missing the following permission '${permission}' in the provided division(s).`,
    {
      messageWithParams: 'You are missing the following permission {permission} in the provided division(s).',
      messageParams: { permission, divisionId },
    },
  );

export const requestEntityTooLarge = (maxBytes: number) =>
  new GenesysError(413, 'request.entity.too.large', `The request is over the size limit. Maximum bytes: ${maxBytes}`, {
    messageWithParams: 'The request is over the size limit. Maximum bytes: {maxBytes}',
    messageParams: { maxBytes: String(maxBytes) },
  });

export const internalServerError = () =>
  new GenesysError(
    500,
    'internal.server.error',
    'The server encountered an unexpected condition which prevented it from fulfilling the request.',
  );

export const serviceUnavailable = () =>
  new GenesysError(
    503,
    'service.unavailable',
    'Service Unavailable: the server is currently unable to handle the request.',
  );

export const requestTimeout = () => new GenesysError(504, 'request.timeout', 'The request timed out.');

/** The normalised 429 body of genesys-api.md 6.2 (no messageParams). */
export function tooManyRequestsBody(retryAfterSec: number, contextId: string): Models.ErrorBody {
  return {
    message: `Rate limit exceeded the maximum. Retry the request in [${retryAfterSec}] seconds`,
    code: 'too.many.requests.retry.after',
    status: 429,
    contextId,
    details: [],
    errors: [],
  } satisfies Models.ErrorBody;
}

/** The HTML an edge/CDN sends with a 502 (the SDK surfaces it as a string). */
export const BAD_GATEWAY_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';
