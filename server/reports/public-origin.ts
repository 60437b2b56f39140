/**
 * The origin public links are built on: AUTH_URL when the app runs behind a proxy, else the origin the
 * request came to (the Host header, with the forwarded protocol when a proxy set one).
 */
export function publicOrigin(authUrl: string | undefined, headers: Headers): string {
  if (authUrl) {
    try {
      return new URL(authUrl).origin;
    } catch {
      // A malformed AUTH_URL is reported by the auth setup; fall back to the request.
    }
  }
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  const protocol = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${protocol === "https" ? "https" : "http"}://${host}`;
}
