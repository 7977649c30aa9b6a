// Bundles the IDE page and its module worker into client/dist/.
// Usage: node client/build.mjs   (from the repo root, or anywhere)
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const clientDir = dirname(fileURLToPath(import.meta.url));
const src = join(clientDir, "src");
const dist = join(clientDir, "dist");

const started = performance.now();
await mkdir(dist, { recursive: true });
await build({
  entryPoints: {
    app: join(src, "main.ts"),
    worker: join(src, "worker.ts"),
  },
  outdir: dist,
  bundle: true,
  // The worker is a module worker, and both load Pyodide's ESM at run time.
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: true,
  logLevel: "warning",
});
for (const file of ["index.html", "style.css", "favicon.svg"]) {
  await copyFile(join(src, file), join(dist, file));
}
console.log(`client: built ${dist} in ${Math.round(performance.now() - started)} ms`);
