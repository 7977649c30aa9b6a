// Progress sync with the API (POST /api/progress/sync): while a user is logged in, the
// outbox of local changes is sent (client-generated event ids and timestamps; the server
// is idempotent by id) and the server's rows are merged back. Runs after changes
// (debounced), when the browser comes back online, and after logging in. The state is
// shown in the header (#sync-state).
import type { Api } from "./api";
import type { ProgressStore, ServerProgress, SyncEvent } from "./progress";

export type SyncState = "local" | "pending" | "syncing" | "synced" | "offline" | "error";

const LABELS: Record<SyncState, string> = {
  local: "Saved in this browser",
  pending: "Changes waiting to sync",
  syncing: "Syncing…",
  synced: "Synced",
  offline: "Offline: changes will sync later",
  error: "Sync failed: will retry",
};

export class Sync {
  private loggedIn = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  state: SyncState = "local";

  constructor(private readonly api: Api | null, private readonly store: ProgressStore, private readonly element: HTMLElement) {
    this.show("local");
    store.subscribe(() => this.schedule());
    addEventListener("online", () => this.schedule(0));
    addEventListener("offline", () => this.loggedIn && this.show("offline"));
  }

  setLoggedIn(loggedIn: boolean): void {
    this.loggedIn = loggedIn && this.api !== null;
    if (this.loggedIn) void this.now();
    else this.show("local");
  }

  schedule(delay = 800): void {
    if (!this.loggedIn) return;
    if (this.state !== "syncing") this.show("pending");
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.now(), delay);
  }

  /** Syncs now; resolves when the outbox as it is now has been sent (or failed). */
  async now(): Promise<void> {
    if (!this.loggedIn || !this.api) return;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.now();
      }
    });
    return this.running;
  }

  private async pass(): Promise<void> {
    const api = this.api!;
    this.show("syncing");
    try {
      const events: SyncEvent[] = await this.store.pendingEvents();
      const answer = await api.post<{ accepted: string[]; rejected?: Array<{ id: string; message?: string }>; progress: ServerProgress[] }>(
        "/api/progress/sync", { events });
      // Rejected events (e.g. an exercise this server does not have) would never be accepted: drop them.
      for (const rejected of answer.rejected ?? []) console.warn("sync event rejected", rejected);
      await this.store.acknowledge([...(answer.accepted ?? []), ...(answer.rejected ?? []).map((r) => r.id)]);
      await this.store.merge(answer.progress ?? []);
      const left = await this.store.pendingEvents();
      this.settle(left.length ? "pending" : "synced");
    } catch (error) {
      // A pass still running when the learner logged out fails (or ends) after it: the
      // state is then "local", with no retry.
      if (!this.loggedIn) return this.settle("local");
      console.warn("progress sync failed", error);
      this.show(navigator.onLine ? "error" : "offline");
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.now(), 15_000);
    }
  }

  /** The state a pass ends in, unless the learner logged out meanwhile. */
  private settle(state: SyncState): void {
    this.show(this.loggedIn ? state : "local");
  }

  private show(state: SyncState): void {
    this.state = state;
    this.element.dataset.state = state;
    this.element.textContent = LABELS[state];
  }
}
