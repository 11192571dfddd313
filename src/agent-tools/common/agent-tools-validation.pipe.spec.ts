import 'reflect-metadata';
import { IsOptional, IsString } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { AgentToolsValidationPipe } from './agent-tools-validation.pipe.js';
import { RequestValidationException } from './request-validation.exception.js';

class NameQuery {
  @IsOptional()
  @IsString()
  name?: string;
}

const metadata = { type: 'query' as const, metatype: NameQuery, data: '' };

describe('AgentToolsValidationPipe', () => {
  it('returns the same DTO for the same valid input', async () => {
    const pipe = new AgentToolsValidationPipe();
    const first = await pipe.transform({ name: 'ann' }, metadata);
    expect(first).toBeInstanceOf(NameQuery);
    expect(await pipe.transform({ name: 'ann' }, metadata)).toBe(first);
    expect(await pipe.transform({ name: 'bob' }, metadata)).not.toBe(first);
  });

  it('does not remember inputs with unknown keys, such as a misplaced access_token', async () => {
    const pipe = new AgentToolsValidationPipe();
    const input = { name: 'ann', access_token: 'secret-token' };
    const first = await pipe.transform(input, metadata);
    expect(first).toEqual(Object.assign(new NameQuery(), { name: 'ann' }));
    expect(await pipe.transform(input, metadata)).not.toBe(first);
  });

  it('rejects an invalid input every time', async () => {
    const pipe = new AgentToolsValidationPipe();
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform({ name: ['a', 'b'] }, metadata)).rejects.toBeInstanceOf(RequestValidationException);
    }
  });
});
