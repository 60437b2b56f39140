-- DropIndex
DROP INDEX "Claim_teamId_status_score_idx";

-- DropIndex
DROP INDEX "Claim_teamId_status_statusChangedAt_idx";

-- CreateIndex
CREATE INDEX "Claim_teamId_status_score_id_idx" ON "Claim"("teamId", "status", "score", "id");

-- CreateIndex
CREATE INDEX "Claim_teamId_status_statusChangedAt_id_idx" ON "Claim"("teamId", "status", "statusChangedAt", "id");
