import { ChildPeer } from './child-peer.js';

export interface LoadRun {
  url: string;
  /** Sent as `Authorization: Bearer <token>`, one after another, request by request. */
  tokens: string[];
  headers?: Record<string, string>;
  connections: number;
  /** Seconds of load; ignored when `amount` is set. */
  durationSec?: number;
  /** A fixed number of requests. */
  amount?: number;
}

export interface LoadResult {
  requests: number;
  durationSec: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

/** autocannon in its own process: load generation must not share the measured event loop. */
export class LoadPeer {
  private constructor(private readonly peer: ChildPeer<LoadRun, LoadResult>) {}

  static start(): LoadPeer {
    return new LoadPeer(ChildPeer.start<LoadRun, LoadResult>('./load-process.ts'));
  }

  run(load: LoadRun): Promise<LoadResult> {
    if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(load.url)) throw new Error(`load only goes to 127.0.0.1, not ${load.url}`);
    if ((load.durationSec ?? 0) > 30 || (load.amount ?? 0) > 50_000) throw new Error('load run out of bounds');
    return this.peer.ask(load);
  }

  stop(): Promise<void> {
    return this.peer.stop();
  }
}
