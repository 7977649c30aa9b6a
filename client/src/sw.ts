// The service worker (served as /sw.js, scope /): keeps the whole IDE working offline
// after one visit. It precaches the app files (list built in by client/build.mjs), the
// runtime bundle (every file of /runtime/manifest.json) and the exercise packs (from the
// API when there is one, else /packs.json).
//
// Versioning: the cache is named after the app's build id (built in: a new build changes
// this file's bytes, which the browser notices on the next visit) and the runtime
// manifest's digest (passed by the page as ?runtime=<digest>: a new runtime means a new
// script URL, so a new service worker). A new worker precaches everything, takes over at
// once (skipWaiting + clients.claim) and deletes the older caches; the learner does
// nothing. Cached responses keep their headers (COOP/COEP: cross-origin isolation
// survives offline).

declare const BUILD_ID: string;
declare const APP_FILES: string[];

interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface SwScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: SwExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: SwFetchEvent) => void): void;
}

const sw = self as unknown as SwScope;
const runtimeDigest = new URL(sw.location.href).searchParams.get("runtime") ?? "unknown";
const CACHE = `ferrite-${BUILD_ID}-${runtimeDigest}`;

interface Manifest {
  files?: Array<string | { path?: string; name?: string }>;
}

async function precache(cache: Cache, url: string, required: boolean): Promise<Response | undefined> {
  try {
    const response = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    await cache.put(url, response.clone());
    return response;
  } catch (error) {
    if (required) throw new Error(`precaching ${url} failed: ${error}`);
    return undefined;
  }
}

async function precachePacks(cache: Cache): Promise<void> {
  const config = await fetch("/api/config", { cache: "no-cache" }).catch(() => undefined);
  const isApi = config?.ok && (config.headers.get("Content-Type") ?? "").includes("json")
    && (await config.clone().json().catch(() => ({})))?.api === true;
  if (isApi) await cache.put("/api/config", config!);
  if (!isApi) {
    await precache(cache, "/packs.json", false);
    return;
  }
  const packs = await precache(cache, "/api/packs", false);
  if (!packs) return;
  for (const pack of (await packs.json()) as Array<{ id: string }>) {
    const base = `/api/packs/${encodeURIComponent(pack.id)}/exercises`;
    const list = await precache(cache, base, false);
    if (!list) continue;
    const exercises = (await list.json()) as Array<{ name: string }>;
    await Promise.all(exercises.map((e) => precache(cache, `${base}/${encodeURIComponent(e.name)}`, false)));
  }
}

async function install(): Promise<void> {
  const cache = await caches.open(CACHE);
  const manifestResponse = await precache(cache, "/runtime/manifest.json", true);
  const manifest = (await manifestResponse!.json()) as Manifest;
  const runtime = (manifest.files ?? [])
    .map((entry) => (typeof entry === "string" ? entry : entry.path ?? entry.name ?? ""))
    .filter(Boolean)
    .map((path) => `/runtime/${path}`);
  const app = ["/", ...APP_FILES.map((file) => `/${file}`)];
  await Promise.all([...app, ...runtime].map((url) => precache(cache, url, true)));
  await precachePacks(cache);
}

sw.addEventListener("install", (event) => {
  event.waitUntil(install().then(() => sw.skipWaiting()));
});

sw.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("ferrite-") && name !== CACHE) await caches.delete(name);
    }
    await sw.clients.claim();
  })());
});

/** Network first (fresh data when online), the cached copy when not. */
async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

/** Cache first (the versioned precache), the network for anything not in it. */
async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached ?? fetch(request);
}

sw.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== sw.location.origin) return;
  const path = url.pathname;
  if (path === "/sw.js") return;
  if (path.startsWith("/api/")) {
    // The config and pack data are cached for offline use; accounts, progress and solutions never are.
    if (path === "/api/config" || (path.startsWith("/api/packs") && !path.endsWith("/solution"))) {
      event.respondWith(networkFirst(request));
    }
    return;
  }
  if (path === "/packs.json" || path === "/runtime/manifest.json") {
    event.respondWith(networkFirst(request));
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith((async () => {
      const cached = await caches.match("/", { cacheName: CACHE });
      return cached ?? fetch(request);
    })());
    return;
  }
  event.respondWith(cacheFirst(request));
});
