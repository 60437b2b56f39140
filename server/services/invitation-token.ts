import { createHash, randomBytes } from "node:crypto";

// 32 random bytes: the link is the credential, so it must be unguessable; only its hash is stored,
// so a copy of the database does not hand out working links.
const tokenBytes = 32;
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(tokenBytes).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token of the shape newInvitationToken makes; anything else is not looked up at all. */
export function isWellFormedInvitationToken(token: string): boolean {
  return tokenPattern.test(token);
}
