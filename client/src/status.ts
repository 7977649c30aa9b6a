// The loading indicator (#status): what the runtime is doing, with bytes downloaded
// where they are known, then "Ready". Downloads run in parallel, so it keeps the
// latest report per phase and shows them together.
import type { ProgressMessage } from "./protocol";

type State = "loading" | "ready" | "error";

export class LoadingStatus {
  private readonly phases = new Map<ProgressMessage["phase"], ProgressMessage>();

  constructor(private readonly element: HTMLElement) {
    this.show("loading", "Loading the Rust runtime…");
  }

  progress(progress: ProgressMessage): void {
    if (progress.phase === "toolchain") {
      this.show("loading", `${progress.message}…`);
      return;
    }
    this.phases.set(progress.phase, progress);
    this.show("loading", [...this.phases.values()].map(describe).join(" · "));
  }

  /** The runtime is starting again (after a hard stop). */
  restarting(): void {
    this.phases.clear();
    this.show("loading", "Restarting the Rust runtime…");
  }

  ready(elapsedMs: number): void {
    this.show("ready", "Ready");
    this.element.title = `Rust runtime loaded in ${(elapsedMs / 1000).toFixed(1)} s`;
  }

  error(text: string): void {
    this.show("error", text);
  }

  private show(state: State, text: string): void {
    this.element.dataset.state = state;
    this.element.textContent = text;
  }
}

function size(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.round(bytes / 1000)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function describe(progress: ProgressMessage): string {
  if (progress.loaded === undefined) return `${progress.message}…`;
  const amount = progress.total
    ? `${size(Math.min(progress.loaded, progress.total))} / ${size(progress.total)}`
    : size(progress.loaded);
  return `${progress.message}: ${amount}`;
}
