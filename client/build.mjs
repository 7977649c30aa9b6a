// Bundles the IDE page, its module worker and the service worker into client/dist/.
// Usage: node client/build.mjs   (from the repo root, or anywhere)
//
// The service worker (dist/sw.js, served from the site root so its scope is /) gets the
// list of app files to precache and a build id (a digest of those files) built in: a
// new build changes sw.js, which is how browsers notice an update.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, readdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const clientDir = dirname(fileURLToPath(import.meta.url));
const src = join(clientDir, "src");
const dist = join(clientDir, "dist");

const started = performance.now();
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
const common = {
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: true,
  logLevel: "warning",
};
await build({
  ...common,
  entryPoints: {
    app: join(src, "main.ts"),
    worker: join(src, "worker.ts"),
  },
  outdir: dist,
});
for (const file of ["index.html", "style.css", "favicon.svg"]) {
  await copyFile(join(src, file), join(dist, file));
}

// Everything the page needs offline (source maps are for developers, not learners).
const appFiles = (await readdir(dist)).filter((file) => !file.endsWith(".map")).sort();
const hash = createHash("sha256");
for (const file of appFiles) hash.update(file).update(await readFile(join(dist, file)));
const buildId = hash.digest("hex").slice(0, 12);

await build({
  ...common,
  entryPoints: { sw: join(src, "sw.ts") },
  outdir: dist,
  format: "iife",
  define: { BUILD_ID: JSON.stringify(buildId), APP_FILES: JSON.stringify(appFiles) },
});
console.log(`client: built ${dist} (build ${buildId}) in ${Math.round(performance.now() - started)} ms`);
