// Smoke check of the runtime bundle, in Node: load Pyodide from wasm/dist/pyodide/ exactly
// as the worker does (our copy, never a CDN), unpack the toolchain wheel named by
// manifest.json, import `toolchain` and every submodule, and (if toolchain.api exists
// yet) run a tiny program through execute().
//
//   node wasm/smoke.mjs [DIST_DIR]        (default: wasm/dist next to this file)
//
// Prints one JSON line on stdout: {"ok": true, "toolchain_version": ..., ...}.
// Exits non-zero (with the reason on stderr) if anything fails.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.argv[2] ?? path.join(here, "dist"));
const pyodideDir = path.join(dist, "pyodide") + path.sep;

process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
function fail(error) {
  console.error(`smoke check failed: ${error?.message ?? error}`);
  process.exit(1);
}

const manifest = JSON.parse(await readFile(path.join(dist, "manifest.json"), "utf8"));
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);

const started = performance.now();
const pyodide = await loadPyodide({ indexURL: pyodideDir, stdout: () => {}, stderr: () => {} });
const loadedMs = performance.now() - started;

const wheelBytes = await readFile(path.join(dist, manifest.wheel));
// unpackArchive takes a typed array or ArrayBuffer, not a Node Buffer.
const wheel = new Uint8Array(wheelBytes.buffer, wheelBytes.byteOffset, wheelBytes.byteLength);
pyodide.unpackArchive(wheel, "wheel");

const report = pyodide.runPython(`
import importlib, json, pkgutil, sys
import toolchain

failed = {}
modules = ["toolchain"]
for info in pkgutil.walk_packages(toolchain.__path__, "toolchain."):
    if info.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(info.name)
        modules.append(info.name)
    except Exception as error:  # reported, and fails the smoke check
        failed[info.name] = f"{type(error).__name__}: {error}"

execute_result = None
try:
    from toolchain.api import execute
except ImportError:
    execute = None
if execute is not None:
    # Informational: what execute() does is the toolchain's own tests' business; this
    # check is about packaging (the wheel unpacks and every module imports under 3.14).
    try:
        result = execute('fn main() {\\n    println!("hello from ferrite");\\n}\\n', mode="run")
        execute_result = {"type": type(result).__name__,
                          "compiled": result.get("compiled") if isinstance(result, dict) else None,
                          "stdout": ((result.get("run") or {}).get("stdout")
                                     if isinstance(result, dict) else None)}
    except Exception as error:
        execute_result = {"type": "exception", "error": f"{type(error).__name__}: {error}"}

json.dumps({
    "toolchain_version": getattr(toolchain, "__version__", None),
    "toolchain_file": toolchain.__file__,
    "python": sys.version.split()[0],
    "modules": len(modules),
    "failed_imports": failed,
    "execute": execute_result,
})
`);

const result = JSON.parse(report);
result.pyodide_version = pyodide.version;
result.load_ms = Math.round(loadedMs);
result.ok = Object.keys(result.failed_imports).length === 0;
console.log(JSON.stringify(result));
if (!result.ok) {
  console.error("smoke check failed:", JSON.stringify(result, null, 2));
  process.exit(1);
}
