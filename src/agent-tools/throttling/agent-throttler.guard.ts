import {
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
  Optional,
  ServiceUnavailableException,
} from '@nestjs/common';
import {
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  ThrottlerException,
  ThrottlerGuard,
  ThrottlerStorage,
  getOptionsToken,
  getStorageToken,
} from '@nestjs/throttler';
import { Reflector } from '@nestjs/core';
import { AgentToolsMetrics } from '../../metrics/agent-tools.metrics.js';
import { AGENT_TOOLS_SETTINGS } from '../agent-tools.constants.js';
import type { AgentToolsSettings } from '../agent-tools-options.interface.js';
import { agentOf } from '../auth/agent-request.js';
import { RateLimitedException } from '../common/rate-limited.exception.js';

/**
 * The per-agent request limit. Agents share corporate NATs, so the tracker is the agent
 * (organization and user id, resolved by `AgentAuthGuard`, which must run first), and the
 * key spans every route. Override `getTracker` to limit by something else.
 */
@Injectable()
export class AgentThrottlerGuard extends ThrottlerGuard {
  private readonly storageLogger = new Logger(AgentThrottlerGuard.name);

  constructor(
    @Inject(getOptionsToken()) options: ThrottlerModuleOptions,
    @Inject(getStorageToken()) storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(AGENT_TOOLS_SETTINGS) private readonly settings: AgentToolsSettings,
    @Optional() private readonly metrics?: AgentToolsMetrics,
  ) {
    super(options, storage, reflector);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const agent = agentOf(request);
    return agent ? `${agent.identity.organizationId}:${agent.identity.userId}` : `ip:${String(request.ip)}`;
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `agent-tools:throttle:${throttlerName}:${tracker}`;
  }

  /** A failing limiter store lets requests through or answers 503, as configured. */
  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    try {
      return await super.handleRequest(request);
    } catch (error) {
      if (error instanceof ThrottlerException || error instanceof RateLimitedException) throw error;
      this.storageLogger.warn(`Rate limiter storage failed: ${(error as Error).message}`);
      if (this.settings.throttle.failOpen) return true;
      throw new ServiceUnavailableException('Rate limiter unavailable.');
    }
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    this.metrics?.observeThrottled();
    throw new RateLimitedException(Math.max(1, detail.timeToBlockExpire));
  }
}
