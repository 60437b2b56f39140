import path from "node:path";
import { z } from "zod";
import { parseFetchAllowlist, type FetchAllowlist } from "./address-policy";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: "DATABASE_URL must be a postgresql:// connection string",
    }),
  DATA_DIR: z.string().trim().default("./data"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Skip creating the demo team and admin on an empty database (tests seed their own data). */
  /** Hosts and CIDR ranges that URL import may fetch although they are not public addresses. */
  FACTDESK_FETCH_ALLOWLIST: z.string().optional(),
  /** Requests a minute allowed per API token. */
  FACTDESK_API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /** Sign-in attempts allowed per email address in 15 minutes. */
  FACTDESK_SIGNIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  FACTDESK_NO_DEMO: z
    .string()
    .optional()
    .transform((value) => value === "1" || value === "true"),
});

export type Env = z.infer<typeof schema> & { dataDir: string; fetchAllowlist: FetchAllowlist; apiRateLimit: number; signInRateLimit: number };

let cached: Env | undefined;

/** The environment, validated once. Throws a one-line message naming the bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Bad configuration: ${issue?.path.join(".") ?? "environment"}: ${issue?.message ?? "invalid"}`);
  }
  let fetchAllowlist: FetchAllowlist;
  try {
    fetchAllowlist = parseFetchAllowlist(parsed.data.FACTDESK_FETCH_ALLOWLIST);
  } catch (error) {
    throw new Error(`Bad configuration: ${(error as Error).message}`);
  }
  cached = {
    ...parsed.data,
    dataDir: path.resolve(parsed.data.DATA_DIR),
    fetchAllowlist,
    apiRateLimit: parsed.data.FACTDESK_API_RATE_LIMIT,
    signInRateLimit: parsed.data.FACTDESK_SIGNIN_RATE_LIMIT,
  };
  return cached;
}
