-- Blind second review: a team setting, and reviews that carry only the reviewer's own rating (no decision yet).
ALTER TABLE "Team" ADD COLUMN "blindReview" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Review" ALTER COLUMN "decision" DROP NOT NULL;
