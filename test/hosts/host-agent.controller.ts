import { Controller, Get, NotFoundException } from '@nestjs/common';
import {
  Agent,
  AgentToolsEndpoint,
  type AuthenticatedAgent,
  GenesysClientFactory,
  InjectGenesysClientFactory,
} from '../../src/index.js';

/** A host's own endpoint on the module's access layer: the caller's token, retries and error mapping. */
@AgentToolsEndpoint()
@Controller('host')
export class HostAgentController {
  constructor(@InjectGenesysClientFactory() private readonly genesys: GenesysClientFactory) {}

  @Get('joined-queue-names')
  async joinedQueueNames(@Agent() agent: AuthenticatedAgent): Promise<{ userId: string; names: string[] }> {
    const page = await this.genesys.forToken(agent.token).routing.getRoutingQueuesMe({ joined: true, pageSize: 100 });
    return { userId: agent.identity.userId, names: (page.entities ?? []).map((queue) => queue.name ?? '').sort() };
  }
}

/** A host route outside the module's world, answered by the host's own filter. */
@Controller('host-plain')
export class HostPlainController {
  @Get()
  plain(): never {
    throw new NotFoundException();
  }
}
