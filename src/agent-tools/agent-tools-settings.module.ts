import { Module } from '@nestjs/common';

/** Holds the module's options and resolved settings; assembled by `AgentToolsModule.forRoot*`. */
@Module({})
export class AgentToolsSettingsModule {}
