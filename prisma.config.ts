import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The Prisma CLI is only used for `generate`, `migrate diff` and `migrate status` by developers:
// the app applies migrations itself (server/migrations.ts). CLI commands that connect need DATABASE_URL.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  adapter: () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) return Promise.reject(new Error("Set DATABASE_URL to a scratch PostgreSQL database for this Prisma CLI command."));
    return Promise.resolve(new PrismaPg({ connectionString }));
  },
});
