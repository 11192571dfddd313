import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WidgetModule } from './widget.module.js';

describe.each(['fastify', 'express'] as const)('WidgetModule on %s', (adapter) => {
  let root: string;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'widget-'));
    await mkdir(join(root, 'dist', 'assets'), { recursive: true });
    await writeFile(join(root, 'dist', 'index.html'), '<!doctype html><html><head><title>t</title></head></html>');
    await writeFile(join(root, 'dist', 'assets', 'main-1a2b.js'), 'export {};');
    await writeFile(join(root, 'dist', '.env'), 'SECRET=1');
    await writeFile(join(root, 'secret.txt'), 'outside');
    const module = WidgetModule.forRoot({
      path: '/tools/widget',
      oauthClientId: 'client-1',
      loginBaseUrl: 'https://login.mypurecloud.ie',
      region: 'mypurecloud.ie',
      apiPath: '/agent-tools',
      rootDir: join(root, 'dist'),
    });
    app = await NestFactory.create(module, adapter === 'express' ? new ExpressAdapter() : new FastifyAdapter(), {
      logger: false,
    });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves the page at its path, with a <base> for its relative URLs', async () => {
    const response = await fetch(`${url}/tools/widget?gcConversationId=x`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<head>\n    <base href="/tools/widget/" />');
  });

  it('serves hashed assets with their content type, cached for good', async () => {
    const response = await fetch(`${url}/tools/widget/assets/main-1a2b.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('export {};');
  });

  it('answers config.json from the options', async () => {
    const response = await fetch(`${url}/tools/widget/config.json`);
    expect(await response.json()).toEqual({
      oauthClientId: 'client-1',
      loginBaseUrl: 'https://login.mypurecloud.ie',
      region: 'mypurecloud.ie',
      apiBaseUrl: '/agent-tools',
    });
  });

  it.each([
    '/tools/widget/..%2Fsecret.txt',
    '/tools/widget/assets/..%2F..%2Fsecret.txt',
    '/tools/widget/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    '/tools/widget/.env',
    '/tools/widget/assets/..%5C..%5Csecret.txt',
    '/tools/widget/missing.js',
    '/tools/widget/assets/missing.js',
  ])('answers 404 for %s', async (path) => {
    const response = await fetch(`${url}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside');
  });
});
