import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { findMembership, findUserById } from "@/server/repositories/users";
import { addMember } from "./add-member";
import { changeMemberRole } from "./change-member-role";
import { createUser } from "./create-user";
import { removeMember } from "./remove-member";

describe.each(testDatabaseKinds)("managing members on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let adminId: string;
  let otherTeamId: string;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId, userId: adminId } = await createUser({ prisma: db.prisma, email: "ana@example.test", password: "ana-password-1", team: "Politics", role: "admin" }));
    ({ teamId: otherTeamId } = await createUser({ prisma: db.prisma, email: "other@example.test", password: "other-password-1", team: "Sport", role: "admin" }));
  });
  afterAll(async () => {
    await db.dispose();
  });

  const member = async (email: string, role: "admin" | "editor" | "fact_checker" | "viewer", team = teamId) =>
    (await addMember({ prisma: db.prisma, teamId: team, teamName: "Politics", actorId: adminId, email, password: "member-password-1", role })).userId;

  it("changes a role with an audit entry, and does nothing when the role is the same", async () => {
    const userId = await member("ben@example.test", "viewer");
    expect(await changeMemberRole({ prisma: db.prisma, teamId, actorId: adminId, userId, role: "editor" })).toEqual({ name: "Ben", role: "editor", changed: true });
    expect(await findMembership(db.prisma, teamId, userId)).toMatchObject({ role: "editor" });
    expect(await changeMemberRole({ prisma: db.prisma, teamId, actorId: adminId, userId, role: "editor" })).toMatchObject({ changed: false });
    const events = await db.prisma.auditEvent.findMany({ where: { action: "membership.change_role", entityId: userId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ teamId, actorId: adminId, before: { role: "viewer" }, after: { role: "editor" } });
    await expect(changeMemberRole({ prisma: db.prisma, teamId, actorId: adminId, userId, role: "owner" })).rejects.toThrow("The role must be one of");
  });

  it("never leaves a team without an admin", async () => {
    await expect(changeMemberRole({ prisma: db.prisma, teamId, actorId: adminId, userId: adminId, role: "editor" })).rejects.toThrow(
      "Ana is the team's last admin: make someone else an admin first",
    );
    await expect(removeMember({ prisma: db.prisma, teamId, actorId: adminId, userId: adminId })).rejects.toThrow("Ana is the team's last admin and cannot be removed");
    expect(await findMembership(db.prisma, teamId, adminId)).toMatchObject({ role: "admin" });

    const second = await member("cleo@example.test", "admin");
    // Two admins demoting each other at once: one wins, the team keeps an admin.
    const results = await Promise.allSettled([
      changeMemberRole({ prisma: db.prisma, teamId, actorId: adminId, userId: second, role: "viewer" }),
      changeMemberRole({ prisma: db.prisma, teamId, actorId: second, userId: adminId, role: "viewer" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.prisma.membership.count({ where: { teamId, role: "admin" } })).toBe(1);
    const [survivor] = await db.prisma.membership.findMany({ where: { teamId, role: "admin" }, select: { userId: true } });
    if (survivor!.userId !== adminId) await changeMemberRole({ prisma: db.prisma, teamId, actorId: second, userId: adminId, role: "admin" });
  });

  it("removes a member, keeping their account and other teams, with an audit entry", async () => {
    const userId = await member("dev@example.test", "fact_checker");
    await addMember({ prisma: db.prisma, teamId: otherTeamId, teamName: "Sport", actorId: null, email: "dev@example.test", password: "ignored-password-1", role: "viewer" });
    expect(await removeMember({ prisma: db.prisma, teamId, actorId: adminId, userId })).toEqual({ name: "Dev", email: "dev@example.test" });
    expect(await findMembership(db.prisma, teamId, userId)).toBeNull();
    expect((await findUserById(db.prisma, userId))?.memberships.map((m) => m.teamName)).toEqual(["Sport"]);
    expect(await db.prisma.auditEvent.findFirst({ where: { action: "membership.remove", entityId: userId } })).toMatchObject({ teamId, actorId: adminId, before: { role: "fact_checker" } });
    await expect(removeMember({ prisma: db.prisma, teamId, actorId: adminId, userId })).rejects.toMatchObject({ code: "not_found" });
  });

  it("treats a member of another team like a missing one", async () => {
    const outsider = await member("eve@example.test", "editor", otherTeamId);
    await expect(changeMemberRole({ prisma: db.prisma, teamId, actorId: adminId, userId: outsider, role: "admin" })).rejects.toMatchObject({ code: "not_found" });
    await expect(removeMember({ prisma: db.prisma, teamId, actorId: adminId, userId: outsider })).rejects.toMatchObject({ code: "not_found" });
    expect(await findMembership(db.prisma, otherTeamId, outsider)).toMatchObject({ role: "editor" });
    expect(await findMembership(db.prisma, teamId, outsider)).toBeNull();
  });

  it("refuses to add someone who is already a member, so roles only change where the last-admin rule holds", async () => {
    await expect(
      addMember({ prisma: db.prisma, teamId, teamName: "Politics", actorId: adminId, email: "ANA@example.test", password: "whatever-password-1", role: "viewer" }),
    ).rejects.toThrow("ana@example.test is already a member of Politics");
    expect(await findMembership(db.prisma, teamId, adminId)).toMatchObject({ role: "admin" });
  });
});
