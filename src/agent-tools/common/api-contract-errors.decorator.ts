import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { CONTRACT_MESSAGES } from './contract-error-body.js';
import { ContractErrorDto } from './contract-error.dto.js';

type ContractStatus = keyof typeof CONTRACT_MESSAGES;

const WHEN: Record<ContractStatus, string> = {
  400: 'Invalid path or query value; the message names the field',
  401: 'No or malformed Authorization header, or Genesys rejected the token',
  403: 'Genesys denied the call; the message names the permission when Genesys does',
  404: 'Genesys says the resource does not exist',
  429: 'Per-agent limit, or Genesys still limiting after the retry budget; see Retry-After',
  500: 'A bug in this service',
  502: 'Genesys answered with a 5xx or a malformed body',
  503: 'Genesys unreachable or still failing after the retry budget',
  504: 'The upstream call ran past its deadline',
};

/** Documents the contract's error rows a route can answer with. */
export function ApiContractErrors(...statuses: ContractStatus[]): MethodDecorator {
  return applyDecorators(
    ...[...statuses, 500 as const].map((status) =>
      ApiResponse({
        status,
        description: `${CONTRACT_MESSAGES[status]} ${WHEN[status]}.`,
        type: ContractErrorDto,
        headers:
          status === 429
            ? { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } } }
            : undefined,
      }),
    ),
  );
}
