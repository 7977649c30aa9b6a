// The HTTP API (docs/api.md), when there is one. A static build has no /api/: a failed
// fetch or a non-JSON answer to /api/config means "no API", and the IDE works from
// /packs.json with progress kept in the browser only.

export interface ApiConfig {
  api: true;
  version: string;
  fallback: boolean;
  accounts: boolean;
}

export interface User {
  id: number | string;
  username: string;
  role: string;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly field?: string) {
    super(message);
  }
}

export class Api {
  private csrfToken: string | undefined;

  private constructor(readonly config: ApiConfig) {}

  /** The API, or null when none answers (static site, or offline). */
  static async detect(): Promise<Api | null> {
    try {
      const response = await fetch("/api/config", { headers: { Accept: "application/json" } });
      if (!response.ok || !(response.headers.get("Content-Type") ?? "").includes("json")) return null;
      const config = (await response.json()) as Partial<ApiConfig>;
      if (!config || config.api !== true) return null;
      return new Api({ api: true, version: config.version ?? "", fallback: !!config.fallback, accounts: config.accounts !== false });
    } catch {
      return null;
    }
  }

  async get<T>(path: string): Promise<T> {
    return this.request<T>("GET", path);
  }

  async post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>("POST", path, body);
  }

  /** Forgets the CSRF token (it is tied to the session, which login and logout change). */
  resetCsrf(): void {
    this.csrfToken = undefined;
  }

  private async csrf(): Promise<string> {
    if (!this.csrfToken) {
      const { csrf_token } = await this.request<{ csrf_token: string }>("GET", "/api/csrf");
      this.csrfToken = csrf_token;
    }
    return this.csrfToken;
  }

  private async request<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (method !== "GET") {
      headers["X-CSRF-Token"] = await this.csrf();
      headers["Content-Type"] = "application/json";
    }
    const response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 204) return undefined as T;
    let data: unknown = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (!response.ok) {
      const error = (data as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
      const code = typeof error === "object" && error ? error.code ?? "error" : "error";
      if (response.status === 403 && code === "csrf_failed" && !retried) {
        this.csrfToken = undefined;
        return this.request<T>(method, path, body, true);
      }
      const message = typeof error === "object" && error?.message ? error.message : `HTTP ${response.status}`;
      throw new ApiError(response.status, code, message, typeof error === "object" ? error?.field : undefined);
    }
    return data as T;
  }
}
