import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/server/repositories/client";
import { countUsers } from "@/server/repositories/users";
import { generatePassword } from "@/server/passwords";
import { createUser } from "./create-user";
import { importArticle } from "./import-article";

export const demoTeamName = "Demo Newsroom";
export const demoAdminEmail = "admin@demo.factdesk";
export const demoArticlePath = path.resolve(process.cwd(), "fixtures", "articles", "iraq-coalition.txt");

export interface DemoAccount {
  email: string;
  password: string;
  team: string;
}

/**
 * On an empty database, creates the demo team with the example article and an admin whose random
 * password is returned once (the caller prints it); on any other database it does nothing.
 */
export async function seedDemo(prisma: PrismaClient): Promise<DemoAccount | null> {
  if ((await countUsers(prisma)) > 0) return null;
  const password = generatePassword();
  const { userId, teamId } = await createUser({ prisma, email: demoAdminEmail, password, name: "Demo Admin", team: demoTeamName, role: "admin" });
  const text = await readFile(demoArticlePath, "utf8");
  const [headline = "Demo article"] = text.split("\n");
  await importArticle({
    prisma,
    teamId,
    actorId: userId,
    title: headline.trim(),
    body: text,
    publisher: "IraqiNews.com",
    language: "en",
  });
  return { email: demoAdminEmail, password, team: demoTeamName };
}
