import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AGENT_TOOLS_SETTINGS } from '../agent-tools/agent-tools.constants.js';
import type { AgentToolsSettings } from '../agent-tools/agent-tools-options.interface.js';

const CHECK_TIMEOUT_MS = 2_000;
const REUSE_RESULT_MS = 5_000;

/**
 * Whether the Genesys API answers at all: an unauthenticated request, which Genesys answers
 * with 401. No token is ever used. The answer is reused for a few seconds so that probes
 * from a load balancer cost Genesys next to nothing.
 */
@Injectable()
export class UpstreamHealthIndicator {
  private last?: { at: number; reachable: boolean; detail: string };

  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(AGENT_TOOLS_SETTINGS) private readonly settings: AgentToolsSettings,
  ) {}

  async check() {
    const session = this.indicators.check('genesys');
    const { reachable, detail } = await this.probe();
    return reachable ? session.up({ detail }) : session.down({ detail });
  }

  private async probe(): Promise<{ reachable: boolean; detail: string }> {
    if (this.last && Date.now() - this.last.at < REUSE_RESULT_MS) return this.last;
    let result: { reachable: boolean; detail: string };
    try {
      const response = await fetch(`${this.settings.apiBaseUrl}/api/v2/tokens/me`, {
        method: 'HEAD',
        signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
      });
      result = { reachable: response.status < 500, detail: `answered ${response.status}` };
    } catch (error) {
      result = { reachable: false, detail: (error as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable' };
    }
    this.last = { at: Date.now(), ...result };
    return this.last;
  }
}
