// Wires the IDE page: routes (#/exercise/<pack>/<name>, #/playground[/<code>]), the
// exercise sidebar and page, the editor and console, the toolchain runner with Stop,
// progress (IndexedDB) with sync, accounts, the server fallback, offline support.
import { Api, ApiError } from "./api";
import { Auth } from "./auth";
import { Console } from "./console";
import { Editor, HELLO_WORLD } from "./editor";
import { ExerciseList, exerciseHref, isDone, renderMarkdown, STATUS_LABEL, topicLabel } from "./exercises";
import { registerServiceWorker } from "./offline";
import { ApiPacks, StaticPacks, type Exercise, type PackSource } from "./packs";
import { codeFromRoute, PLAYGROUND_ROUTE, shareLink } from "./playground";
import { ProgressStore } from "./progress";
import type { Mode, ToolchainResult } from "./protocol";
import { Runner } from "./runner";
import { LoadingStatus } from "./status";
import { Sync } from "./sync";

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element as T;
}

const buttons = {
  run: byId<HTMLButtonElement>("run"),
  stop: byId<HTMLButtonElement>("stop"),
  hint: byId<HTMLButtonElement>("hint"),
  reset: byId<HTMLButtonElement>("reset"),
  solution: byId<HTMLButtonElement>("solution"),
  next: byId<HTMLButtonElement>("next"),
  share: byId<HTMLButtonElement>("share"),
};
const status = new LoadingStatus(byId("status"));

type View = { kind: "none" } | { kind: "playground" } | { kind: "exercise"; exercise: Exercise };
let view: View = { kind: "none" };
let ready = false;
let running = false;
let api: Api | null = null;
let packs: PackSource | null = null;
let store: ProgressStore | null = null;
let auth: Auth | null = null;
let sync: Sync | null = null;
let list: ExerciseList | null = null;

// ---------------------------------------------------------------- runner

const runner = new Runner(new URL("worker.js", import.meta.url), {
  onProgress: (progress) => status.progress(progress),
  onReady: ({ elapsedMs }) => {
    ready = true;
    status.ready(elapsedMs);
    updateButtons();
  },
  onError: (message) => {
    ready = false;
    status.error("The Rust runtime is unavailable");
    output.showError(message);
    updateButtons();
  },
  onRestart: () => {
    ready = false;
    status.restarting();
    updateButtons();
  },
});

function currentMode(): "run" | "test" {
  return view.kind === "exercise" ? view.exercise.mode : "run";
}

function updateButtons(): void {
  buttons.run.disabled = !ready || running;
  buttons.stop.disabled = !running;
  buttons.run.textContent = currentMode() === "test" ? "Test" : "Run";
}

async function run(): Promise<ToolchainResult | undefined> {
  if (!ready || running) return undefined;
  const code = editor.getCode();
  const mode = currentMode();
  const exercise = view.kind === "exercise" ? view.exercise : undefined;
  running = true;
  updateButtons();
  output.showRunning(mode === "test" ? "Testing…" : "Running…");
  editor.clearDiagnostics();
  let result: ToolchainResult;
  try {
    const outcome = await runner.run(code, mode);
    if (outcome.kind === "stopped") {
      output.showStopped(outcome.how);
      if (exercise) await store?.update(exercise.pack, exercise.name, { code, status: "attempted", attempt: true });
      return undefined;
    }
    result = outcome.result;
  } catch (error) {
    output.showError(error instanceof Error ? error.message : String(error));
    return undefined;
  } finally {
    running = false;
    updateButtons();
  }
  output.showResult(result, mode);
  editor.showDiagnostics(result.diagnostics, code);
  if (exercise) await recordVerdict(exercise, code, result);
  offerFallback(result, code, mode);
  return result;
}

async function recordVerdict(exercise: Exercise, code: string, result: ToolchainResult): Promise<void> {
  const done = isDone(result, exercise.mode);
  await store?.update(exercise.pack, exercise.name, { code, status: done ? "done" : "attempted", attempt: true });
  if (view.kind === "exercise" && view.exercise === exercise) showExerciseState(exercise);
}

async function stop(): Promise<void> {
  if (running) await runner.stop();
}

// ---------------------------------------------------------------- fallback (Piston on the server)

let pendingServerRun: (() => void) | undefined;

function offerFallback(result: ToolchainResult, code: string, mode: Mode): void {
  const unsupported = result.diagnostics.some((d) => d.message.startsWith("Ferrite does not support"));
  if (!unsupported || !api?.config.fallback) return;
  output.offer("Ferrite cannot run this in your browser yet.", [
    { label: "Run on the server", run: () => void runOnServer(code, mode) },
  ]);
}

