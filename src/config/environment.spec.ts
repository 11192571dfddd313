import { describe, expect, it } from 'vitest';
import { validateEnvironment } from './environment.js';

describe('validateEnvironment', () => {
  it('applies the documented defaults', () => {
    expect(validateEnvironment({})).toMatchObject({
      PORT: 3000,
      HTTP_ADAPTER: 'fastify',
      GENESYS_REGION: 'mypurecloud.com',
      RATE_LIMIT_PER_MINUTE: 600,
      RATE_LIMIT_FAIL_OPEN: true,
      UPSTREAM_TIMEOUT_MS: 10_000,
      WIDGET_ENABLED: false,
    });
  });

  it('reads numbers, booleans, regions and URLs', () => {
    const env = validateEnvironment({
      PORT: '8080',
      GENESYS_REGION: 'mypurecloud.ie',
      GENESYS_API_BASE_URL: 'http://127.0.0.1:8090',
      REDIS_URL: 'redis://cache:6379',
      RATE_LIMIT_FAIL_OPEN: 'false',
      CORS_ORIGINS: 'https://a.example.com, https://b.example.com',
      WIDGET_LOGIN_BASE_URL: 'http://127.0.0.1:8090',
    });
    expect(env).toMatchObject({
      PORT: 8080,
      GENESYS_REGION: 'mypurecloud.ie',
      GENESYS_API_BASE_URL: 'http://127.0.0.1:8090',
      REDIS_URL: 'redis://cache:6379',
      RATE_LIMIT_FAIL_OPEN: false,
      WIDGET_LOGIN_BASE_URL: 'http://127.0.0.1:8090',
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['GENESYS_REGION', 'mypurecloud.moon'],
    ['GENESYS_API_BASE_URL', 'not a url'],
    ['REDIS_URL', 'http://cache:6379'],
    ['RATE_LIMIT_PER_MINUTE', '-5'],
    ['HTTP_ADAPTER', 'koa'],
    ['CORS_ORIGINS', 'apps.example.com'],
    ['LOG_LEVEL', 'loud'],
  ])('stops with a message naming %s=%s', (name, value) => {
    expect(() => validateEnvironment({ [name]: value })).toThrow(new RegExp(`${name}=`));
  });

  it('ignores variables it does not own and empty values', () => {
    expect(validateEnvironment({ HOME: '/root', PORT: '' }).PORT).toBe(3000);
  });
});
