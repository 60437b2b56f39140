import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/server/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await currentUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <div className="mx-auto mb-3 flex h-11 w-11 items-center justify-center rounded-xl bg-accent-600 text-lg font-bold text-white" aria-hidden="true">
            F
          </div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Sign in to Factdesk</h1>
          <p className="mt-1 text-sm text-slate-500">The claim and quote fact-checking workbench</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : "/"} />
        </div>
      </div>
    </main>
  );
}
