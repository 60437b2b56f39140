import { sessionRoute } from "@/server/api";
import { exportDownloadResponse } from "@/server/export-download";

export const dynamic = "force-dynamic";

export const GET = sessionRoute<{ id: string }>({ role: "viewer" }, ({ membership, prisma }, { id }) => exportDownloadResponse(prisma, membership.teamId, id));
