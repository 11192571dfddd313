import { Inject, Injectable } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { contentTypeOf } from './content-types.js';
import { WIDGET_OPTIONS, type WidgetOptions } from './widget-options.js';

export interface WidgetFile {
  body: Readable;
  contentType: string;
  length: number;
}

/** A segment that could leave the build directory or reach a hidden file. */
const UNSAFE_SEGMENT = /^\.|[\\\0:]/;

/** Files of the built page, read only from inside its directory. */
@Injectable()
export class WidgetFiles {
  private readonly root: string;

  constructor(@Inject(WIDGET_OPTIONS) private readonly options: WidgetOptions) {
    this.root = resolve(options.rootDir);
  }

  /**
   * The page, with a `<base>` naming its directory: it is served at the path itself (no
   * trailing slash, which Fastify would route elsewhere), where its relative URLs would
   * otherwise resolve one level up.
   */
  async page(): Promise<WidgetFile | undefined> {
    const html = await readFile(resolve(this.root, 'index.html'), 'utf8').catch(() => undefined);
    if (html === undefined) return undefined;
    const body = Buffer.from(html.replace('<head>', `<head>\n    <base href="${this.options.path}/" />`));
    return { body: Readable.from([body]), contentType: contentTypeOf('index.html')!, length: body.length };
  }

  /** Undefined when the path is unsafe, not a shipped kind of file, or not there. */
  async open(relativePath: string): Promise<WidgetFile | undefined> {
    const segments = relativePath.split('/');
    if (segments.some((segment) => segment === '' || UNSAFE_SEGMENT.test(segment))) return undefined;
    const file = resolve(this.root, ...segments);
    const contentType = contentTypeOf(file);
    if (!file.startsWith(this.root + sep) || contentType === undefined) return undefined;
    const stats = await stat(file).catch(() => undefined);
    if (!stats?.isFile()) return undefined;
    return { body: createReadStream(file), contentType, length: stats.size };
  }
}
