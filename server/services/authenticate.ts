import type { PrismaClient } from "@/server/repositories/client";
import { findCredentialsByEmail } from "@/server/repositories/users";
import { hashPassword, verifyPassword } from "@/server/passwords";

// Verifying against a real hash when the email is unknown keeps both answers equally slow,
// so response time does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

export async function authenticate(
  prisma: PrismaClient,
  email: string,
  password: string,
): Promise<{ id: string; email: string; name: string; sessionEpoch: number } | null> {
  const user = await findCredentialsByEmail(prisma, email);
  if (!user) {
    decoyHash ??= hashPassword("not a real password, only for timing");
    await verifyPassword(await decoyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, sessionEpoch: user.sessionEpoch };
}
