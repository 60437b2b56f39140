import type { NextConfig } from "next";
import { apiContentSecurityPolicy, authPagesContentSecurityPolicy, strictTransportSecurity } from "./server/security-headers";

const nextConfig: NextConfig = {
  // A separate build folder lets a second checkout's tests build without touching the main one.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // PGlite ships WebAssembly and data files that must stay in node_modules rather than be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (tsc); checking again inside every build only slows it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  experimental: {
    // Imports accept up to 5 MB of text or file (checked with a clear message by the import actions);
    // the extra megabyte is room for the multipart encoding and the form's other fields.
    serverActions: { bodySizeLimit: "6mb" },
  },
  headers() {
    return Promise.resolve([
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // For browsers that predate CSP frame-ancestors.
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      // Pages get a per-request policy with a script nonce from proxy.ts; route handlers get these.
      // When two rules set one header, the later rule wins: /api/auth comes after /api.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
      { source: "/api/auth/:path*", headers: [{ key: "Content-Security-Policy", value: authPagesContentSecurityPolicy }] },
      {
        // next start speaks plain http: https is a TLS-terminating proxy in front, which says so here.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https(?:\\s*,.*)?" }],
        headers: [{ key: "Strict-Transport-Security", value: strictTransportSecurity }],
      },
    ]);
  },
};

export default nextConfig;
