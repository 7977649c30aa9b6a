// The page's side of the toolchain worker: starts it at once, turns each run request
// into a promise settled by the worker's answer with the same id, and stops runaway
// programs. With cross-origin isolation, Stop writes 2 into Pyodide's interrupt buffer
// (KeyboardInterrupt in Python, ~20 ms, the worker survives); otherwise, or when the
// interrupt is not honoured quickly, the worker is terminated and a new one started.
import type { Mode, ProgressMessage, ReadyMessage, ToolchainResult, WorkerMessage } from "./protocol";

/** About 2 s of interpretation in the browser (the toolchain's own default, 20M, is ~14 s). */
export const BROWSER_FUEL = 3_000_000;
/** How long Stop waits for the interrupt before it restarts the worker instead. */
const INTERRUPT_GRACE_MS = 600;

export interface RunnerEvents {
  onProgress(progress: ProgressMessage): void;
  onReady(ready: ReadyMessage): void;
  /** A worker failure not tied to a run (loading failed, the worker crashed). */
  onError(message: string): void;
  /** The worker is being replaced (after a hard stop): not ready until onReady again. */
  onRestart(): void;
}

/** The outcome of a run: the toolchain's result, or stopped by the learner. */
export type RunOutcome = { kind: "result"; result: ToolchainResult } | { kind: "stopped"; how: "interrupt" | "restart" };

interface Pending {
  resolve(outcome: RunOutcome): void;
  reject(error: Error): void;
}

export class Runner {
  private worker!: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private interruptBuffer: Uint8Array | undefined;
  private generation = 0;

  constructor(private readonly workerUrl: URL, private readonly events: RunnerEvents) {
    this.start();
  }

  /** True when Stop can interrupt without restarting the worker. */
  get canInterrupt(): boolean {
    return this.interruptBuffer !== undefined;
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }

  run(code: string, mode: Mode = "run", fuel = BROWSER_FUEL): Promise<RunOutcome> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: "run", id, code, mode, fuel });
    });
  }

  /** Stops the running program, if any. Resolves once it is stopped. */
  async stop(): Promise<void> {
    if (this.pending.size === 0) return;
    if (this.interruptBuffer) {
      const ids = [...this.pending.keys()];
      this.interruptBuffer[0] = 2;
      const deadline = performance.now() + INTERRUPT_GRACE_MS;
      while (performance.now() < deadline && ids.some((id) => this.pending.has(id))) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      if (!ids.some((id) => this.pending.has(id))) return;
    }
    this.restart();
  }

  /** Terminates the worker (settling every pending run as stopped) and starts a new one. */
  restart(): void {
    this.worker.terminate();
    for (const pending of this.pending.values()) pending.resolve({ kind: "stopped", how: "restart" });
    this.pending.clear();
    this.interruptBuffer = undefined;
    this.events.onRestart();
    this.start();
  }

  private start(): void {
    const generation = ++this.generation;
    const worker = new Worker(this.workerUrl, { type: "module", name: "ferrite-toolchain" });
    this.worker = worker;
    worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => {
      if (generation === this.generation) this.receive(event.data);
    });
    worker.addEventListener("error", (event) => {
      if (generation !== this.generation) return;
      const message = `The toolchain worker crashed: ${event.message || "could not load worker script"}`;
      this.failAll(message);
      this.events.onError(message);
    });
  }

  private receive(message: WorkerMessage): void {
    switch (message.type) {
      case "progress":
        this.events.onProgress(message);
        break;
      case "ready":
        this.interruptBuffer = message.interruptBuffer;
        this.events.onReady(message);
        break;
      case "result":
        this.settle(message.id)?.resolve({ kind: "result", result: message.result });
        break;
      case "stopped":
        this.settle(message.id)?.resolve({ kind: "stopped", how: "interrupt" });
        break;
      case "error":
        if (message.id === undefined) {
          this.events.onError(message.message);
        } else {
          this.settle(message.id)?.reject(new Error(message.message));
        }
        break;
    }
  }

  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    return pending;
  }

  private failAll(message: string): void {
    for (const pending of this.pending.values()) pending.reject(new Error(message));
    this.pending.clear();
  }
}
