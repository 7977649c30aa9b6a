// The output pane: compiler diagnostics, then the program's stdout and stderr, then a
// status line. Text only (textContent), never HTML: output is the learner's program's.
import type { ToolchainResult } from "./protocol";

export class OutputPane {
  constructor(private readonly element: HTMLElement) {}

  clear(): void {
    this.element.replaceChildren();
  }

  showRunning(): void {
    this.clear();
    this.append("status-line", "Running…");
  }

  showResult(result: ToolchainResult): void {
    this.clear();
    const rendered = (result.diagnostics ?? []).map((d) => d.rendered ?? "").join("");
    if (rendered) this.append("diagnostics", rendered);
    if (result.run) {
      if (result.run.stdout) this.append("stdout", result.run.stdout);
      if (result.run.stderr) this.append("stderr", result.run.stderr);
    }
    this.append("status-line", statusLine(result));
  }

  /** A failure of Ferrite itself, not of the learner's program. */
  showError(message: string): void {
    this.clear();
    this.append("internal-error", message);
  }

  private append(kind: string, text: string): void {
    const block = document.createElement("div");
    block.className = `out-${kind}`;
    block.textContent = text;
    this.element.append(block);
  }
}

function statusLine(result: ToolchainResult): string {
  if (result.fuel?.exhausted) return "stopped: out of fuel";
  if (result.run) return `exit code: ${result.run.exit_code}`;
  if (!result.compiled) return "compilation failed";
  return "compiled";
}
