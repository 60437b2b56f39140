import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { findCredentialsByEmail, setPasswordHash } from "@/server/repositories/users";
import { generatePassword, hashPassword } from "@/server/passwords";
import { AppError } from "@/server/errors";

export interface ResetPasswordOptions {
  prisma: PrismaClient;
  email: string;
  /** The new password; a random one is generated (and returned) when absent. */
  password?: string;
}

/** Recovery path for a lost password: sets a new one and signs the user out everywhere. */
export async function resetPassword(options: ResetPasswordOptions): Promise<{ email: string; password: string }> {
  const user = await findCredentialsByEmail(options.prisma, options.email);
  if (!user) throw new AppError("not_found", `No user with the email ${options.email}.`);
  const password = options.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  await options.prisma.$transaction(async (tx) => {
    await setPasswordHash(tx, user.id, passwordHash);
    await recordAudit(tx, { teamId: null, actorId: null, action: "user.reset_password", entityType: "user", entityId: user.id });
  });
  return { email: user.email, password };
}
