// Accounts: the header's account button and a <dialog> to log in or register. Only shown
// when the API has accounts; anonymous use keeps working with local progress.
import { ApiError, type Api, type User } from "./api";

export class Auth {
  user: User | null = null;
  private readonly listeners = new Set<(user: User | null) => void>();
  private readonly dialog: HTMLDialogElement;
  private readonly form: HTMLFormElement;
  private readonly error: HTMLElement;
  private mode: "login" | "register" = "login";

  constructor(private readonly api: Api | null, private readonly area: HTMLElement) {
    this.dialog = document.getElementById("auth-dialog") as HTMLDialogElement;
    this.form = this.dialog.querySelector("form")!;
    this.error = this.dialog.querySelector(".auth-error")!;
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.dialog.querySelector<HTMLButtonElement>(".auth-switch")!.addEventListener("click", () =>
      this.setMode(this.mode === "login" ? "register" : "login"));
    this.dialog.querySelector<HTMLButtonElement>(".auth-cancel")!.addEventListener("click", () => this.dialog.close());
    this.render();
    addEventListener("online", () => void this.refresh());
  }

  onChange(listener: (user: User | null) => void): void {
    this.listeners.add(listener);
  }

  /** Asks the server who is logged in (the session cookie). Offline, the last answer
   * stands, so work done offline is still synced to that account once back online. */
  async refresh(): Promise<void> {
    if (!this.api?.config.accounts) return;
    try {
      const { user } = await this.api.get<{ user: User }>("/api/auth/me");
      this.setUser(user);
    } catch (error) {
      if (error instanceof ApiError) this.setUser(null);
      else this.setUser(rememberedUser());
    }
  }

  open(mode: "login" | "register" = "login"): void {
    this.setMode(mode);
    this.error.textContent = "";
    this.form.reset();
    this.dialog.showModal();
    this.form.querySelector<HTMLInputElement>("input[name=username]")!.focus();
  }

  async logout(): Promise<void> {
    if (!this.api) return;
    try {
      await this.api.post("/api/auth/logout");
    } finally {
      this.api.resetCsrf();
      this.setUser(null);
    }
  }

  private setMode(mode: "login" | "register"): void {
    this.mode = mode;
    const register = mode === "register";
    this.dialog.querySelector("h2")!.textContent = register ? "Create an account" : "Log in";
    this.form.querySelector<HTMLButtonElement>("button[type=submit]")!.textContent = register ? "Create account" : "Log in";
    this.dialog.querySelector(".auth-switch")!.textContent = register ? "I have an account: log in" : "New here? Create an account";
    const password = this.form.querySelector<HTMLInputElement>("input[name=password]")!;
    password.autocomplete = register ? "new-password" : "current-password";
    password.minLength = register ? 8 : 1;
  }

  private async submit(): Promise<void> {
    if (!this.api) return;
    const data = new FormData(this.form);
    const body = { username: String(data.get("username") ?? ""), password: String(data.get("password") ?? "") };
    this.error.textContent = "";
    try {
      const path = this.mode === "register" ? "/api/auth/register" : "/api/auth/login";
      const { user } = await this.api.post<{ user: User }>(path, this.mode === "register" ? { ...body, role: "learner" } : body);
      this.api.resetCsrf();
      this.dialog.close();
      this.setUser(user);
    } catch (error) {
      this.error.textContent = error instanceof ApiError ? error.message : "Could not reach the server.";
    }
  }

  private setUser(user: User | null): void {
    this.user = user;
    try {
      if (user) localStorage.setItem(USER_KEY, JSON.stringify(user));
      else localStorage.removeItem(USER_KEY);
    } catch {
      // storage unavailable: nothing to remember
    }
    this.render();
    for (const listener of this.listeners) listener(user);
  }

  private render(): void {
    this.area.replaceChildren();
    if (!this.api?.config.accounts) {
      this.area.hidden = true;
      return;
    }
    this.area.hidden = false;
    if (this.user) {
      const name = document.createElement("span");
      name.className = "user-name";
      name.textContent = this.user.username;
      const logout = button("Log out", () => void this.logout());
      logout.id = "logout";
      this.area.append(name, logout);
    } else {
      const login = button("Log in", () => this.open("login"));
      login.id = "login";
      const register = button("Register", () => this.open("register"));
      register.id = "register";
      this.area.append(login, register);
    }
  }
}

const USER_KEY = "ferrite-user";

function rememberedUser(): User | null {
  try {
    const saved = localStorage.getItem(USER_KEY);
    return saved ? (JSON.parse(saved) as User) : null;
  } catch {
    return null;
  }
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = text;
  element.addEventListener("click", onClick);
  return element;
}
