// Registers the service worker (sw.ts) so the IDE works offline after this visit. The
// script URL carries the runtime manifest's digest: a new runtime bundle means a new
// service worker, which precaches it and replaces the old cache (see sw.ts).

/** FNV-1a, 32 bits, as hex: a short, stable digest of the manifest's text. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

export type OfflineState = "unsupported" | "installing" | "ready" | "failed";

export async function registerServiceWorker(onState: (state: OfflineState) => void): Promise<void> {
  if (!("serviceWorker" in navigator)) {
    onState("unsupported");
    return;
  }
  try {
    const response = await fetch("/runtime/manifest.json");
    if (!response.ok) throw new Error(`manifest: HTTP ${response.status}`);
    const version = digest(await response.text());
    const registration = await navigator.serviceWorker.register(`/sw.js?runtime=${version}`, {
      scope: "/",
      updateViaCache: "none",
    });
    const worker = registration.installing ?? registration.waiting;
    if (!worker && registration.active) {
      onState("ready");
      return;
    }
    onState("installing");
    worker?.addEventListener("statechange", () => {
      if (worker.state === "activated") onState("ready");
      if (worker.state === "redundant" && !registration.active) onState("failed");
    });
  } catch (error) {
    // Offline with a worker already in control is the normal offline case.
    if (navigator.serviceWorker.controller) onState("ready");
    else {
      console.warn("offline support unavailable", error);
      onState("failed");
    }
  }
}
