import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { AddPresetScaleForm, CustomScaleForm, ScaleActions, VerdictSourceRuleForm } from "@/components/claims/scale-settings";
import { BlindReviewSettingForm } from "@/components/workflow/blind-review-setting";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { prisma } from "@/server/db";
import { findVerdictNeedsSource, listScales } from "@/server/repositories/scales";
import { findBlindReview } from "@/server/repositories/workflow";
import { getDefaultScale } from "@/server/services/ensure-default-scale";
import { ratingPresets } from "@/server/services/rating-scale";
import { hasRole, requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Rating scales" };

export default async function RatingScalesPage() {
  const { user, membership } = await requireUser();
  const isAdmin = hasRole(membership.role, "admin");
  const db = await prisma();
  // A team that never needed a scale gets its default here too, so the page never lists nothing.
  await getDefaultScale(db, membership.teamId, user.id);
  const [scales, verdictNeedsSource, blindReview] = await Promise.all([listScales(db, membership.teamId), findVerdictNeedsSource(db, membership.teamId), findBlindReview(db, membership.teamId)]);
  const presets = ratingPresets.map((preset) => ({
    key: preset.key,
    name: preset.name,
    summary: preset.summary,
    labels: preset.labels.map((label) => label.name),
    added: scales.some((scale) => scale.name.toLowerCase() === preset.name.toLowerCase()),
  }));
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <Link href="/settings" className="inline-flex items-center gap-1.5 text-sm font-medium text-accent-700 hover:underline">
          <ArrowLeft className="h-4 w-4" aria-hidden="true" /> Settings
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">Rating scales</h1>
        <p className="mt-1 text-sm text-slate-500">
          The labels verdicts in {membership.teamName} choose from. New verdicts use the default scale; each label&apos;s value is its ClaimReview rating, between the
          scale&apos;s lowest (worst) and highest (best) value.
        </p>
      </div>

      <Card>
        <CardHeader title="Verdict rules" description={isAdmin ? undefined : "Set by the team's admins."} />
        <div className="divide-y divide-slate-100">
          <div className="p-5">
            {isAdmin ? (
              <VerdictSourceRuleForm verdictNeedsSource={verdictNeedsSource ?? true} />
            ) : (
              <p className="text-sm text-slate-700">{verdictNeedsSource ? "A verdict needs at least one source." : "Verdicts can be given without a source."}</p>
            )}
          </div>
          <div className="p-5">
            {isAdmin ? (
              <BlindReviewSettingForm blindReview={blindReview ?? false} />
            ) : (
              <p className="text-sm text-slate-700">
                {blindReview ? "Second reviews are blind: reviewers rate a claim before they see its verdict." : "Second reviewers see the verdict straight away."}
              </p>
            )}
          </div>
        </div>
      </Card>

      <section aria-labelledby="scales-heading" className="space-y-4">
        <h2 id="scales-heading" className="text-lg font-semibold text-slate-900">
          Scales of {membership.teamName}
        </h2>
        <ul className="space-y-4" data-testid="scale-list">
          {scales.map((scale) => (
            <li key={scale.id}>
              <Card aria-label={`${scale.name} scale`} role="group">
                <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-5 py-4">
                  <div className="min-w-0">
                    <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
                      <span className="break-words">{scale.name}</span>
                      {scale.isDefault ? <Badge tone="accent">Default</Badge> : null}
                      <Badge>{scale.preset ? "Preset" : "Custom"}</Badge>
                    </h3>
                    <p className="mt-0.5 text-sm text-slate-500">
                      Ratings {scale.worstRating} (worst) to {scale.bestRating} (best) · {scale.verdictCount === 1 ? "1 verdict" : `${scale.verdictCount} verdicts`}
                    </p>
                  </div>
                  {isAdmin ? <ScaleActions scale={scale} /> : null}
                </div>
                <div className="overflow-x-auto" role="region" aria-label={`Labels of ${scale.name}`} tabIndex={0}>
                  <table className="w-full text-left text-sm">
                    <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
                      <tr>
                        <th scope="col" className="px-5 py-2 font-medium">Label</th>
                        <th scope="col" className="px-3 py-2 text-right font-medium">Value</th>
                        <th scope="col" className="px-5 py-2 font-medium">Meaning</th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100">
                      {scale.labels.map((label) => (
                        <tr key={label.id}>
                          <td className="whitespace-nowrap px-5 py-2 font-medium text-slate-900">{label.name}</td>
                          <td className="px-3 py-2 text-right tabular-nums text-slate-700">{label.value}</td>
                          <td className="min-w-48 px-5 py-2 text-slate-600">{label.description ?? "—"}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      {isAdmin ? (
        <>
          <Card>
            <CardHeader title="Add a preset scale" description="Scales used by well-known fact-checkers, with their labels and meanings." />
            <div className="p-5">
              <AddPresetScaleForm presets={presets} />
            </div>
          </Card>
          <Card>
            <CardHeader title="Create a custom scale" description="Between 2 and 12 labels in the order you want them offered." />
            <div className="p-5">
              <CustomScaleForm />
            </div>
          </Card>
        </>
      ) : null}
    </div>
  );
}
