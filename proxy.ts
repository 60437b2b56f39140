import { NextResponse, type NextRequest } from "next/server";

// A convenience redirect only: pages, actions and route handlers verify the session themselves.
// Invitation links open without a session: a new person creates their account there.
// Public report links (/r/TOKEN) are read by anyone with the link.
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest): NextResponse {
  const hasSession = sessionCookies.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  const callback = request.nextUrl.pathname + request.nextUrl.search;
  url.pathname = "/sign-in";
  url.search = callback === "/" ? "" : `?callbackUrl=${encodeURIComponent(callback)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!api/|_next/|sign-in|invite(?:/|$)|r/|favicon.ico|.*\\.(?:png|svg|ico|woff2?)$).*)"],
};
