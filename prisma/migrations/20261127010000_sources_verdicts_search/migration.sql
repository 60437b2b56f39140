-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('supports', 'refutes', 'context');

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "verdictNeedsSource" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("publisher", '')), 'B') || setweight(to_tsvector('english', "body"), 'C')) STORED;

-- array_to_string is only STABLE, which a generated column refuses; joining text with a space is immutable.
CREATE FUNCTION "factdesk_join_words"(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string($1, ' ') $$;

-- AlterTable
ALTER TABLE "Speaker" ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', "name"), 'A') || setweight(to_tsvector('simple', "factdesk_join_words"("aliases")), 'B') || setweight(to_tsvector('simple', coalesce("title", '') || ' ' || coalesce("role", '')), 'C')) STORED;

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedAt" TIMESTAMP(3),
    "excerpt" TEXT NOT NULL DEFAULT '',
    "stance" "Stance" NOT NULL,
    "accessedAt" TIMESTAMP(3) NOT NULL,
    "pinnedText" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingScale" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "preset" TEXT,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatingScale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingLabel" (
    "id" TEXT NOT NULL,
    "scaleId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RatingLabel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verdict" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "scaleId" TEXT NOT NULL,
    "labelId" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Verdict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Source_claimId_createdAt_idx" ON "Source"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Source_teamId_idx" ON "Source"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "RatingScale_teamId_name_key" ON "RatingScale"("teamId", "name");

-- CreateIndex
CREATE INDEX "RatingLabel_scaleId_position_idx" ON "RatingLabel"("scaleId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RatingLabel_scaleId_name_key" ON "RatingLabel"("scaleId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Verdict_claimId_key" ON "Verdict"("claimId");

-- CreateIndex
CREATE INDEX "Verdict_teamId_labelId_idx" ON "Verdict"("teamId", "labelId");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingScale" ADD CONSTRAINT "RatingScale_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingLabel" ADD CONSTRAINT "RatingLabel_scaleId_fkey" FOREIGN KEY ("scaleId") REFERENCES "RatingScale"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_scaleId_fkey" FOREIGN KEY ("scaleId") REFERENCES "RatingScale"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_labelId_fkey" FOREIGN KEY ("labelId") REFERENCES "RatingLabel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Full-text search (Postgres and PGlite alike): GIN indexes over the generated vectors.
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
CREATE INDEX "Speaker_searchVector_idx" ON "Speaker" USING GIN ("searchVector");
CREATE INDEX "Quote_searchVector_idx" ON "Quote" USING GIN ("searchVector");
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
