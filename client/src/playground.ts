// The playground: a free editor not tied to an exercise. Its program can be shared as a
// link whose fragment carries the code, compressed (lz-string); a fragment never reaches
// the server.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";

export const PLAYGROUND_ROUTE = "#/playground";

export function shareLink(code: string, base = location.href): string {
  const url = new URL(base);
  url.hash = `/playground/${compressToEncodedURIComponent(code)}`;
  return url.href;
}

/** The code carried by a playground route (`#/playground/<compressed>`), if any. */
export function codeFromRoute(rest: string): string | undefined {
  if (!rest) return undefined;
  const code = decompressFromEncodedURIComponent(rest);
  return code || undefined;
}
