// The toolchain worker (a module Web Worker): loads Pyodide from our own /runtime/ copy,
// installs the toolchain wheel, then runs learners' programs on request. Nothing here
// talks to any server except to fetch the runtime files.
import type { PyodideAPI } from "pyodide";
import type { PyProxy } from "pyodide/ffi";
import type { Mode, PageMessage, WorkerMessage } from "./protocol";

const RUNTIME = "/runtime/";

interface Manifest {
  version?: string;
  wheel: string;
  pyodide_version?: string;
  files?: Array<string | { name?: string; path?: string; size?: number }>;
}

// Typed view of the worker global; the project compiles against the DOM lib only.
interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: "message", listener: (event: MessageEvent<PageMessage>) => void): void;
}
const scope = self as unknown as WorkerScope;
const post = (message: WorkerMessage): void => scope.postMessage(message);

const started = performance.now();

type Execute = ((code: string, mode: Mode, fuel: number) => string) & PyProxy;

/** Shared with the page when cross-origin isolated; the page writes 2 to stop a run. */
let interruptBuffer: Uint8Array | undefined;

/** Fetches `url` with a streaming reader so the page can show bytes as they arrive. */
async function fetchWithProgress(url: string, total: number | undefined, phase: "wheel", message: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok || !response.body) {
    throw new Error(`could not fetch ${url}: HTTP ${response.status} ${response.statusText}`);
  }
  const length = Number(response.headers.get("Content-Length")) || total;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    post({ type: "progress", phase, message, loaded, total: length });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function fetchManifest(): Promise<Manifest> {
  const url = `${RUNTIME}manifest.json`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status} ${response.statusText}`);
  const manifest = (await response.json()) as Manifest;
  if (typeof manifest.wheel !== "string" || !manifest.wheel) throw new Error(`${url} names no wheel`);
  return manifest;
}

function sizeOf(manifest: Manifest, name: string): number | undefined {
  for (const entry of manifest.files ?? []) {
    if (typeof entry === "object" && (entry.name === name || entry.path === name)) return entry.size;
  }
  return undefined;
}

/** Bytes of Pyodide's own files fetched so far: loadPyodide fetches them itself, so
 * count completed downloads from Resource Timing (whole files, not a byte stream). */
function pyodideBytes(): number {
  let bytes = 0;
  for (const entry of performance.getEntriesByType("resource") as PerformanceResourceTiming[]) {
    if (entry.name.includes(`${RUNTIME}pyodide/`)) bytes += entry.encodedBodySize || entry.transferSize;
  }
  return bytes;
}

function pyodideTotal(manifest: Manifest): number | undefined {
  let total = 0;
  for (const entry of manifest.files ?? []) {
    const name = typeof entry === "string" ? entry : entry.path ?? entry.name ?? "";
    if (name.startsWith("pyodide/") && typeof entry === "object" && entry.size) total += entry.size;
  }
  return total || undefined;
}

async function loadRuntime(manifest: Manifest): Promise<PyodideAPI> {
  const message = "Loading the Python runtime";
  const total = pyodideTotal(manifest);
  post({ type: "progress", phase: "pyodide", message });
  const report = () => post({ type: "progress", phase: "pyodide", message, loaded: pyodideBytes(), total });
  const timer = setInterval(report, 250);
  try {
    // Computed at run time so esbuild leaves it alone and the browser fetches our own copy.
    const pyodideModule = new URL(`${RUNTIME}pyodide/pyodide.mjs`, self.location.origin).href;
    const { loadPyodide } = (await import(pyodideModule)) as typeof import("pyodide");
    return await loadPyodide({
      indexURL: `${RUNTIME}pyodide/`,
      stdout: (line) => console.log(`[pyodide] ${line}`),
      stderr: (line) => console.warn(`[pyodide] ${line}`),
    });
  } finally {
    clearInterval(timer);
    report();
  }
}

async function boot(): Promise<Execute> {
  const manifest = await fetchManifest();
  // The wheel downloads while Pyodide compiles and starts.
  const [pyodide, wheel] = await Promise.all([
    loadRuntime(manifest),
    fetchWithProgress(`${RUNTIME}${manifest.wheel}`, sizeOf(manifest, manifest.wheel), "wheel", "Downloading the toolchain"),
  ]);
  post({ type: "progress", phase: "toolchain", message: "Starting the toolchain" });
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']") as string;
  pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
  // Results cross as JSON text: no proxies to leak, and the page gets plain data.
  const execute = pyodide.runPython(`
import importlib, json
importlib.invalidate_caches()
from toolchain.api import execute as _execute

def _ferrite_execute(code, mode, fuel):
    # KeyboardInterrupt (the page's Stop, through the interrupt buffer) is not an
    # Exception: execute lets it through and it reaches JavaScript as a PythonError.
    return json.dumps(_execute(code, filename="main.rs", mode=mode, fuel=int(fuel)))

# Warm-up: the toolchain imports its phases lazily; pay for that now, not at the first Run.
_execute("fn main() {}", filename="main.rs", mode="run")
_ferrite_execute
`) as Execute;
  if (self.crossOriginIsolated && typeof SharedArrayBuffer === "function") {
    interruptBuffer = new Uint8Array(new SharedArrayBuffer(1));
    pyodide.setInterruptBuffer(interruptBuffer);
  }
  post({
    type: "ready",
    elapsedMs: Math.round(performance.now() - started),
    version: manifest.version,
    interruptBuffer,
  });
  return execute;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message || String(error) : String(error);
}

const booting = boot();
booting.catch((error: unknown) => {
  post({ type: "error", message: `The Rust runtime failed to load: ${describe(error)}` });
});

scope.addEventListener("message", async (event) => {
  const request = event.data;
  if (request.type !== "run") return;
  try {
    const execute = await booting;
    if (interruptBuffer) interruptBuffer[0] = 0;
    const json = execute(request.code, request.mode, request.fuel);
    post({ type: "result", id: request.id, result: JSON.parse(json) });
  } catch (error) {
    if (describe(error).includes("KeyboardInterrupt")) {
      post({ type: "stopped", id: request.id });
    } else {
      post({ type: "error", id: request.id, message: `The toolchain failed: ${describe(error)}` });
    }
  } finally {
    if (interruptBuffer) interruptBuffer[0] = 0;
  }
});
