// The learner's progress, kept in IndexedDB after every change, whether or not anyone is
// logged in. Each change also leaves a sync event in the outbox (one per exercise: a newer
// change replaces the older pending one); sync.ts sends the outbox to the API when a user
// is logged in, so work done offline or before logging in reaches the account later.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

export type Status = "not_started" | "attempted" | "done";

export interface ProgressRecord {
  pack: string;
  exercise: string;
  status: Status;
  code: string;
  attempts: number;
  /** ISO 8601 UTC, the client's clock at the last change. */
  updatedAt: string;
}

export interface SyncEvent {
  id: string;
  pack: string;
  exercise: string;
  status: Status;
  code: string;
  attempts: number;
  client_ts: string;
}

/** A row of GET /api/progress (and of the sync answer). */
export interface ServerProgress {
  pack: string;
  exercise: string;
  status: Status;
  code: string;
  attempts: number;
  client_updated_at: string;
  server_updated_at?: string;
}

interface FerriteDB extends DBSchema {
  progress: { key: string; value: ProgressRecord };
  outbox: { key: string; value: SyncEvent };
  meta: { key: string; value: unknown };
}

const RANK: Record<Status, number> = { not_started: 0, attempted: 1, done: 2 };

export const keyOf = (pack: string, exercise: string): string => `${pack}/${exercise}`;

export function newEventId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export class ProgressStore {
  private readonly records = new Map<string, ProgressRecord>();
  private readonly listeners = new Set<() => void>();
  private lastTs = 0;

  private constructor(private readonly db: IDBPDatabase<FerriteDB> | null) {}

  /** Opens the store; without IndexedDB (private modes), progress lives in memory only. */
  static async open(name = "ferrite"): Promise<ProgressStore> {
    let db: IDBPDatabase<FerriteDB> | null = null;
    try {
      db = await openDB<FerriteDB>(name, 1, {
        upgrade(database) {
          database.createObjectStore("progress");
          database.createObjectStore("outbox");
          database.createObjectStore("meta");
        },
      });
    } catch (error) {
      console.warn("IndexedDB is unavailable; progress will not survive a reload", error);
    }
    const store = new ProgressStore(db);
    if (db) {
      const keys = await db.getAllKeys("progress");
      const values = await db.getAll("progress");
      keys.forEach((key, i) => store.records.set(key, values[i]!));
    }
    return store;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(pack: string, exercise: string): ProgressRecord | undefined {
    return this.records.get(keyOf(pack, exercise));
  }

  status(pack: string, exercise: string): Status {
    return this.get(pack, exercise)?.status ?? "not_started";
  }

  /** A strictly increasing ISO timestamp (two changes in one millisecond stay ordered). */
  private now(): string {
    this.lastTs = Math.max(Date.now(), this.lastTs + 1);
    return new Date(this.lastTs).toISOString();
  }

  /** Records a change by the learner: saved locally at once, queued for sync. */
  async update(pack: string, exercise: string, change: { code?: string; status?: Status; attempt?: boolean }): Promise<ProgressRecord> {
    const key = keyOf(pack, exercise);
    const old = this.records.get(key);
    let status: Status = old?.status ?? "not_started";
    // `done` is never downgraded: breaking a finished exercise later keeps it finished.
    if (change.status && RANK[change.status] > RANK[status]) status = change.status;
    const record: ProgressRecord = {
      pack,
      exercise,
      status,
      code: change.code ?? old?.code ?? "",
      attempts: (old?.attempts ?? 0) + (change.attempt ? 1 : 0),
      updatedAt: this.now(),
    };
    this.records.set(key, record);
    const event: SyncEvent = {
      id: newEventId(),
      pack,
      exercise,
      status: record.status,
      code: record.code,
      attempts: record.attempts,
      client_ts: record.updatedAt,
    };
    if (this.db) {
      const tx = this.db.transaction(["progress", "outbox"], "readwrite");
      await Promise.all([tx.objectStore("progress").put(record, key), tx.objectStore("outbox").put(event, key), tx.done]);
    }
    this.emit();
    return record;
  }

  /** Forgets the saved code (Reset): the exercise shows its original code again. */
  async resetCode(pack: string, exercise: string): Promise<void> {
    if (this.get(pack, exercise)) await this.update(pack, exercise, { code: "" });
  }

  async pendingEvents(): Promise<SyncEvent[]> {
    return this.db ? this.db.getAll("outbox") : [];
  }

  /** Removes sent events the server accepted (unless a newer change replaced them meanwhile). */
  async acknowledge(accepted: readonly string[]): Promise<void> {
    if (!this.db || accepted.length === 0) return;
    const ids = new Set(accepted);
    const tx = this.db.transaction("outbox", "readwrite");
    let cursor = await tx.store.openCursor();
    while (cursor) {
      if (ids.has(cursor.value.id)) await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  /** Merges the server's rows: a row newer than the local record (by client time) wins. */
  async merge(rows: readonly ServerProgress[]): Promise<void> {
    const pending = new Set((await this.pendingEvents()).map((e) => keyOf(e.pack, e.exercise)));
    let changed = false;
    for (const row of rows) {
      const key = keyOf(row.pack, row.exercise);
      if (pending.has(key)) continue; // our unsent change is newer than anything the server has
      const local = this.records.get(key);
      const newer = !local || Date.parse(row.client_updated_at) > Date.parse(local.updatedAt);
      const better = local && RANK[row.status] > RANK[local.status];
      if (!newer && !better) continue;
      const record: ProgressRecord = {
        pack: row.pack,
        exercise: row.exercise,
        status: local && RANK[local.status] > RANK[row.status] ? local.status : row.status,
        code: newer ? row.code : local!.code,
        attempts: Math.max(row.attempts, local?.attempts ?? 0),
        updatedAt: newer ? row.client_updated_at : local!.updatedAt,
      };
      this.records.set(key, record);
      await this.db?.put("progress", record, key);
      changed = true;
    }
    if (changed) this.emit();
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.db?.get("meta", key)) as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.db?.put("meta", value, key);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