async function runOnServer(code: string, mode: Mode): Promise<void> {
  if (!api || !auth) return;
  if (!auth.user) {
    pendingServerRun = () => void runOnServer(code, mode);
    output.note("Log in to run programs on the server.");
    auth.open("login");
    return;
  }
  const exercise = view.kind === "exercise" ? view.exercise : undefined;
  output.showRunning("Running on the server…");
  try {
    const result = await api.post<ToolchainResult>("/api/fallback/run", { code, mode });
    const shown = { ...result, source: "server" };
    output.showResult(shown, mode === "test" ? "test" : "run");
    if (exercise) await recordVerdict(exercise, code, shown);
  } catch (error) {
    output.showError(`The server could not run the program: ${error instanceof ApiError ? error.message : String(error)}`);
  }
}

// ---------------------------------------------------------------- editor and console

let saveTimer: ReturnType<typeof setTimeout> | undefined;
let saveNow: (() => void) | undefined;

function onEdit(code: string): void {
  const target = view;
  clearTimeout(saveTimer);
  saveNow = () => {
    saveNow = undefined;
    if (target.kind === "exercise") {
      void store?.update(target.exercise.pack, target.exercise.name, { code, status: "attempted" });
    } else if (target.kind === "playground") {
      void store?.setMeta("playground", code);
    }
  };
  saveTimer = setTimeout(() => saveNow?.(), 300);
}

function flushSave(): void {
  clearTimeout(saveTimer);
  saveNow?.();
}
addEventListener("pagehide", flushSave);

const editor = new Editor(byId("editor"), "", {
  keys: [
    { key: "Mod-Enter", run: () => (void run(), true), preventDefault: true },
    { key: "Mod-Shift-Enter", run: () => (void stop(), true), preventDefault: true },
  ],
  onChange: onEdit,
});
const output = new Console(byId("output"), (line, column) => editor.jumpTo(line, column));

// Ctrl/Cmd-Enter also works outside the editor (the editor's own binding handles it inside).
document.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
  event.preventDefault();
  void (event.shiftKey ? stop() : run());
});

// ---------------------------------------------------------------- views

function setVisible(element: HTMLElement, visible: boolean): void {
  element.hidden = !visible;
}

function resetPanels(): void {
  setVisible(byId("hint-text"), false);
  buttons.hint.setAttribute("aria-expanded", "false");
  setVisible(byId("solution-panel"), false);
  buttons.solution.setAttribute("aria-expanded", "false");
  setVisible(byId("share-link"), false);
  output.clear();
}

function showExerciseState(exercise: Exercise): void {
  const state = store?.status(exercise.pack, exercise.name) ?? "not_started";
  const element = byId("exercise-state");
  element.dataset.status = state;
  element.textContent = `${exercise.mode === "test" ? "Make the tests pass" : "Make it compile and run"} · ${STATUS_LABEL[state]}`;
  const done = state === "done";
  buttons.solution.disabled = !done;
  buttons.solution.title = done ? "Show the solution" : "The solution opens once you have solved the exercise";
  const next = list?.next(exercise);
  setVisible(buttons.next, done && next !== undefined);
}

async function openExercise(pack: string, name: string): Promise<void> {
  if (!packs) return;
  flushSave();
  let exercise: Exercise;
  try {
    exercise = await packs.exercise(pack, name);
  } catch (error) {
    output.showError(`Could not open the exercise ${pack}/${name}: ${error instanceof Error ? error.message : error}`);
    return;
  }
  view = { kind: "exercise", exercise };
  document.body.dataset.view = "exercise";
  const saved = store?.get(pack, name)?.code;
  editor.load(saved || exercise.source);
  resetPanels();
  byId("exercise-topic").textContent = topicLabel(exercise.topic);
  byId("exercise-title").textContent = exercise.title || exercise.name;
  byId("editor-heading").textContent = `${exercise.name}.rs`;
  renderMarkdown(byId("topic-text"), exercise.topic_text || "");
  renderMarkdown(byId("hint-text"), exercise.hint || "No hint for this one.");
  showExerciseState(exercise);
  setVisible(buttons.hint, true);
  setVisible(buttons.reset, true);
  setVisible(buttons.solution, true);
  setVisible(buttons.share, false);
  list?.setCurrent({ pack, name });
  closeSidebar();
  updateButtons();
  document.title = `${exercise.title || exercise.name} · Ferrite`;
  void store?.setMeta("last", { pack, name });
}

async function openPlayground(rest: string): Promise<void> {
  flushSave();
  view = { kind: "playground" };
  document.body.dataset.view = "playground";
  const shared = codeFromRoute(rest);
  editor.load(shared ?? (await store?.getMeta<string>("playground")) ?? HELLO_WORLD);
  resetPanels();
  byId("exercise-topic").textContent = "";
  byId("exercise-title").textContent = "Playground";
  byId("editor-heading").textContent = "main.rs";
  const state = byId("exercise-state");
  state.textContent = shared ? "Opened from a shared link" : "Write any program; share it as a link.";
  state.dataset.status = "";
  renderMarkdown(byId("topic-text"), "");
  for (const b of [buttons.hint, buttons.reset, buttons.solution, buttons.next]) setVisible(b, false);
  setVisible(buttons.share, true);
  list?.setCurrent(undefined);
  closeSidebar();
  updateButtons();
  document.title = "Playground · Ferrite";
}

