import { ConfigurableModuleBuilder } from '@nestjs/common';
import type { AgentToolsModuleOptions } from './agent-tools-options.interface.js';

export interface AgentToolsModuleExtras {
  /**
   * Path the module's routes live under (default `agent-tools`). Pass `null` to mount the
   * module yourself, e.g. inside your own `RouterModule` tree.
   */
  routePrefix?: string | null;
}

export const {
  ConfigurableModuleClass: AgentToolsConfigurableModule,
  MODULE_OPTIONS_TOKEN: AGENT_TOOLS_MODULE_OPTIONS,
  OPTIONS_TYPE: AGENT_TOOLS_OPTIONS_TYPE,
  ASYNC_OPTIONS_TYPE: AGENT_TOOLS_ASYNC_OPTIONS_TYPE,
} = new ConfigurableModuleBuilder<AgentToolsModuleOptions>()
  .setClassMethodName('forRoot')
  .setExtras<AgentToolsModuleExtras>({ routePrefix: 'agent-tools' }, (definition) => definition)
  .build();
