// The exercise sidebar (grouped by topic, each exercise's state, the overall progress bar),
// the exercise page's text (topic text and hint, a small safe subset of Markdown built as
// DOM nodes, never innerHTML), and how an exercise's verdict is decided.
import type { ExerciseSummary, Pack } from "./packs";
import type { ProgressStore, Status } from "./progress";
import type { ToolchainResult } from "./protocol";

export const STATUS_LABEL: Record<Status, string> = {
  not_started: "not started",
  attempted: "attempted",
  done: "done",
};

/** A topic folder name as a heading: "01_variables" -> "Variables". */
export function topicLabel(topic: string): string {
  const words = topic.replace(/^\d+[_-]*/, "").replace(/[_-]+/g, " ").trim() || topic;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const exerciseHref = (e: { pack: string; name: string }): string =>
  `#/exercise/${encodeURIComponent(e.pack)}/${encodeURIComponent(e.name)}`;

/** Rustlings' rule: compiles with no error, and tests pass (test mode) / main exits 0 (run mode). */
export function isDone(result: ToolchainResult, mode: "run" | "test"): boolean {
  if (!result.compiled || result.fuel?.exhausted || !result.run) return false;
  if (result.diagnostics.some((d) => d.level === "error")) return false;
  if (mode === "test") {
    return result.run.exit_code === 0 && (result.tests ?? []).every((t) => t.outcome !== "failed");
  }
  return result.run.exit_code === 0;
}

export class ExerciseList {
  private packs: Pack[] = [];
  private current: { pack: string; name: string } | undefined;

  constructor(
    private readonly list: HTMLElement,
    private readonly bar: HTMLProgressElement,
    private readonly label: HTMLElement,
    private readonly store: ProgressStore,
  ) {
    store.subscribe(() => this.render());
  }

  setPacks(packs: Pack[]): void {
    this.packs = packs;
    this.render();
  }

  /** Every exercise in order (packs, then each pack's order). */
  all(): ExerciseSummary[] {
    return this.packs.flatMap((pack) => pack.exercises);
  }

  find(pack: string, name: string): ExerciseSummary | undefined {
    return this.all().find((e) => e.pack === pack && e.name === name);
  }

  next(after: { pack: string; name: string }): ExerciseSummary | undefined {
    const all = this.all();
    const index = all.findIndex((e) => e.pack === after.pack && e.name === after.name);
    return index >= 0 ? all[index + 1] : undefined;
  }

  /** The first exercise not done yet (or the first one). */
  firstOpen(): ExerciseSummary | undefined {
    const all = this.all();
    return all.find((e) => this.store.status(e.pack, e.name) !== "done") ?? all[0];
  }

  setCurrent(current: { pack: string; name: string } | undefined): void {
    this.current = current;
    this.render();
  }

  showError(text: string): void {
    this.label.textContent = text;
  }

  private render(): void {
    const all = this.all();
    const done = all.filter((e) => this.store.status(e.pack, e.name) === "done").length;
    this.bar.max = Math.max(all.length, 1);
    this.bar.value = done;
    this.label.textContent = all.length ? `${done} of ${all.length} exercises done` : "No exercises";
    const fragment = document.createDocumentFragment();
    for (const pack of this.packs) {
      const groups = new Map<string, ExerciseSummary[]>();
      for (const exercise of pack.exercises) {
        const group = groups.get(exercise.topic) ?? [];
        group.push(exercise);
        groups.set(exercise.topic, group);
      }
      if (this.packs.length > 1) {
        const title = document.createElement("p");
        title.className = "pack-title";
        title.textContent = pack.title;
        fragment.append(title);
      }
      for (const [topic, exercises] of groups) {
        const section = document.createElement("section");
        section.className = "topic-group";
        const heading = document.createElement("h2");
        heading.className = "topic-heading";
        heading.textContent = topicLabel(topic);
        const list = document.createElement("ol");
        for (const exercise of exercises) list.append(this.item(exercise));
        section.append(heading, list);
        fragment.append(section);
      }
    }
    this.list.replaceChildren(fragment);
  }

  private item(exercise: ExerciseSummary): HTMLLIElement {
    const status = this.store.status(exercise.pack, exercise.name);
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = exerciseHref(exercise);
    link.className = "exercise-link";
    link.dataset.status = status;
    link.dataset.exercise = `${exercise.pack}/${exercise.name}`;
    if (this.current?.pack === exercise.pack && this.current.name === exercise.name) link.setAttribute("aria-current", "page");
    const mark = document.createElement("span");
    mark.className = "status-mark";
    mark.setAttribute("aria-hidden", "true");
    const name = document.createElement("span");
    name.className = "exercise-name";
    name.textContent = exercise.title || exercise.name;
    const state = document.createElement("span");
    state.className = "visually-hidden";
    state.textContent = `, ${STATUS_LABEL[status]}`;
    link.append(mark, name, state);
    li.append(link);
    return li;
  }
}

/** A small, safe subset of Markdown (headings, paragraphs, lists, fenced code, `code`,
 * **bold**, [links](https://...)) rendered as DOM nodes. */
export function renderMarkdown(target: HTMLElement, text: string): void {
  const out = document.createDocumentFragment();
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  let paragraph: string[] = [];
  let list: HTMLUListElement | null = null;
  const flush = () => {
    if (paragraph.length) {
      const p = document.createElement("p");
      inline(p, paragraph.join(" "));
      out.append(p);
      paragraph = [];
    }
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("```")) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith("```"); i++) code.push(lines[i]!);
      const pre = document.createElement("pre");
      pre.textContent = code.join("\n");
      out.append(pre);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const h = document.createElement(heading[1]!.length <= 1 ? "h3" : "h4");
      inline(h, heading[2]!);
      out.append(h);
      continue;
    }
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (item) {
      if (paragraph.length) flush();
      if (!list) {
        list = document.createElement("ul");
        out.append(list);
      }
      const li = document.createElement("li");
      inline(li, item[1]!);
      list.append(li);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    list = null;
    paragraph.push(line.trim());
  }
  flush();
  target.replaceChildren(out);
}

function inline(parent: HTMLElement, text: string): void {
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    parent.append(text.slice(last, match.index));
    if (match[1] !== undefined) {
      const code = document.createElement("code");
      code.textContent = match[1];
      parent.append(code);
    } else if (match[2] !== undefined) {
      const strong = document.createElement("strong");
      strong.textContent = match[2];
      parent.append(strong);
    } else {
      const a = document.createElement("a");
      a.textContent = match[3]!;
      a.href = match[4]!;
      a.rel = "noopener noreferrer";
      a.target = "_blank";
      parent.append(a);
    }
    last = match.index + match[0].length;
  }
  parent.append(text.slice(last));
}
