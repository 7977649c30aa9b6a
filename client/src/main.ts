// Wires the IDE page: editor, Run button, output pane, loading status, toolchain worker.
import { createEditor, HELLO_WORLD } from "./editor";
import { OutputPane } from "./output";
import type { ToolchainResult } from "./protocol";
import { Runner } from "./runner";
import { LoadingStatus } from "./status";

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element as T;
}

const runButton = byId<HTMLButtonElement>("run");
const output = new OutputPane(byId("output"));
const status = new LoadingStatus(byId("status"));

let ready = false;
let running = false;

function updateRunButton(): void {
  runButton.disabled = !ready || running;
}

const runner = new Runner(new URL("worker.js", import.meta.url), {
  onProgress: (progress) => status.progress(progress),
  onReady: ({ elapsedMs }) => {
    ready = true;
    status.ready(elapsedMs);
    updateRunButton();
  },
  onError: (message) => {
    ready = false;
    status.error("The Rust runtime is unavailable");
    output.showError(message);
    updateRunButton();
  },
});

async function run(): Promise<ToolchainResult | undefined> {
  if (!ready || running) return undefined;
  running = true;
  updateRunButton();
  output.showRunning();
  try {
    const result = await runner.run(editor.getCode(), "run");
    output.showResult(result);
    return result;
  } catch (error) {
    output.showError(error instanceof Error ? error.message : String(error));
    return undefined;
  } finally {
    running = false;
    updateRunButton();
  }
}

const editor = createEditor(byId("editor"), HELLO_WORLD, [
  { key: "Mod-Enter", run: () => (void run(), true), preventDefault: true },
]);
runButton.addEventListener("click", () => void run());
// Ctrl/Cmd-Enter also works outside the editor (the editor's own binding handles it inside).
document.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
    event.preventDefault();
    void run();
  }
});
updateRunButton();

// A small hook for tests and the console; not an API for exercises.
declare global {
  interface Window {
    ferrite: { getCode(): string; setCode(code: string): void; run(): Promise<ToolchainResult | undefined> };
  }
}
window.ferrite = { getCode: editor.getCode, setCode: editor.setCode, run };
