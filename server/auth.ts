import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { prisma } from "./db";
import { env } from "./env";
import { clearRateLimit, hitRateLimit, underRateLimit } from "./repositories/rate-limits";
import { authenticate } from "./services/authenticate";

declare module "next-auth" {
  interface Session {
    userId: string;
    /** The user's session epoch when they signed in; a password change moves it on. */
    sessionEpoch: number;
  }
  interface User {
    sessionEpoch?: number;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

export class TooManySignInAttempts extends CredentialsSignin {
  code = "rate_limited";
}

const signInWindowMs = 15 * 60 * 1000;

/** The client address as the proxy in front reports it; "direct" when there is none. */
function clientAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "direct";
}

export const sessionMaxAgeSeconds = 12 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  // The public address comes from AUTH_URL, else from the proxy's X-Forwarded-Host/-Proto: deploy behind a
  // proxy that overwrites those. When that address is https, Auth.js marks its cookies Secure and names them
  // __Secure-/__Host-; they are always HttpOnly and SameSite=Lax (e2e/security/cookies.spec.ts checks all of it).
  trustHost: true,
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: async (raw, request) => {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const db = await prisma();
        // Every attempt counts against the account; failures also count against the address, so one
        // address cannot try many accounts. Kept in the database so every instance shares the counts.
        const accountKey = `signin:email:${parsed.data.email.toLowerCase()}`;
        const addressKey = `signin:ip:${clientAddress(request)}`;
        const { signInRateLimit } = env();
        const addressLimit = signInRateLimit * 10;
        const [account, addressOpen] = await Promise.all([
          hitRateLimit(db, accountKey, signInRateLimit, signInWindowMs),
          underRateLimit(db, addressKey, addressLimit, signInWindowMs),
        ]);
        if (!account.allowed || !addressOpen) throw new TooManySignInAttempts();
        const user = await authenticate(db, parsed.data.email, parsed.data.password);
        if (!user) {
          await hitRateLimit(db, addressKey, addressLimit, signInWindowMs);
          throw new InvalidCredentials();
        }
        await clearRateLimit(db, accountKey);
        return { id: user.id, email: user.email, name: user.name, sessionEpoch: user.sessionEpoch };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.epoch = user.sessionEpoch ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.sub ?? "";
      session.sessionEpoch = typeof token.epoch === "number" ? token.epoch : -1;
      return session;
    },
  },
});
