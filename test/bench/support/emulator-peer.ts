import type { ExtraQueueOption, LatencySetting, RequestLogEntry } from '../../emulator/index.js';
import { ChildPeer } from './child-peer.js';

export interface EmulatorStart {
  kind: 'start';
  users: number;
  queues: ExtraQueueOption[];
  latency?: LatencySetting;
  /** Tokens to mint per queue, one per distinct user allowed to view it. */
  viewerTokens: number;
}

export type EmulatorRequest =
  | EmulatorStart
  | { kind: 'requests'; pathPattern?: string }
  | { kind: 'reset' }
  | { kind: 'latency'; latency?: LatencySetting };

export interface BenchQueue {
  name: string;
  id: string;
  members: number;
  /** Tokens of distinct users holding routing:queue:view for this queue's division. */
  viewerTokens: string[];
}

export interface StartedEmulator {
  url: string;
  queues: BenchQueue[];
}

export type LoggedCall = Pick<RequestLogEntry, 'method' | 'path' | 'status' | 'durationMs' | 'userId'>;

export type EmulatorAnswer = StartedEmulator | LoggedCall[] | null;

/** The Genesys Cloud emulator in a process of its own, as Genesys is on another machine. */
export class EmulatorPeer {
  private constructor(
    private readonly peer: ChildPeer<EmulatorRequest, EmulatorAnswer>,
    readonly url: string,
    readonly queues: BenchQueue[],
  ) {}

  static async start(options: Omit<EmulatorStart, 'kind'>): Promise<EmulatorPeer> {
    const peer = ChildPeer.start<EmulatorRequest, EmulatorAnswer>('./emulator-process.ts');
    const started = await peer.ask<StartedEmulator>({ kind: 'start', ...options });
    return new EmulatorPeer(peer, started.url, started.queues);
  }

  queue(name: string): BenchQueue {
    const queue = this.queues.find((candidate) => candidate.name === name);
    if (!queue) throw new Error(`no bench queue named ${name}`);
    return queue;
  }

  requests(pathPattern?: string): Promise<LoggedCall[]> {
    return this.peer.ask<LoggedCall[]>({ kind: 'requests', pathPattern });
  }

  async resetRequests(): Promise<void> {
    await this.peer.ask({ kind: 'reset' });
  }

  async setLatency(latency: LatencySetting | undefined): Promise<void> {
    await this.peer.ask({ kind: 'latency', latency });
  }

  stop(): Promise<void> {
    return this.peer.stop();
  }
}
