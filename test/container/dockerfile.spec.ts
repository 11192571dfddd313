import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * No Docker engine runs on these machines, so the Dockerfile is checked the way a linter
 * would: its stages, what it copies (which must exist and not be ignored), the user it
 * runs as, its health check and its entry point.
 */
const root = new URL('../../', import.meta.url);
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
const ignored = readFileSync(new URL('.dockerignore', root), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const stages = instructions.filter((line) => line.startsWith('FROM '));
const runtime = instructions.slice(instructions.indexOf(stages[stages.length - 1]));

describe('Dockerfile', () => {
  it('builds in one stage and runs from a second', () => {
    expect(stages).toHaveLength(2);
    expect(stages[0]).toMatch(/^FROM node:20\S* AS build$/);
    expect(stages[1]).toMatch(/^FROM node:20\S* AS runtime$/);
  });

  it('copies into the build stage only files that exist and that .dockerignore lets through', () => {
    const copies = instructions.filter((line) => line.startsWith('COPY ') && !line.includes('--from='));
    const sources = copies.flatMap((line) =>
      line
        .replace(/^COPY (--\S+ )*/, '')
        .split(/\s+/)
        .slice(0, -1),
    );
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) {
      expect(existsSync(new URL(source, root)), source).toBe(true);
      expect(ignored, source).not.toContain(source.replace(/^\.\//, ''));
    }
  });

  it('ships production dependencies and the build only, and runs as a non-root user', () => {
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    expect(runtime.filter((line) => line.startsWith('COPY')).every((line) => line.includes('--from=build'))).toBe(true);
    expect(runtime).toContain('USER node');
    expect(runtime.indexOf('USER node')).toBeLessThan(runtime.findIndex((line) => line.startsWith('CMD')));
  });

  it('checks its health on /health/live and starts the built service', () => {
    expect(runtime.find((line) => line.startsWith('HEALTHCHECK'))).toContain('/health/live');
    expect(runtime.at(-1)).toBe('CMD ["node", "dist/main.js"]');
    expect(JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).scripts['start:prod']).toBe(
      'node dist/main.js',
    );
  });

  it('keeps secrets, tests and local builds out of the build context', () => {
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', 'test', '.env', '.git']));
  });
});
