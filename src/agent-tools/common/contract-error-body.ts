import type { FieldError } from './request-validation.exception.js';

/** The one error shape of the contract. */
export interface ContractErrorBody {
  statusCode: number;
  error: string;
  message: string;
  correlationId: string;
  /** Present when Genesys produced the error. */
  upstream?: { status?: number; code?: string; contextId?: string };
  /** Present on validation errors: one entry per invalid field. */
  details?: FieldError[];
}

export const CONTRACT_MESSAGES = {
  400: 'Malformed request.',
  401: 'Unauthorized. Agent token expired or invalid.',
  403: 'Forbidden. Missing required OAuth scope.',
  404: 'Resource not found.',
  429: 'Rate limit exceeded. Please retry later.',
  500: 'Internal server error.',
  502: 'Upstream error.',
  503: 'Upstream unavailable.',
  504: 'Upstream timeout.',
} as const;
