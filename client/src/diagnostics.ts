// rustc's JSON diagnostics as CodeMirror lint diagnostics. rustc's spans are BYTE offsets
// into the UTF-8 source; CodeMirror positions are UTF-16 code units. Quick fixes come from
// the children's `suggested_replacement`s (rustc's machine-applicable suggestions and the
// "similar name" ones alike).
import type { Action, Diagnostic as LintDiagnostic } from "@codemirror/lint";
import type { EditorView } from "@codemirror/view";
import type { Diagnostic, DiagnosticSpan } from "./protocol";

/** Maps UTF-8 byte offsets of `text` to UTF-16 offsets. */
export class OffsetMap {
  private readonly utf16: Uint32Array;

  constructor(private readonly text: string) {
    // utf16[byte] for every byte offset at a character boundary (and inside characters,
    // the offset of that character's start).
    const bytes: number[] = [];
    for (let i = 0; i < text.length; ) {
      const code = text.codePointAt(i)!;
      const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      for (let b = 0; b < width; b++) bytes.push(i);
      i += code > 0xffff ? 2 : 1;
    }
    bytes.push(text.length);
    this.utf16 = Uint32Array.from(bytes);
  }

  toUtf16(byteOffset: number): number {
    if (byteOffset <= 0) return 0;
    if (byteOffset >= this.utf16.length) return this.text.length;
    return this.utf16[byteOffset]!;
  }
}

export interface QuickFix {
  title: string;
  edits: Array<{ from: number; to: number; insert: string }>;
}

const SEVERITY: Record<string, LintDiagnostic["severity"]> = {
  error: "error",
  "error: internal compiler error": "error",
  warning: "warning",
  note: "info",
  help: "hint",
};

function primarySpan(diagnostic: Diagnostic): DiagnosticSpan | undefined {
  return diagnostic.spans.find((span) => span.is_primary) ?? diagnostic.spans[0];
}

/** rustc's suggestions under `diagnostic`, with edits in UTF-16 offsets of the document. */
export function quickFixes(diagnostic: Diagnostic, offsets: OffsetMap): QuickFix[] {
  const fixes: QuickFix[] = [];
  for (const child of diagnostic.children) {
    const edits = child.spans
      .filter((span) => span.suggested_replacement !== null && span.suggested_replacement !== undefined)
      .map((span) => ({
        from: offsets.toUtf16(span.byte_start),
        to: offsets.toUtf16(span.byte_end),
        insert: span.suggested_replacement!,
      }));
    if (edits.length === 0) continue;
    const shown = edits.length === 1 ? edits[0]!.insert.trim() : "";
    fixes.push({ title: shown ? `${child.message}: \`${shown}\`` : child.message, edits });
  }
  return fixes;
}

function messageOf(diagnostic: Diagnostic, span: DiagnosticSpan): string {
  const code = diagnostic.code?.code ? `[${diagnostic.code.code}]` : "";
  const lines = [`${diagnostic.level}${code}: ${diagnostic.message}`];
  if (span.label) lines.push(span.label);
  for (const child of diagnostic.children) {
    if (!child.spans.some((s) => s.suggested_replacement !== null && s.suggested_replacement !== undefined)) {
      lines.push(`${child.level}: ${child.message}`);
    }
  }
  return lines.join("\n");
}

/** The lint diagnostics for `source` (the document the toolchain compiled). */
export function toLintDiagnostics(diagnostics: Diagnostic[], source: string, fileName = "main.rs"): LintDiagnostic[] {
  const offsets = new OffsetMap(source);
  const result: LintDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const span = primarySpan(diagnostic);
    if (!span || (span.file_name !== fileName && !span.file_name.endsWith(`/${fileName}`))) continue;
    const from = offsets.toUtf16(span.byte_start);
    const to = offsets.toUtf16(span.byte_end);
    const actions: Action[] = quickFixes(diagnostic, offsets).map((fix) => ({
      name: fix.title,
      apply(view: EditorView, currentFrom: number) {
        // The diagnostic may have moved since the run: shift the edits with it.
        const delta = currentFrom - from;
        view.dispatch({
          changes: fix.edits.map((edit) => ({ from: edit.from + delta, to: edit.to + delta, insert: edit.insert })),
          userEvent: "input.quickfix",
        });
      },
    }));
    result.push({
      from,
      to,
      severity: SEVERITY[diagnostic.level] ?? "info",
      source: diagnostic.code?.code ?? "rustc",
      message: messageOf(diagnostic, span),
      actions,
    });
  }
  return result;
}
