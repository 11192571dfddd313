/** Injection token of the resolved `AgentToolsSettings`. */
export const AGENT_TOOLS_SETTINGS = Symbol('AGENT_TOOLS_SETTINGS');
