import { Controller, Get, Header, Inject, NotFoundException, Param, Res, StreamableFile } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import type { WidgetClientConfig } from './widget-client-config.js';
import { type WidgetFile, WidgetFiles } from './widget-files.js';
import { WIDGET_OPTIONS, type WidgetOptions } from './widget-options.js';

/** Vite puts content-hashed bundles here: a changed file gets a new name, so they may be cached for good. */
const HASHED_ASSETS = 'assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built widget page, its files and its `config.json`, on either HTTP adapter. Two fixed
 * levels of `:file` instead of a wildcard: the build has no deeper files, and Fastify and
 * Express read no wildcard syntax alike.
 */
@ApiExcludeController()
@Controller()
export class WidgetController {
  constructor(
    private readonly files: WidgetFiles,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(WIDGET_OPTIONS) private readonly options: WidgetOptions,
  ) {}

  @Get()
  async page(@Res() response: object): Promise<void> {
    this.send(response, await this.files.page(), 'no-cache');
  }

  @Get('config.json')
  @Header('Cache-Control', 'no-cache')
  config(): WidgetClientConfig {
    return {
      oauthClientId: this.options.oauthClientId,
      loginBaseUrl: this.options.loginBaseUrl,
      region: this.options.region,
      apiBaseUrl: this.options.apiPath,
    };
  }

  @Get(':file')
  async file(@Param('file') file: string, @Res() response: object): Promise<void> {
    this.send(response, await this.files.open(file), 'no-cache');
  }

  @Get(`${HASHED_ASSETS}:file`)
  async asset(@Param('file') file: string, @Res() response: object): Promise<void> {
    this.send(response, await this.files.open(`${HASHED_ASSETS}${file}`), IMMUTABLE);
  }

  private send(response: object, file: WidgetFile | undefined, cacheControl: string): void {
    if (!file) throw new NotFoundException();
    const http = this.adapterHost.httpAdapter;
    http.setHeader(response, 'Cache-Control', cacheControl);
    http.setHeader(response, 'X-Content-Type-Options', 'nosniff');
    http.reply(response, new StreamableFile(file.body, { type: file.contentType, length: file.length }), 200);
  }
}
