import { type DynamicModule, Module } from '@nestjs/common';
import { RouterModule } from '@nestjs/core';
import { WidgetController } from './widget.controller.js';
import { WidgetFiles } from './widget-files.js';
import { WIDGET_OPTIONS, type WidgetOptions } from './widget-options.js';

/** Serves the agent-desktop widget (a Genesys Cloud client app) at `options.path`. */
@Module({})
export class WidgetModule {
  static forRoot(options: WidgetOptions): DynamicModule {
    return {
      module: WidgetModule,
      imports: [RouterModule.register([{ path: options.path, module: WidgetModule }])],
      controllers: [WidgetController],
      providers: [{ provide: WIDGET_OPTIONS, useValue: options }, WidgetFiles],
    };
  }
}
