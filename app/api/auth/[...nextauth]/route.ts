import { sameOriginOnly } from "@/server/api";
import { handlers } from "@/server/auth";

export const GET = handlers.GET;
// Sign-in and sign-out posts act on the session cookie: refuse them from other sites (Auth.js's own
// CSRF token stays as a second check).
export const POST = sameOriginOnly(handlers.POST);
