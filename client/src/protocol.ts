// Messages between the page and the toolchain worker, and the toolchain's result
// (docs/toolchain-contract.md). Shared by main.ts and worker.ts; types only.

export type Mode = "check" | "run" | "test" | "parse";

export interface RunRequest {
  type: "run";
  id: number;
  code: string;
  mode: Mode;
  /** Interpreter step budget; the toolchain stops the program when it runs out. */
  fuel: number;
}

export type PageMessage = RunRequest;

/** Loading progress. `loaded`/`total` are bytes when known. */
export interface ProgressMessage {
  type: "progress";
  phase: "pyodide" | "manifest" | "wheel" | "toolchain";
  message: string;
  loaded?: number;
  total?: number;
}

export interface ReadyMessage {
  type: "ready";
  /** Milliseconds from worker start to ready. */
  elapsedMs: number;
  version?: string;
  /** Set when the page is cross-origin isolated: writing 2 into it raises KeyboardInterrupt in Python. */
  interruptBuffer?: Uint8Array;
}

/** The run `id` was stopped by the interrupt buffer (the worker stays usable). */
export interface StoppedMessage {
  type: "stopped";
  id: number;
}

export interface ResultMessage {
  type: "result";
  id: number;
  result: ToolchainResult;
}

/** A failure of the worker itself (not of the learner's program). `id` is set when a run failed. */
export interface ErrorMessage {
  type: "error";
  id?: number;
  message: string;
}

export type WorkerMessage = ProgressMessage | ReadyMessage | ResultMessage | StoppedMessage | ErrorMessage;

export interface DiagnosticSpan {
  file_name: string;
  byte_start: number;
  byte_end: number;
  line_start: number;
  line_end: number;
  column_start: number;
  column_end: number;
  is_primary: boolean;
  label: string | null;
  suggested_replacement: string | null;
  suggestion_applicability: string | null;
}

export interface Diagnostic {
  message: string;
  code: { code: string } | null;
  level: string;
  spans: DiagnosticSpan[];
  children: Diagnostic[];
  rendered: string | null;
}

export interface ProcessRun {
  exit_code: number;
  stdout: string;
  stderr: string;
  panic: { message: string; line: number; column: number } | null;
}

export interface TestOutcome {
  name: string;
  outcome: string;
  stdout: string;
  panic: { message: string; line: number; column: number } | null;
}

export interface ToolchainResult {
  compiled: boolean;
  diagnostics: Diagnostic[];
  run: ProcessRun | null;
  tests: TestOutcome[] | null;
  fuel: { used: number; exhausted: boolean } | null;
  /** "server" when the result came from the API's fallback runner. */
  source?: string;
}
