import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { formatDate, formatDateTime } from "@/components/format";
import { CreateApiTokenForm } from "@/components/settings/api-token-form";
import { RevokeApiTokenButton } from "@/components/settings/api-token-revoke";
import { roleLabel } from "@/components/settings/roles";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { prisma } from "@/server/db";
import { listApiTokens, type ApiTokenDto } from "@/server/repositories/api-tokens";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "API tokens" };

function withExpiry(tokens: ApiTokenDto[], now = Date.now()): (ApiTokenDto & { expired: boolean })[] {
  return tokens.map((token) => ({ ...token, expired: token.expiresAt !== null && new Date(token.expiresAt).getTime() <= now }));
}

export default async function ApiTokensPage() {
  const { user, membership } = await requireUser();
  const tokens = withExpiry(await listApiTokens(await prisma(), user.id, membership.teamId));
  const role = roleLabel[membership.role];
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <Link href="/settings" className="inline-flex items-center gap-1.5 text-sm font-medium text-accent-700 hover:underline">
          <ArrowLeft className="h-4 w-4" aria-hidden="true" /> Settings
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">API tokens</h1>
        <p className="mt-1 text-sm text-slate-500">
          Personal tokens for scripts and other tools that use the Factdesk HTTP API in {membership.teamName}. A token does what you may do as {role.toLowerCase()}: no
          more, and nothing once you leave the team. The API is described in its{" "}
          <a href="/api/v1/openapi.json" className="font-medium text-accent-700 hover:underline">
            OpenAPI document
          </a>
          .
        </p>
      </div>

      <Card>
        <CardHeader title="Create a token" description="Each script or integration gets its own token, so you can revoke one without breaking the others." />
        <div className="p-5">
          <CreateApiTokenForm roleName={role} teamName={membership.teamName} />
        </div>
      </Card>

      <Card>
        <CardHeader title="Your tokens" description={`Tokens you created in ${membership.teamName}. Only their first characters are kept in readable form.`} />
        {tokens.length === 0 ? (
          <p className="px-5 py-4 text-sm text-slate-500">You have no tokens in this team.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="api-token-list">
            {tokens.map((token) => (
              <li key={token.id} aria-label={token.name} data-testid="api-token-row" className="flex items-start justify-between gap-3 px-5 py-3">
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="break-words font-medium text-slate-900">{token.name}</span>
                    <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{token.prefix}…</code>
                    {token.expired ? <Badge tone="red">Expired</Badge> : null}
                  </p>
                  <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-xs text-slate-500">
                    <div className="flex gap-1">
                      <dt>Created</dt>
                      <dd className="text-slate-700">{formatDate(token.createdAt)}</dd>
                    </div>
                    <div className="flex gap-1">
                      <dt>Last used</dt>
                      <dd className="text-slate-700" data-testid="api-token-last-used">
                        {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never"}
                      </dd>
                    </div>
                    <div className="flex gap-1">
                      <dt>{token.expired ? "Expired" : "Expires"}</dt>
                      <dd className="text-slate-700">{token.expiresAt === null ? "Never" : formatDate(token.expiresAt)}</dd>
                    </div>
                  </dl>
                </div>
                <RevokeApiTokenButton tokenId={token.id} name={token.name} />
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card>
        <CardHeader title="Using a token" />
        <div className="space-y-2 p-5 text-sm text-slate-700">
          <p>Send it in the Authorization header of each request:</p>
          <pre className="whitespace-pre-wrap break-all rounded-md bg-slate-900 p-3 text-xs text-slate-100">
            <code>{`curl -H "Authorization: Bearer $FACTDESK_TOKEN" \\\n  "$FACTDESK_URL/api/v1/claims?view=unassigned&minScore=70"`}</code>
          </pre>
          <p className="text-slate-600">Each token may make a limited number of requests a minute; past that, the API answers 429 with a Retry-After header.</p>
        </div>
      </Card>
    </div>
  );
}
