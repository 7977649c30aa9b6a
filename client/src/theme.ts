// Light and dark themes follow the system (prefers-color-scheme). The colours live in
// style.css as CSS variables; this module gives CodeMirror a theme made of those
// variables and tells CodeMirror whether the current scheme is dark.
import { Compartment, type Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";

const query = matchMedia("(prefers-color-scheme: dark)");
const compartment = new Compartment();

function theme(dark: boolean): Extension {
  return EditorView.theme(
    {
      "&": { color: "var(--fg)", backgroundColor: "var(--editor-bg)", height: "100%" },
      ".cm-content": { caretColor: "var(--fg)" },
      ".cm-gutters": { backgroundColor: "var(--gutter-bg)", color: "var(--muted)", borderRight: "1px solid var(--border)" },
      ".cm-activeLine": { backgroundColor: "var(--active-line)" },
      ".cm-activeLineGutter": { backgroundColor: "var(--active-line)" },
      "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": { backgroundColor: "var(--selection)" },
      ".cm-tooltip": { backgroundColor: "var(--panel-bg)", color: "var(--fg)", border: "1px solid var(--border)" },
      ".cm-panels": { backgroundColor: "var(--panel-bg)", color: "var(--fg)" },
      ".cm-diagnosticText": { whiteSpace: "pre-wrap" },
    },
    { dark },
  );
}

/** The editor's theme; `view` follows the system scheme as it changes. */
export function editorTheme(): Extension {
  return compartment.of(theme(query.matches));
}

export function followSystemTheme(view: EditorView): void {
  query.addEventListener("change", () => view.dispatch({ effects: compartment.reconfigure(theme(query.matches)) }));
}
