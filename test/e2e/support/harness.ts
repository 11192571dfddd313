import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/index.js';
import { type Adapter, startService, type RunningService } from './service.js';

export interface ServiceHarness {
  readonly emulator: RunningEmulator;
  readonly service: RunningService;
  /** A URL of the agent tools routes, e.g. `url('/me')`. */
  url(path: string): string;
}

/**
 * An emulator and the service pointed at it, for the enclosing `describe`: started before
 * its tests, closed after them, with faults and the request log cleared before each test.
 */
export function useEmulatorAndService(
  options: { emulator?: EmulatorOptions; adapter?: Adapter; env?: Record<string, string> } = {},
): ServiceHarness {
  let emulator: RunningEmulator | undefined;
  let service: RunningService | undefined;

  beforeAll(async () => {
    emulator = await startEmulator(options.emulator);
    service = await startService(emulator, { adapter: options.adapter, env: options.env });
  });
  afterAll(async () => {
    await service?.close();
    await emulator?.close();
  });
  beforeEach(() => {
    emulator?.faults.clear();
    emulator?.requests.reset();
  });

  return {
    get emulator() {
      if (!emulator) throw new Error('the emulator starts in beforeAll');
      return emulator;
    },
    get service() {
      if (!service) throw new Error('the service starts in beforeAll');
      return service;
    },
    url: (path) => `${service?.url}/agent-tools${path}`,
  };
}
