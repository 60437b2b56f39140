import { apiRoute } from "@/server/api";
import { exportDownloadResponse } from "@/server/export-download";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/ID/file: the prepared file; 409 while it is not ready. */
export const GET = apiRoute<{ id: string }>({ role: "viewer" }, ({ principal, prisma }, { id }) => exportDownloadResponse(prisma, principal.teamId, id));
