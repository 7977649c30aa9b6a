// The page's side of the toolchain worker: starts it at once, and turns each run
// request into a promise settled by the worker's answer with the same id.
import type { Mode, ProgressMessage, ReadyMessage, ToolchainResult, WorkerMessage } from "./protocol";

export interface RunnerEvents {
  onProgress(progress: ProgressMessage): void;
  onReady(ready: ReadyMessage): void;
  /** A worker failure not tied to a run (loading failed, the worker crashed). */
  onError(message: string): void;
}

interface Pending {
  resolve(result: ToolchainResult): void;
  reject(error: Error): void;
}

export class Runner {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(workerUrl: URL, private readonly events: RunnerEvents) {
    this.worker = new Worker(workerUrl, { type: "module", name: "ferrite-toolchain" });
    this.worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => this.receive(event.data));
    this.worker.addEventListener("error", (event) => {
      const message = `The toolchain worker crashed: ${event.message || "could not load worker script"}`;
      this.failAll(message);
      this.events.onError(message);
    });
  }

  run(code: string, mode: Mode = "run"): Promise<ToolchainResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: "run", id, code, mode });
    });
  }

  private receive(message: WorkerMessage): void {
    switch (message.type) {
      case "progress":
        this.events.onProgress(message);
        break;
      case "ready":
        this.events.onReady(message);
        break;
      case "result":
        this.settle(message.id)?.resolve(message.result);
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
