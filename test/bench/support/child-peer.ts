import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type PeerAnswer<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A TypeScript helper script in its own Node process (through tsx: it needs no decorator
 * metadata), spoken to over IPC one request at a time. Load generation and the emulator run
 * out of the measured process so they neither steal its event loop nor count in its memory.
 */
export class ChildPeer<Request, Answers> {
  private constructor(private readonly child: ChildProcess) {}

  static start<Request, Answers>(script: string): ChildPeer<Request, Answers> {
    const path = fileURLToPath(new URL(script, import.meta.url));
    const child = fork(path, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return new ChildPeer(child);
  }

  ask<T extends Answers>(request: Request, timeoutMs = 120_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`child did not answer within ${timeoutMs} ms`)), timeoutMs);
      const onMessage = (answer: PeerAnswer<T>) =>
        answer.ok ? done(undefined, answer.value) : done(new Error(answer.error));
      const onExit = (code: number | null) => done(new Error(`child exited with ${code}`));
      const done = (error: Error | undefined, value?: T) => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        if (error) reject(error);
        else resolve(value as T);
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(request as object);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.disconnect();
    const killTimer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(killTimer);
  }
}

/** The child side: answers each request with `handle`, exits when the parent goes away. */
export function serveParent<Request, Answers>(handle: (request: Request) => Promise<Answers>): void {
  process.on('disconnect', () => process.exit(0));
  process.on('message', (request: Request) => {
    handle(request).then(
      (value) => process.send?.({ ok: true, value } satisfies PeerAnswer<Answers>),
      (error: unknown) => process.send?.({ ok: false, error: String(error) } satisfies PeerAnswer<Answers>),
    );
  });
}
