// Security headers shared by proxy.ts (pages, per-request nonce) and next.config.ts (route handlers, static).
// Pure: no Next, no Prisma, so both the proxy and the config file can import it.

export interface PagePolicyOptions {
  /** Fresh for every response: only scripts carrying it run. */
  nonce: string;
  /** The browser reached us over https (directly or through a TLS-terminating proxy). */
  https: boolean;
  /** `next dev`: React's development build evaluates strings for its error overlay and call stacks. */
  development: boolean;
}

/**
 * The Content-Security-Policy of every HTML page. Scripts run only with this response's nonce (Next puts it
 * on its own scripts when it finds the policy on the request); 'strict-dynamic' lets those scripts load the
 * page's chunks. No 'unsafe-inline' for scripts, so markup injected into a page cannot run.
 */
export function pageContentSecurityPolicy({ nonce, https, development }: PagePolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Style attributes are needed: server-rendered style="width: …" on score and progress bars (a nonce
    // cannot cover attributes). An injected attribute can restyle, never run code, and img-src below stops
    // it from calling out. Style *elements* stay nonce-only; `next dev` injects un-nonced ones for its overlay.
    // Browsers without style-src-elem/-attr read style-src, so it carries the attribute allowance for them.
    "style-src 'self' 'unsafe-inline'",
    `style-src-elem 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Route handlers answer with JSON, CSV, PDF and downloads: none of them should run or load anything. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Auth.js's own fallback pages under /api/auth (sign-out confirmation, error) are plain HTML with an inline
 * <style> and a form that posts back to /api/auth: let them keep their look and their form, nothing else.
 */
export const authPagesContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Two years, as the HSTS preload list asks; only ever sent on responses that went out over https. */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

/** 128 random bits, base64: unguessable, and a valid CSP nonce-source. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Whether the browser's connection is https: AUTH_URL names the public address when set; otherwise the
 * proxy in front reports the scheme in X-Forwarded-Proto (the first entry is the client's hop). The app
 * trusts these headers (AUTH_TRUST_HOST): deploy it behind a proxy that overwrites them.
 */
export function servedOverHttps(headers: Headers, authUrl: string | undefined, requestProtocol: string): boolean {
  if (authUrl) return authUrl.trim().toLowerCase().startsWith("https:");
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return requestProtocol === "https:";
}
