import type { Metadata } from "next";
import Link from "next/link";
import { Search, Users } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { prisma } from "@/server/db";
import { listSpeakers } from "@/server/repositories/speakers";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Speakers" };

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

export default async function SpeakersPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { membership } = await requireUser();
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? "";
  const speakers = await listSpeakers(await prisma(), membership.teamId, { query });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Speakers</h1>
          <p className="mt-1 text-sm text-slate-500">
            People and organisations quoted in {membership.teamName}&apos;s articles{query ? `, matching “${query}”` : ""}: {plural(speakers.length, "speaker")}.
          </p>
        </div>
        <form method="get" role="search" className="flex w-full gap-2 sm:w-auto">
          <label htmlFor="speaker-query" className="sr-only">
            Find a speaker
          </label>
          <input
            id="speaker-query"
            name="q"
            type="search"
            defaultValue={query}
            placeholder="Name or role"
            maxLength={200}
            className="h-10 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 text-sm shadow-sm placeholder:text-slate-500 focus:border-accent-600 focus:outline-none focus:ring-2 focus:ring-accent-100 sm:w-64"
          />
          <button type="submit" className={buttonClass("secondary")}>
            <Search className="h-4 w-4" aria-hidden="true" />
            <span className="sr-only sm:not-sr-only">Find</span>
          </button>
        </form>
      </div>
      {speakers.length === 0 ? (
        <Card className="flex flex-col items-center px-6 py-16 text-center">
          <Users className="h-10 w-10 text-slate-300" aria-hidden="true" />
          <h2 className="mt-3 text-base font-semibold">{query ? "No speaker matches" : "No speakers yet"}</h2>
          <p className="mt-1 max-w-sm text-sm text-slate-500">{query ? "Try another name, or clear the search." : "Speakers appear when imported articles quote someone."}</p>
        </Card>
      ) : (
        <Card className="overflow-hidden">
          <div className="hidden grid-cols-[minmax(0,2fr)_minmax(0,2fr)_6rem_6rem] gap-4 border-b border-slate-200 bg-slate-50 px-5 py-2 text-xs font-medium uppercase tracking-wide text-slate-600 md:grid" aria-hidden="true">
            <span>Name</span>
            <span>Title and role</span>
            <span className="text-right">Quotes</span>
            <span className="text-right">Claims</span>
          </div>
          <ul className="divide-y divide-slate-100" aria-label="Speakers" data-testid="speaker-list">
            {speakers.map((speaker) => (
              <li key={speaker.id}>
                <Link href={`/speakers/${speaker.id}`} className="grid gap-1 px-5 py-3 hover:bg-slate-50 md:grid-cols-[minmax(0,2fr)_minmax(0,2fr)_6rem_6rem] md:items-center md:gap-4">
                  <span className="flex min-w-0 items-center gap-2">
                    <span className="truncate font-medium text-slate-900">{speaker.name}</span>
                    {speaker.kind === "organization" ? <Badge>Organisation</Badge> : null}
                  </span>
                  <span className="truncate text-sm text-slate-600">{[speaker.title, speaker.role].filter(Boolean).join(", ") || <span className="hidden text-slate-500 md:inline">—</span>}</span>
                  <span className="text-sm text-slate-600 md:text-right">
                    <span className="md:hidden">{plural(speaker.quoteCount, "quote")} · {plural(speaker.claimCount, "claim")}</span>
                    <span className="hidden md:inline">{speaker.quoteCount}</span>
                  </span>
                  <span className="hidden text-right text-sm text-slate-600 md:inline">{speaker.claimCount}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
