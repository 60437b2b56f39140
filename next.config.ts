import type { NextConfig } from "next";

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
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ]);
  },
};

export default nextConfig;
