import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { AppError } from "@/server/errors";
import { listPendingInvitations } from "@/server/repositories/invitations";
import { findMembership } from "@/server/repositories/users";
import { acceptInvitation } from "./accept-invitation";
import { authenticate } from "./authenticate";
import { createInvitation } from "./create-invitation";
import { createUser } from "./create-user";
import { registerWithInvitation } from "./register-with-invitation";
import { revokeInvitation } from "./revoke-invitation";
import { viewInvitation } from "./view-invitation";

const day = 24 * 60 * 60 * 1000;

describe.each(testDatabaseKinds)("invitations on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let adminId: string;
  let otherTeamId: string;
  let otherAdminId: string;
  let outsiderId: string;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId, userId: adminId } = await createUser({ prisma: db.prisma, email: "chief@example.test", password: "chief-password-1", team: "City Desk", role: "admin" }));
    ({ teamId: otherTeamId, userId: otherAdminId } = await createUser({ prisma: db.prisma, email: "rival@example.test", password: "rival-password-1", team: "Rival Desk", role: "admin" }));
    ({ userId: outsiderId } = await createUser({ prisma: db.prisma, email: "outsider@example.test", password: "outsider-password-1", team: "Elsewhere", role: "viewer" }));
  });
  afterAll(async () => {
    await db.dispose();
  });

  const invite = (options: { role?: string; email?: string | null; validityDays?: number; now?: Date } = {}) =>
    createInvitation({ prisma: db.prisma, teamId, actorId: adminId, role: options.role ?? "fact_checker", email: options.email, validityDays: options.validityDays ?? 7, now: options.now });

  it("stores only the sha256 of a 32-byte base64url token, lists it as pending and audits it without the token", async () => {
    const { token, invitation } = await invite({ role: "editor", email: " Reporter@Example.test " });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await db.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(row).toMatchObject({ teamId, role: "editor", email: "reporter@example.test", createdById: adminId, acceptedAt: null, revokedAt: null });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(7 * day - 60_000);
    expect((await listPendingInvitations(db.prisma, teamId, new Date())).map((pending) => pending.id)).toContain(invitation.id);
    expect(await listPendingInvitations(db.prisma, otherTeamId, new Date())).toEqual([]);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "invitation.create", entityId: invitation.id } });
    expect(audit).toMatchObject({ teamId, actorId: adminId });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("refuses a bad role, email or expiry with one clear message", async () => {
    await expect(invite({ role: "owner" })).rejects.toThrow("Choose the role");
    await expect(invite({ email: "not-an-email" })).rejects.toThrow("valid email");
    await expect(invite({ validityDays: 3 })).rejects.toThrow("1, 7 or 30 days");
  });

  it("lets a new person create an account through the link, once", async () => {
    const { token, invitation } = await invite({ role: "fact_checker" });
    const view = await viewInvitation({ prisma: db.prisma, token });
    expect(view).toMatchObject({ teamName: "City Desk", role: "fact_checker", status: "valid", refusal: null, invitedByName: "Chief", viewer: null });

    const joined = await registerWithInvitation({ prisma: db.prisma, token, name: "Nadia Bell", email: "Nadia@Example.test", password: "nadia-password-1" });
    expect(joined).toMatchObject({ email: "nadia@example.test", teamId, teamName: "City Desk", role: "fact_checker" });
    expect(await authenticate(db.prisma, "nadia@example.test", "nadia-password-1")).toMatchObject({ name: "Nadia Bell" });
    expect(await findMembership(db.prisma, teamId, joined.userId)).toMatchObject({ role: "fact_checker" });
    expect(await db.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ acceptedById: joined.userId });
    const actions = (await db.prisma.auditEvent.findMany({ where: { teamId, actorId: joined.userId }, orderBy: { createdAt: "asc" } })).map((event) => event.action);
    expect(actions).toEqual(["user.create", "invitation.accept"]);

    expect((await viewInvitation({ prisma: db.prisma, token }))?.status).toBe("used");
    await expect(registerWithInvitation({ prisma: db.prisma, token, name: "Second", email: "second@example.test", password: "second-password-1" })).rejects.toThrow(
      "already been used",
    );
    await expect(acceptInvitation({ prisma: db.prisma, token, userId: outsiderId })).rejects.toThrow("already been used");
    expect(await db.prisma.user.count({ where: { email: "second@example.test" } })).toBe(0);
    expect(await findMembership(db.prisma, teamId, outsiderId)).toBeNull();
  });

  it("checks the new account's details and refuses an address that already has an account", async () => {
    const { token } = await invite();
    await expect(registerWithInvitation({ prisma: db.prisma, token, name: " ", email: "x@example.test", password: "long-password-1" })).rejects.toThrow("Enter your name");
    await expect(registerWithInvitation({ prisma: db.prisma, token, name: "X", email: "x@example.test", password: "short" })).rejects.toThrow("at least 10");
    await expect(registerWithInvitation({ prisma: db.prisma, token, name: "X", email: "OUTSIDER@example.test", password: "long-password-1" })).rejects.toThrow(
      "already exists: sign in",
    );
    expect((await viewInvitation({ prisma: db.prisma, token }))?.status).toBe("valid");
  });

  it("lets a signed-in user join with one click, and leaves the role of an existing member unchanged", async () => {
    const { token } = await invite({ role: "editor" });
    expect(await viewInvitation({ prisma: db.prisma, token, viewer: { userId: outsiderId, email: "outsider@example.test" } })).toMatchObject({
      viewer: { emailMatches: true, membershipRole: null },
    });
    expect(await acceptInvitation({ prisma: db.prisma, token, userId: outsiderId })).toEqual({ teamId, teamName: "City Desk", role: "editor", alreadyMember: false });
    expect(await findMembership(db.prisma, teamId, outsiderId)).toMatchObject({ role: "editor" });
    // Their other team is untouched.
    expect((await db.prisma.membership.findMany({ where: { userId: outsiderId } })).map((m) => m.role).sort()).toEqual(["editor", "viewer"]);

    const second = await invite({ role: "viewer" });
    expect(await acceptInvitation({ prisma: db.prisma, token: second.token, userId: outsiderId })).toMatchObject({ role: "editor", alreadyMember: true });
    expect(await findMembership(db.prisma, teamId, outsiderId)).toMatchObject({ role: "editor" });
    expect((await viewInvitation({ prisma: db.prisma, token: second.token }))?.status).toBe("valid");
  });

  it("refuses an expired link, on the page and when accepting, and creates nothing", async () => {
    const { token } = await invite({ validityDays: 1, now: new Date(Date.now() - 2 * day) });
    const view = await viewInvitation({ prisma: db.prisma, token });
    expect(view).toMatchObject({ status: "expired" });
    expect(view?.refusal).toMatch(/^This invitation expired on .+\. Ask an admin of City Desk for a new link\.$/);
    await expect(acceptInvitation({ prisma: db.prisma, token, userId: otherAdminId })).rejects.toThrow("expired");
    await expect(registerWithInvitation({ prisma: db.prisma, token, name: "Late", email: "late@example.test", password: "late-password-1" })).rejects.toThrow("expired");
    expect(await db.prisma.user.count({ where: { email: "late@example.test" } })).toBe(0);
    expect(await findMembership(db.prisma, teamId, otherAdminId)).toBeNull();
  });

  it("revokes an unused link within the team only, and refuses the revoked link", async () => {
    const { token, invitation } = await invite();
    await expect(revokeInvitation({ prisma: db.prisma, teamId: otherTeamId, actorId: otherAdminId, invitationId: invitation.id })).rejects.toMatchObject({ code: "not_found" });
    await revokeInvitation({ prisma: db.prisma, teamId, actorId: adminId, invitationId: invitation.id });
    await expect(revokeInvitation({ prisma: db.prisma, teamId, actorId: adminId, invitationId: invitation.id })).rejects.toThrow("already revoked");
    expect((await listPendingInvitations(db.prisma, teamId, new Date())).map((pending) => pending.id)).not.toContain(invitation.id);
    expect((await viewInvitation({ prisma: db.prisma, token }))?.refusal).toBe("This invitation was revoked by an admin. Ask an admin of City Desk for a new link.");
    await expect(acceptInvitation({ prisma: db.prisma, token, userId: otherAdminId })).rejects.toThrow("revoked");
    expect(await db.prisma.auditEvent.count({ where: { action: "invitation.revoke", entityId: invitation.id, teamId, actorId: adminId } })).toBe(1);

    const used = await invite();
    await acceptInvitation({ prisma: db.prisma, token: used.token, userId: otherAdminId });
    await expect(revokeInvitation({ prisma: db.prisma, teamId, actorId: adminId, invitationId: used.invitation.id })).rejects.toThrow("accepted");
  });

  it("holds an email restriction, case-insensitively", async () => {
    const { token } = await invite({ email: "Only.Me@example.test" });
    expect(await viewInvitation({ prisma: db.prisma, token, viewer: { userId: outsiderId, email: "outsider@example.test" } })).toMatchObject({
      viewer: { emailMatches: false },
    });
    await expect(registerWithInvitation({ prisma: db.prisma, token, name: "Someone", email: "someone@example.test", password: "someone-password-1" })).rejects.toThrow(
      "only for only.me@example.test",
    );
    const { userId } = await createUser({ prisma: db.prisma, email: "only.me@example.test", password: "only-me-password-1", team: "Elsewhere", role: "viewer" });
    const { userId: wrongAddress } = await createUser({ prisma: db.prisma, email: "not.me@example.test", password: "not-me-password-1", team: "Elsewhere", role: "viewer" });
    await expect(acceptInvitation({ prisma: db.prisma, token, userId: wrongAddress })).rejects.toMatchObject({ code: "forbidden" });
    expect(await acceptInvitation({ prisma: db.prisma, token, userId })).toMatchObject({ alreadyMember: false });
  });

  it("answers not found for an unknown or malformed token", async () => {
    for (const token of ["", "short", "A".repeat(43), `${"B".repeat(42)}!`]) {
      expect(await viewInvitation({ prisma: db.prisma, token })).toBeNull();
      await expect(acceptInvitation({ prisma: db.prisma, token, userId: outsiderId })).rejects.toMatchObject({ code: "not_found" });
    }
  });

  it("lets exactly one of several people use a link at the same moment", async () => {
    const { token, invitation } = await invite({ role: "viewer" });
    const people = [];
    for (const n of [1, 2, 3, 4, 5]) people.push(await createUser({ prisma: db.prisma, email: `racer${n}@example.test`, password: "racer-password-1", team: "Racers", role: "viewer" }));
    const results = await Promise.allSettled(people.map((person) => acceptInvitation({ prisma: db.prisma, token, userId: person.userId })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toBeInstanceOf(AppError);
    expect(await db.prisma.membership.count({ where: { teamId, userId: { in: people.map((person) => person.userId) } } })).toBe(1);
    expect(await db.prisma.auditEvent.count({ where: { action: "invitation.accept", entityId: invitation.id } })).toBe(1);

    const fresh = await invite({ role: "viewer" });
    const signUps = await Promise.allSettled(
      [1, 2, 3].map((n) => registerWithInvitation({ prisma: db.prisma, token: fresh.token, name: `New ${n}`, email: `new${n}@example.test`, password: "new-password-123" })),
    );
    expect(signUps.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.prisma.user.count({ where: { email: { in: ["new1@example.test", "new2@example.test", "new3@example.test"] } } })).toBe(1);
  });
});
