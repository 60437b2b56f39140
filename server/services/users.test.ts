import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { AppError } from "@/server/errors";
import { findUserById, listMembers } from "@/server/repositories/users";
import { authenticate } from "./authenticate";
import { changePassword } from "./change-password";
import { createUser } from "./create-user";
import { resetPassword } from "./reset-password";

describe.each(testDatabaseKinds)("users and teams on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("creates the team when missing, then adds an existing user to another team without touching their password", async () => {
    const first = await createUser({ prisma: db.prisma, email: "Rosa.Diaz@Example.test", password: "first-password-1", team: "Metro Desk", role: "admin" });
    expect(first).toMatchObject({ createdUser: true, createdTeam: true, teamName: "Metro Desk" });
    const again = await createUser({ prisma: db.prisma, email: "rosa.diaz@example.test", password: "other-password-2", team: "metro desk", role: "editor" });
    expect(again).toMatchObject({ createdUser: false, createdTeam: false, userId: first.userId, teamId: first.teamId });
    const members = await listMembers(db.prisma, first.teamId);
    expect(members).toEqual([expect.objectContaining({ email: "rosa.diaz@example.test", name: "Rosa Diaz", role: "editor" })]);
    expect(await authenticate(db.prisma, "rosa.diaz@example.test", "first-password-1")).not.toBeNull();
    expect(await authenticate(db.prisma, "rosa.diaz@example.test", "other-password-2")).toBeNull();

    const events = await db.prisma.auditEvent.findMany({ where: { entityId: first.userId }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["user.create", "membership.upsert"]);
  });

  it("refuses bad input with one clear message and writes nothing", async () => {
    const before = await db.prisma.user.count();
    await expect(createUser({ prisma: db.prisma, email: "not-an-email", password: "long-enough-1", team: "T", role: "admin" })).rejects.toThrow("valid email");
    await expect(createUser({ prisma: db.prisma, email: "a@b.test", password: "short", team: "T", role: "admin" })).rejects.toThrow("at least 10");
    await expect(createUser({ prisma: db.prisma, email: "a@b.test", password: "long-enough-1", team: "T", role: "owner" as never })).rejects.toThrow(
      "admin, editor, fact_checker, viewer",
    );
    expect(await db.prisma.user.count()).toBe(before);
  });

  it("resets and changes passwords, ending the sessions of the old one", async () => {
    const { userId } = await createUser({ prisma: db.prisma, email: "sam@example.test", password: "sam-password-1", team: "Sports", role: "fact_checker" });
    const epoch = (await findUserById(db.prisma, userId))!.sessionEpoch;

    const reset = await resetPassword({ prisma: db.prisma, email: "SAM@example.test" });
    expect(reset.password).toHaveLength(20);
    expect(await authenticate(db.prisma, "sam@example.test", "sam-password-1")).toBeNull();
    expect(await authenticate(db.prisma, "sam@example.test", reset.password)).toMatchObject({ id: userId, sessionEpoch: epoch + 1 });

    await expect(changePassword({ prisma: db.prisma, userId, currentPassword: "wrong", newPassword: "new-password-22" })).rejects.toThrow("not right");
    await changePassword({ prisma: db.prisma, userId, currentPassword: reset.password, newPassword: "new-password-22" });
    expect(await authenticate(db.prisma, "sam@example.test", "new-password-22")).toMatchObject({ sessionEpoch: epoch + 2 });

    await expect(resetPassword({ prisma: db.prisma, email: "nobody@example.test" })).rejects.toBeInstanceOf(AppError);
  });
});
