import { applyDecorators, UseFilters, UseGuards, UseInterceptors, UsePipes } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { AgentAuthGuard } from './auth/agent-auth.guard.js';
import { CacheHeadersInterceptor } from './cache/cache-headers.interceptor.js';
import { CachedJsonInterceptor } from './cache/cached-json.interceptor.js';
import { AgentToolsExceptionFilter } from './common/agent-tools-exception.filter.js';
import { AgentToolsValidationPipe } from './common/agent-tools-validation.pipe.js';
import { CorrelationIdInterceptor } from './common/correlation-id.interceptor.js';
import { RequestMetricsInterceptor } from './common/request-metrics.interceptor.js';
import { RetryInterceptor } from './common/retry.interceptor.js';
import { AgentThrottlerGuard } from './throttling/agent-throttler.guard.js';

/**
 * What every agent-tools controller needs: the bearer guard, then the per-agent limit (it
 * keys on the identity the first guard resolved), the retry budget, cache headers,
 * validation and error mapping.
 */
export function AgentToolsEndpoint(): ClassDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    UseGuards(AgentAuthGuard, AgentThrottlerGuard),
    UseInterceptors(
      CorrelationIdInterceptor,
      RequestMetricsInterceptor,
      RetryInterceptor,
      CacheHeadersInterceptor,
      CachedJsonInterceptor,
    ),
    UsePipes(AgentToolsValidationPipe),
    UseFilters(AgentToolsExceptionFilter),
  );
}