async function route(): Promise<void> {
  const hash = location.hash.replace(/^#\/?/, "");
  const [head, ...rest] = hash.split("/");
  if (head === "exercise" && rest.length >= 2) {
    await openExercise(decodeURIComponent(rest[0]!), decodeURIComponent(rest.slice(1).join("/")));
  } else if (head === "playground") {
    await openPlayground(rest.join("/"));
  } else {
    const last = await store?.getMeta<{ pack: string; name: string }>("last");
    const target = (last && list?.find(last.pack, last.name)) || list?.firstOpen();
    if (target) location.replace(exerciseHref(target));
    else location.replace(PLAYGROUND_ROUTE);
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".views a")) {
    const active = (link.id === "nav-playground") === (head === "playground");
    if (active) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

// ---------------------------------------------------------------- buttons

buttons.run.addEventListener("click", () => void run());
buttons.stop.addEventListener("click", () => void stop());
buttons.hint.addEventListener("click", () => {
  const hint = byId("hint-text");
  hint.hidden = !hint.hidden;
  buttons.hint.setAttribute("aria-expanded", String(!hint.hidden));
});
buttons.reset.addEventListener("click", () => {
  if (view.kind !== "exercise") return;
  editor.replace(view.exercise.source);
  output.clear();
});
buttons.solution.addEventListener("click", async () => {
  if (view.kind !== "exercise" || !packs) return;
  const panel = byId("solution-panel");
  if (!panel.hidden) {
    panel.hidden = true;
    buttons.solution.setAttribute("aria-expanded", "false");
    return;
  }
  const { pack, name } = view.exercise;
  await sync?.now();
  const answer = await packs.solution(pack, name).catch((error: unknown) => ({ unavailable: String(error) }));
  byId("solution-code").textContent = "source" in answer ? answer.source : answer.unavailable;
  panel.hidden = false;
  buttons.solution.setAttribute("aria-expanded", "true");
});
buttons.next.addEventListener("click", () => {
  if (view.kind !== "exercise") return;
  const next = list?.next(view.exercise);
  if (next) location.hash = exerciseHref(next);
});
buttons.share.addEventListener("click", async () => {
  const link = shareLink(editor.getCode());
  const field = byId<HTMLInputElement>("share-link");
  field.value = link;
  field.hidden = false;
  field.select();
  history.replaceState(null, "", link);
  try {
    await navigator.clipboard.writeText(link);
    buttons.share.textContent = "Link copied";
  } catch {
    buttons.share.textContent = "Share link";
  }
});

const sidebar = byId("sidebar");
const menuToggle = byId<HTMLButtonElement>("menu-toggle");
function closeSidebar(): void {
  sidebar.dataset.open = "false";
  menuToggle.setAttribute("aria-expanded", "false");
}
menuToggle.addEventListener("click", () => {
  const open = sidebar.dataset.open !== "true";
  sidebar.dataset.open = String(open);
  menuToggle.setAttribute("aria-expanded", String(open));
  if (open) sidebar.querySelector<HTMLElement>("[aria-current], a")?.focus();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && sidebar.dataset.open === "true" && !document.querySelector("dialog[open]")) {
    closeSidebar();
    menuToggle.focus();
  }
});

// ---------------------------------------------------------------- start

async function start(): Promise<void> {
  updateButtons();
  store = await ProgressStore.open();
  api = await Api.detect();
  document.body.dataset.api = api ? "yes" : "no";
  packs = api ? new ApiPacks(api) : new StaticPacks();
  list = new ExerciseList(byId("exercise-list"), byId<HTMLProgressElement>("progress-bar"), byId("progress-label"), store);
  sync = new Sync(api, store, byId("sync-state"));
  auth = new Auth(api, byId("account"));
  auth.onChange((user) => {
    sync?.setLoggedIn(user !== null);
    if (user && pendingServerRun) {
      const again = pendingServerRun;
      pendingServerRun = undefined;
      again();
    }
  });
  store.subscribe(() => {
    if (view.kind === "exercise") showExerciseState(view.exercise);
  });
  try {
    list.setPacks(await packs.packs());
  } catch (error) {
    list.showError("Could not load the exercises");
    console.warn(error);
  }
  await auth.refresh();
  addEventListener("hashchange", () => void route());
  await route();
  void registerServiceWorker((state) => {
    document.body.dataset.offline = state;
  });
}

void start();

// A small hook for tests and the browser console; not an API for exercises.
declare global {
  interface Window {
    ferrite: {
      getCode(): string;
      setCode(code: string): void;
      run(): Promise<ToolchainResult | undefined>;
      stop(): Promise<void>;
      syncNow(): Promise<void>;
      crossOriginIsolated: boolean;
      canInterrupt(): boolean;
    };
  }
}
window.ferrite = {
  getCode: () => editor.getCode(),
  setCode: (code) => editor.replace(code),
  run,
  stop,
  syncNow: async () => {
    flushSave();
    await sync?.now();
  },
  crossOriginIsolated: self.crossOriginIsolated,
  canInterrupt: () => runner.canInterrupt,
};
