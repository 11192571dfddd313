import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { CONTRACT_MESSAGES, type ContractErrorBody } from './agent-tools/common/contract-error-body.js';
import { ensureCorrelationId } from './agent-tools/common/correlation-id.js';

/**
 * Errors Fastify raises before Nest sees the request (an undecodable URL, a malformed
 * header), answered in the contract's shape like every other error.
 */
export function answerFastifyFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const statusCode =
    error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const correlationId = ensureCorrelationId(request.headers);
  const body: ContractErrorBody = {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Bad Request',
    // Fastify's own messages echo the URL back; the contract's words do not.
    message: (CONTRACT_MESSAGES as Record<number, string>)[statusCode] ?? 'Malformed request URL or header.',
    correlationId,
  };
  void reply.code(statusCode).header('X-Correlation-Id', correlationId).send(body);
}
