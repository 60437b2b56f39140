export type RoleName = "admin" | "editor" | "fact_checker" | "viewer";

export const roleOptions: readonly RoleName[] = ["admin", "editor", "fact_checker", "viewer"];

export const roleLabel: Record<RoleName, string> = { admin: "Admin", editor: "Editor", fact_checker: "Fact-checker", viewer: "Viewer" };

export const roleDescription: Record<RoleName, string> = {
  admin: "manages members, rating scales and settings, and does everything an editor does",
  editor: "approves and publishes verdicts, and does everything a fact-checker does",
  fact_checker: "imports articles, researches claims and drafts verdicts",
  viewer: "reads the team's articles, claims and verdicts without changing them",
};
