import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { prisma } from "./db";
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

export const sessionMaxAgeSeconds = 12 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: async (raw) => {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const user = await authenticate(await prisma(), parsed.data.email, parsed.data.password);
        if (!user) throw new InvalidCredentials();
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
