import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, ExternalLink } from "lucide-react";
import { ClaimReviewWorkspace } from "@/components/claims/claim-review-workspace";
import { claimKindLabel, claimStatusLabel, claimStatusTone } from "@/components/claims/claim-labels";
import { BlindVerdictNotice } from "@/components/workflow/blind-rating-form";
import { ClaimHistory } from "@/components/workflow/claim-history";
import { CommentThread } from "@/components/workflow/comment-thread";
import { RatingComparison } from "@/components/workflow/rating-comparison";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/components/format";
import { prisma } from "@/server/db";
import { listClaimComments, listMentionableMembers } from "@/server/repositories/comments";
import { findClaimForReview } from "@/server/repositories/evidence";
import { findVerdictNeedsSource } from "@/server/repositories/scales";
import { loadClaimReviewView } from "@/server/services/claim-review-view";
import { getDefaultScale } from "@/server/services/ensure-default-scale";
import { hasRole, requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Claim" };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, membership } = await requireUser();
  const { id } = await params;
  const db = await prisma();
  const claim = await findClaimForReview(db, membership.teamId, id);
  if (!claim) notFound();
  const [review, scale, verdictNeedsSource, comments, members] = await Promise.all([
    loadClaimReviewView({ prisma: db, teamId: membership.teamId, viewerId: user.id, viewerRole: membership.role, claimId: claim.id }),
    getDefaultScale(db, membership.teamId, user.id),
    findVerdictNeedsSource(db, membership.teamId),
    listClaimComments(db, membership.teamId, claim.id),
    listMentionableMembers(db, membership.teamId),
  ]);
  if (!review) notFound();
  const { workflow } = review;
  const canEdit = hasRole(membership.role, "fact_checker");
  const { context } = claim;
  const speaker = claim.speaker ? [claim.speaker.name, [claim.speaker.title, claim.speaker.role].filter(Boolean).join(", ")].filter(Boolean).join(" · ") : null;
  const lastDecision = review.decisions.at(-1) ?? null;
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <div className="space-y-3">
        <Link href={`/articles/${claim.article.id}#claim-${claim.id}`} className="inline-flex max-w-full items-center gap-1.5 text-sm font-medium text-accent-700 hover:underline">
          <ArrowLeft className="h-4 w-4 shrink-0" aria-hidden="true" />
          <span className="truncate">{claim.article.title}</span>
        </Link>
        <h1 className="break-words font-serif text-xl leading-snug text-slate-900 sm:text-2xl">{claim.text}</h1>
        <dl className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-600">
          <div className="flex items-center gap-1.5">
            <dt className="sr-only">Status</dt>
            <dd>
              <Badge tone={claimStatusTone[workflow.status]}>{claimStatusLabel[workflow.status] ?? workflow.status}</Badge>
            </dd>
          </div>
          <div className="flex items-center gap-1.5">
            <dt className="text-slate-500">Kind</dt>
            <dd className="font-medium text-slate-800">{claimKindLabel[claim.kind] ?? claim.kind}</dd>
          </div>
          <div className="flex items-center gap-1.5">
            <dt className="text-slate-500">Check-worthiness</dt>
            <dd className="flex items-center gap-1.5 font-medium text-slate-800">
              <span className="h-1.5 w-12 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                <span className="block h-full rounded-full bg-amber-500" style={{ width: `${Math.round(claim.score * 100)}%` }} />
              </span>
              {Math.round(claim.score * 100)}
            </dd>
          </div>
          <div className="flex min-w-0 items-center gap-1.5">
            <dt className="text-slate-500">Speaker</dt>
            <dd className="min-w-0 truncate font-medium text-slate-800">{speaker ?? "Not attributed"}</dd>
          </div>
        </dl>
      </div>

      {/* One column on a phone (workflow, then the work, then history); the workflow beside the work on a desktop. */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr] lg:items-start">
        <Card className="px-5 py-4 lg:col-start-2 lg:row-start-1">
          <WorkflowPanel
            claimId={claim.id}
            currentUserId={user.id}
            canAssignOthers={hasRole(membership.role, "editor")}
            workflow={workflow}
            allowedActions={review.allowedActions}
            assignableMembers={review.assignableMembers}
            lastDecision={lastDecision}
            mustRateFirst={review.blind.canRate}
          />
        </Card>

        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <Card className="px-5 py-4">
            <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">In the article</h2>
            <p className="mt-2 whitespace-pre-wrap break-words font-serif text-[17px] leading-8 text-slate-700" data-testid="claim-context">
              {context.clippedStart ? "… " : ""}
              {context.before}
              <mark className="rounded-sm bg-amber-100 px-0.5 text-slate-900 underline decoration-amber-500 decoration-2 underline-offset-4">{context.text}</mark>
              {context.after}
              {context.clippedEnd ? " …" : ""}
            </p>
            <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-500 empty:hidden">
              {claim.article.publisher ? <span>{claim.article.publisher}</span> : null}
              {claim.article.publishedAt ? <span>Published {formatDate(claim.article.publishedAt)}</span> : null}
              {claim.article.sourceUrl ? (
                <a href={claim.article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="inline-flex items-center gap-1 font-medium text-accent-700 hover:underline">
                  Original article <ExternalLink className="h-3 w-3" aria-hidden="true" />
                  <span className="sr-only">(opens in a new tab)</span>
                </a>
              ) : null}
            </p>
          </Card>

          <Card className="px-5 py-5">
            <ClaimReviewWorkspace
              claim={{ id: claim.id, text: claim.text, version: workflow.version, status: workflow.status }}
              evidence={review.evidence}
              scale={scale}
              canEdit={canEdit}
              verdictNeedsSource={verdictNeedsSource ?? true}
              verdictLocked={review.verdictEditRefusal}
              hiddenVerdict={review.blind.hidden ? <BlindVerdictNotice claimId={claim.id} claimVersion={workflow.version} scale={scale} canRate={review.blind.canRate} canReview={canEdit} /> : undefined}
            />
            {canEdit ? (
              <p className="mt-6 hidden border-t border-slate-100 pt-3 text-xs text-slate-500 sm:block">
                Keyboard: <kbd className="rounded border border-slate-300 px-1 font-sans">s</kbd> add a source
                {review.verdictEditRefusal ? null : (
                  <>
                    {" "}
                    · <kbd className="rounded border border-slate-300 px-1 font-sans">v</kbd> give or edit the verdict
                  </>
                )}{" "}
                · <kbd className="rounded border border-slate-300 px-1 font-sans">Esc</kbd> close the form
              </p>
            ) : (
              <p className="mt-6 border-t border-slate-100 pt-3 text-xs text-slate-500">You can read the evidence; fact-checkers, editors and admins change it.</p>
            )}
          </Card>

          {review.comparison ? (
            <Card className="px-5 py-5">
              <RatingComparison comparison={review.comparison} />
            </Card>
          ) : null}

          <Card className="px-5 py-5">
            <CommentThread claimId={claim.id} currentUserId={user.id} comments={comments} members={members} canComment={canEdit} />
          </Card>
        </div>

        <Card className="px-5 py-4 lg:col-start-2 lg:row-start-2">
          <ClaimHistory entries={review.history} />
        </Card>
      </div>
    </div>
  );
}
