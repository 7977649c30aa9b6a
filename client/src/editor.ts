// The code editor: CodeMirror 6 with Rust highlighting, bracket matching, auto-indent,
// comment toggling (Ctrl-/), search (Ctrl-F), and rustc's diagnostics shown with
// @codemirror/lint (underline, gutter marker, message and quick fixes on hover, Ctrl-.
// to open the list with its fixes). Colours come from style.css (stable `tok-*`
// classes and CSS variables), so light and dark follow the system.
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { rust } from "@codemirror/lang-rust";
import { bracketMatching, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, lintKeymap, setDiagnostics } from "@codemirror/lint";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { EditorSelection, EditorState, type Extension } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  type KeyBinding,
} from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";
import { toLintDiagnostics } from "./diagnostics";
import type { Diagnostic } from "./protocol";
import { editorTheme, followSystemTheme } from "./theme";

export const HELLO_WORLD = `fn main() {
    println!("Hello, world!");
}
`;

export interface EditorOptions {
  /** Key bindings that take precedence over the defaults (Run, Stop). */
  keys?: readonly KeyBinding[];
  /** Called after every change of the document by the learner. */
  onChange?: (code: string) => void;
  label?: string;
}

export class Editor {
  readonly view: EditorView;
  private readonly extensions: Extension[];
  private silent = false;

  constructor(parent: HTMLElement, initial: string, options: EditorOptions = {}) {
    const extensions: Extension[] = [
      lineNumbers(),
      lintGutter(),
      highlightActiveLineGutter(),
      highlightActiveLine(),
      drawSelection(),
      history(),
      indentOnInput(),
      bracketMatching(),
      closeBrackets(),
      highlightSelectionMatches(),
      search({ top: true }),
      rust(),
      syntaxHighlighting(classHighlighter),
      editorTheme(),
      EditorState.tabSize.of(4),
      // Tab indents; Escape then Tab still moves focus out of the editor (CodeMirror's tab-focus mode).
      keymap.of([
        ...(options.keys ?? []),
        ...closeBracketsKeymap,
        ...defaultKeymap,
        ...searchKeymap,
        ...historyKeymap,
        ...lintKeymap,
        indentWithTab,
      ]),
      // tabindex: the content is focusable anyway (contenteditable); saying so lets checkers see it.
      EditorView.contentAttributes.of({ "aria-label": options.label ?? "Rust program", tabindex: "0" }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged && !this.silent) options.onChange?.(update.state.doc.toString());
      }),
    ];
    this.extensions = extensions;
    this.view = new EditorView({ parent, state: EditorState.create({ doc: initial, extensions }) });
    followSystemTheme(this.view);
  }

  getCode(): string {
    return this.view.state.doc.toString();
  }

  /** Opens another program (not an edit by the learner: no onChange, a fresh undo history). */
  load(code: string): void {
    this.silent = true;
    try {
      this.view.setState(EditorState.create({ doc: code, extensions: this.extensions }));
    } finally {
      this.silent = false;
    }
  }

  /** Replaces the whole program as an edit (undoable, reported to onChange), e.g. Reset. */
  replace(code: string): void {
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: code },
      userEvent: "input.replace",
    });
    this.clearDiagnostics();
  }

  /** Shows the toolchain's diagnostics for `source` (the text that was compiled). */
  showDiagnostics(diagnostics: Diagnostic[], source: string): void {
    const lint = source === this.getCode() ? toLintDiagnostics(diagnostics, source) : [];
    this.view.dispatch(setDiagnostics(this.view.state, lint));
  }

  clearDiagnostics(): void {
    this.view.dispatch(setDiagnostics(this.view.state, []));
  }

  /** Moves the cursor to `line`:`column` (1-based, column in characters) and focuses. */
  jumpTo(line: number, column = 1): void {
    const doc = this.view.state.doc;
    const target = doc.line(Math.max(1, Math.min(line, doc.lines)));
    const pos = Math.min(target.from + Math.max(0, column - 1), target.to);
    this.view.dispatch({
      selection: EditorSelection.cursor(pos),
      effects: EditorView.scrollIntoView(pos, { y: "center" }),
    });
    this.view.focus();
  }
}
