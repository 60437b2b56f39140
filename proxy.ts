import { NextResponse, type NextRequest } from "next/server";
import { createNonce, pageContentSecurityPolicy, servedOverHttps } from "./server/security-headers";

// Runs for every page (route handlers under /api get their static policy from next.config.ts).
// Two jobs: a fresh CSP nonce per response, and a convenience redirect to sign-in. The redirect is only
// a convenience: pages, actions and route handlers verify the session themselves.
// Invitation links open without a session: a new person creates their account there.
// Public report links (/r/TOKEN) are read by anyone with the link.
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];
const publicPages = /^\/(?:sign-in|invite(?:\/|$)|r\/)/;

export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy({
    nonce,
    https: servedOverHttps(request.headers, process.env.AUTH_URL, request.nextUrl.protocol),
    development: process.env.NODE_ENV === "development",
  });

  // PostgreSQL can neither store nor compare U+0000, so an address carrying one (%00) names nothing: answer
  // it here rather than let a page query with it and fail.
  if (request.url.includes("%00")) {
    return new NextResponse("Bad request: the address contains a NUL character (%00).", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "content-security-policy": policy },
    });
  }

  const hasSession = sessionCookies.some((name) => request.cookies.has(name));
  if (!hasSession && !publicPages.test(request.nextUrl.pathname)) {
    const url = request.nextUrl.clone();
    const callback = request.nextUrl.pathname + request.nextUrl.search;
    url.pathname = "/sign-in";
    url.search = callback === "/" ? "" : `?callbackUrl=${encodeURIComponent(callback)}`;
    const redirect = NextResponse.redirect(url);
    redirect.headers.set("content-security-policy", policy);
    return redirect;
  }

  // Next reads the nonce from the request's policy while rendering and puts it on every script it emits.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:png|svg|ico|woff2?)$).*)"],
};
