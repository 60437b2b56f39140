import type { ClaimKind, ClaimStatus, Role } from "@/generated/prisma/client";
import type { PrismaClient } from "@/server/repositories/client";

// Test data for the queue tests: rows written directly, so each test sets exactly the states it needs.

let sequence = 0;
const nextId = (prefix: string) => `${prefix}${(++sequence).toString(36).padStart(6, "0")}`;

export async function createQueueTeam(
  prisma: PrismaClient,
  name: string,
  members: Record<string, Role>,
): Promise<{ teamId: string; users: Record<string, string> }> {
  const team = await prisma.team.create({ data: { name, slug: nextId(`${name.toLowerCase().replace(/\W+/g, "-")}-`) }, select: { id: true } });
  const users: Record<string, string> = {};
  for (const [label, role] of Object.entries(members)) {
    const user = await prisma.user.create({
      data: { email: `${nextId(label)}@example.test`, name: label[0]!.toUpperCase() + label.slice(1), passwordHash: "unused" },
      select: { id: true },
    });
    await prisma.membership.create({ data: { teamId: team.id, userId: user.id, role } });
    users[label] = user.id;
  }
  return { teamId: team.id, users };
}

export async function createQueueArticle(prisma: PrismaClient, teamId: string, title: string): Promise<string> {
  const article = await prisma.article.create({ data: { teamId, title, body: `${title}.`, contentHash: nextId("hash") }, select: { id: true } });
  return article.id;
}

export interface ClaimSeed {
  articleId: string;
  status?: ClaimStatus;
  score?: number;
  kind?: ClaimKind;
  assigneeId?: string | null;
  speakerId?: string | null;
  statusChangedAt?: Date;
  publishedAt?: Date | null;
  createdAt?: Date;
  verdictAuthorId?: string | null;
  text?: string;
}

export async function createQueueClaim(prisma: PrismaClient, teamId: string, seed: ClaimSeed): Promise<string> {
  const claim = await prisma.claim.create({
    data: {
      teamId,
      articleId: seed.articleId,
      start: 0,
      end: 1,
      text: seed.text ?? `Claim ${nextId("")}`,
      status: seed.status ?? "new",
      score: seed.score ?? 0.5,
      kind: seed.kind ?? "other",
      assigneeId: seed.assigneeId ?? null,
      speakerId: seed.speakerId ?? null,
      statusChangedAt: seed.statusChangedAt ?? new Date(),
      publishedAt: seed.publishedAt ?? null,
      ...(seed.createdAt ? { createdAt: seed.createdAt } : {}),
    },
    select: { id: true },
  });
  if (seed.verdictAuthorId !== undefined) {
    let scale = await prisma.ratingScale.findFirst({ where: { teamId }, select: { id: true, labels: { select: { id: true }, take: 1 } } });
    scale ??= await prisma.ratingScale.create({
      data: { teamId, name: "Plain", isDefault: true, labels: { create: [{ name: "False", value: 1, position: 0 }] } },
      select: { id: true, labels: { select: { id: true }, take: 1 } },
    });
    await prisma.verdict.create({
      data: { teamId, claimId: claim.id, scaleId: scale.id, labelId: scale.labels[0]!.id, rationale: "Because.", authorId: seed.verdictAuthorId },
    });
  }
  return claim.id;
}
