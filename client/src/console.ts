// The console: what rustc and cargo would print, coloured the way a terminal shows it
// (errors red, warnings yellow, help/notes cyan, libtest's ok green / FAILED red), then
// the program's stdout and stderr, panics, and a status line. Source locations
// (` --> main.rs:3:5`, `panicked at main.rs:3:5`) are buttons that jump to the line.
// Text only (textContent, DOM nodes), never HTML: the output is the learner's program's.
import type { ToolchainResult } from "./protocol";

export type JumpTo = (line: number, column: number) => void;

const LOCATION = /(main\.rs|src\/main\.rs|src\/lib\.rs):(\d+):(\d+)/;

export interface ConsoleAction {
  label: string;
  run(): void;
}

export class Console {
  constructor(private readonly element: HTMLElement, private readonly jumpTo: JumpTo) {}

  clear(): void {
    this.element.replaceChildren();
    delete this.element.dataset.source;
  }

  showRunning(text = "Running…"): void {
    this.clear();
    this.status(text, "running");
  }

  showResult(result: ToolchainResult, mode: "run" | "test"): void {
    this.clear();
    if (result.source === "server") {
      this.element.dataset.source = "server";
      this.block("out-source", "Ran on the server (not in your browser)");
    }
    const rendered = (result.diagnostics ?? []).map((d) => d.rendered ?? "").join("");
    if (rendered) this.block("out-diagnostics", rendered, colourDiagnosticLine);
    if (result.run) {
      if (result.run.stdout) this.block("out-stdout", result.run.stdout, mode === "test" ? colourLibtestLine : undefined);
      if (result.run.stderr) this.block("out-stderr", result.run.stderr, colourStderrLine);
    }
    this.status(statusLine(result), statusKind(result));
  }

  showStopped(how: "interrupt" | "restart"): void {
    this.clear();
    this.status(how === "interrupt" ? "stopped" : "stopped (the Rust runtime was restarted)", "stopped");
  }

  /** A failure of Ferrite itself, not of the learner's program. */
  showError(message: string): void {
    this.clear();
    this.block("out-internal-error", message);
  }

  /** Appends a note (e.g. why an offer is not available). */
  note(text: string): void {
    this.block("out-note", text);
  }

  /** Appends a row of buttons (e.g. "Run on the server"). */
  offer(text: string, actions: ConsoleAction[]): void {
    const row = document.createElement("div");
    row.className = "out-offer";
    const label = document.createElement("span");
    label.textContent = text;
    row.append(label);
    for (const action of actions) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = action.label;
      button.addEventListener("click", () => action.run());
      row.append(button);
    }
    this.element.append(row);
  }

  private status(text: string, kind: string): void {
    const line = document.createElement("div");
    line.className = "out-status-line";
    line.dataset.kind = kind;
    line.textContent = text;
    this.element.append(line);
  }

  private block(kind: string, text: string, colour?: (line: string) => string | undefined): void {
    const block = document.createElement("div");
    block.className = kind;
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    for (const line of lines) {
      const row = document.createElement("div");
      row.className = "out-line";
      const cls = colour?.(line);
      if (cls) row.classList.add(cls);
      this.appendWithLocations(row, line);
      block.append(row);
    }
    this.element.append(block);
  }

  private appendWithLocations(row: HTMLElement, line: string): void {
    const match = LOCATION.exec(line);
    if (!match) {
      row.textContent = line || "\u200b";
      return;
    }
    const [whole, , lineText, columnText] = match;
    const lineNo = Number(lineText);
    const column = Number(columnText);
    const link = document.createElement("button");
    link.type = "button";
    link.className = "out-location";
    link.textContent = whole;
    link.title = `Go to line ${lineNo}, column ${column}`;
    link.addEventListener("click", () => this.jumpTo(lineNo, column));
    row.append(line.slice(0, match.index), link, line.slice(match.index + whole.length));
  }
}

function colourDiagnosticLine(line: string): string | undefined {
  if (/^error(\[E\d+\])?:/.test(line) || line.startsWith("error: aborting")) return "c-error";
  if (/^warning(\[\w+\])?:/.test(line)) return "c-warning";
  if (/^\s*= (help|note):/.test(line) || /^(help|note):/.test(line)) return "c-help";
  if (/^\s*-->/.test(line) || /^\s*\d*\s*\|/.test(line)) return "c-gutter";
  return undefined;
}

function colourLibtestLine(line: string): string | undefined {
  if (/^test .* \.\.\. ok$/.test(line) || /^test result: ok\./.test(line)) return "c-ok";
  if (/\.\.\. FAILED$/.test(line) || /^test result: FAILED\./.test(line)) return "c-error";
  if (/\.\.\. ignored/.test(line)) return "c-warning";
  if (/^---- .* stdout ----$/.test(line) || /^failures:$/.test(line)) return "c-heading";
  return undefined;
}

function colourStderrLine(line: string): string | undefined {
  if (/panicked at/.test(line)) return "c-error";
  if (/^ferrite: /.test(line)) return "c-warning";
  if (/^error: test failed/.test(line)) return "c-error";
  return undefined;
}

function statusKind(result: ToolchainResult): string {
  if (result.fuel?.exhausted) return "stopped";
  if (!result.compiled) return "error";
  if (result.run) return result.run.exit_code === 0 ? "ok" : "error";
  return "ok";
}

function statusLine(result: ToolchainResult): string {
  if (result.fuel?.exhausted) return "stopped: out of fuel";
  if (!result.compiled) return "compilation failed";
  if (result.tests) {
    const passed = result.tests.filter((t) => t.outcome === "ok").length;
    const failed = result.tests.filter((t) => t.outcome === "failed").length;
    return `${passed} passed, ${failed} failed (exit code: ${result.run?.exit_code ?? "?"})`;
  }
  if (result.run) return `exit code: ${result.run.exit_code}`;
  return "compiled";
}
