import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { findPasswordHashById, setPasswordHash } from "@/server/repositories/users";
import { hashPassword, minPasswordLength, verifyPassword } from "@/server/passwords";
import { AppError } from "@/server/errors";

export interface ChangePasswordOptions {
  prisma: PrismaClient;
  userId: string;
  currentPassword: string;
  newPassword: string;
}

export async function changePassword(options: ChangePasswordOptions): Promise<void> {
  if (options.newPassword.length < minPasswordLength) {
    throw new AppError("validation", `The new password needs at least ${minPasswordLength} characters.`);
  }
  if (options.newPassword.length > 200) throw new AppError("validation", "The new password is longer than 200 characters.");
  const current = await findPasswordHashById(options.prisma, options.userId);
  if (!current || !(await verifyPassword(current, options.currentPassword))) {
    throw new AppError("validation", "The current password is not right.");
  }
  const passwordHash = await hashPassword(options.newPassword);
  await options.prisma.$transaction(async (tx) => {
    await setPasswordHash(tx, options.userId, passwordHash);
    await recordAudit(tx, { teamId: null, actorId: options.userId, action: "user.change_password", entityType: "user", entityId: options.userId });
  });
}
