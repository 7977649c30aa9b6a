// The code editor: CodeMirror 6 with Rust highlighting. Token colours come from
// style.css (stable `tok-*` classes), so light and dark follow prefers-color-scheme.
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { rust } from "@codemirror/lang-rust";
import { bracketMatching, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { EditorState, type Extension } from "@codemirror/state";
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

export const HELLO_WORLD = `fn main() {
    println!("Hello, world!");
}
`;

export interface Editor {
  view: EditorView;
  getCode(): string;
  setCode(code: string): void;
}

/** Creates the editor inside `parent`. `extraKeys` take precedence over the defaults. */
export function createEditor(parent: HTMLElement, initial: string, extraKeys: readonly KeyBinding[] = []): Editor {
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    drawSelection(),
    history(),
    indentOnInput(),
    bracketMatching(),
    rust(),
    syntaxHighlighting(classHighlighter),
    // Tab indents; Escape then Tab still moves focus out of the editor (CodeMirror's tab-focus mode).
    keymap.of([...extraKeys, ...defaultKeymap, ...historyKeymap, indentWithTab]),
    EditorView.contentAttributes.of({ "aria-label": "Rust program" }),
  ];
  const view = new EditorView({
    parent,
    state: EditorState.create({ doc: initial, extensions }),
  });
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode: (code) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
  };
}
