// The public surface for host applications. Everything not exported here is internal.
export { AgentToolsModule } from './agent-tools/agent-tools.module.js';
export type { AgentToolsModuleExtras } from './agent-tools/agent-tools.module-definition.js';
export type {
  AgentToolsModuleOptions,
  AgentToolsSettings,
  CacheTtls,
} from './agent-tools/agent-tools-options.interface.js';
export { AgentToolsEndpoint } from './agent-tools/agent-tools-endpoint.decorator.js';

export { AgentAuthGuard } from './agent-tools/auth/agent-auth.guard.js';
export { Agent } from './agent-tools/auth/agent.decorator.js';
export { AuthenticatedAgent } from './agent-tools/auth/authenticated-agent.js';
export type { AgentIdentity } from './agent-tools/auth/agent-identity.interface.js';
export { IdentityService } from './agent-tools/auth/identity.service.js';
export { AgentThrottlerGuard } from './agent-tools/throttling/agent-throttler.guard.js';
export { AgentToolsExceptionFilter } from './agent-tools/common/agent-tools-exception.filter.js';
export type { ContractErrorBody } from './agent-tools/common/contract-error-body.js';
export { RetryInterceptor } from './agent-tools/common/retry.interceptor.js';

export { GenesysClientFactory } from './genesys/genesys-client.factory.js';
export { InjectGenesysClientFactory } from './genesys/inject-genesys-client-factory.decorator.js';
export type { GenesysClient } from './genesys/genesys-client.js';
export { GenesysUpstreamError, type UpstreamFailureKind } from './genesys/genesys-upstream.error.js';
export { normalizeGenesysError } from './genesys/genesys-error.normalizer.js';
export { PaginationService, type PaginationSettings } from './genesys/pagination.service.js';
export type * from './genesys/pagination.types.js';
export { RetryPolicy, type RetryContext, type RetrySettings } from './genesys/retry.policy.js';
export { RetryBudget } from './genesys/retry-budget.js';
export { GENESYS_REGION_HOSTS, type GenesysRegionHost } from './genesys/genesys-regions.js';
export { AgentToolsMetrics } from './metrics/agent-tools.metrics.js';
