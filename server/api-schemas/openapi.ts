import { z } from "zod";
import type { Role } from "@/server/repositories/users";
import { articleSchema, createArticleBodyLimitBytes, createArticleBodySchema, importArticleResponseSchema } from "./articles";
import {
  addSourceBodyLimitBytes,
  addSourceBodySchema,
  claimDetailSchema,
  claimListQuerySchema,
  claimListSchema,
  saveVerdictBodyLimitBytes,
  saveVerdictBodySchema,
  saveVerdictResponseSchema,
  sourceSchema,
} from "./claims";
import { errorSchema, idParamsSchema } from "./common";
import { createExportBodySchema, createExportResponseSchema, exportFileSchema } from "./exports";
import { createImportBodyLimitBytes, createImportBodySchema, createImportResponseSchema, importBatchSchema } from "./imports";
import { reportQuerySchema, reportMediaTypes, verdictsCsvQuerySchema } from "./reports";

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes validate with: a
// parameter, body or response described here is by construction the one the server accepts or sends.

type JsonSchema = Record<string, unknown>;
type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Media types other than JSON, with a description of their content (e.g. a PDF). */
  media?: Record<string, { schema: JsonSchema }>;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}

export interface ApiOperation {
  method: "get" | "post" | "put";
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tag: "Articles" | "Claims" | "Imports" | "Reports";
  /** The lowest role in the token's team that may call it. */
  role: Role;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { schema: z.ZodType; limitBytes: number };
  responses: Record<number, ResponseSpec>;
  errors: ErrorStatus[];
}

const location = { description: "Where the created resource can be read.", schema: { type: "string" } };
const rateLimitRemaining = { description: "Requests this token may still make in the current minute.", schema: { type: "integer", minimum: 0 } };

export const apiOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/v1/articles",
    operationId: "createArticle",
    summary: "Import and analyse an article",
    description:
      "Pins the text exactly as sent, splits it into claims (ranked by check-worthiness), quotes and their speakers, and returns the article with that analysis. The same text imported again in your team creates nothing: the answer is 200 with `duplicate: true` and the existing article.",
    tag: "Articles",
    role: "fact_checker",
    body: { schema: createArticleBodySchema, limitBytes: createArticleBodyLimitBytes },
    responses: {
      201: { description: "Imported and analysed.", schema: importArticleResponseSchema, headers: { Location: location } },
      200: { description: "Your team already has this exact text: the existing article, with `duplicate: true`.", schema: importArticleResponseSchema },
    },
    errors: [400, 401, 403, 413, 415, 422, 429],
  },
  {
    method: "get",
    path: "/api/v1/articles/{id}",
    operationId: "getArticle",
    summary: "Read an article with its analysis",
    description: "The article text with its speakers, quotes and claims as they stand now, including fact-checkers' corrections.",
    tag: "Articles",
    role: "viewer",
    params: idParamsSchema,
    responses: { 200: { description: "The article.", schema: articleSchema } },
    errors: [401, 404, 429],
  },
  {
    method: "get",
    path: "/api/v1/articles/{id}/report",
    operationId: "getArticleReport",
    summary: "Export an article's fact-check report",
    description:
      "The article's checked claims with their verdicts and sources, as a file to download. A ClaimReview export leaves out entries that would not be valid ClaimReview and says so in the X-Factdesk-Refused header.",
    tag: "Reports",
    role: "viewer",
    params: idParamsSchema,
    query: reportQuerySchema,
    responses: {
      200: {
        description: "The report.",
        media: {
          [reportMediaTypes.html]: { schema: { type: "string" } },
          [reportMediaTypes.pdf]: { schema: { type: "string", contentMediaType: "application/pdf" } },
          [reportMediaTypes.md]: { schema: { type: "string" } },
          [reportMediaTypes.claimreview]: { schema: { type: "array", items: { type: "object", description: "A schema.org ClaimReview." } } },
          [reportMediaTypes.annotations]: { schema: { type: "object", description: "A W3C Web Annotation collection." } },
        },
        headers: {
          "Content-Disposition": { description: "attachment, with a file name made from the article's title.", schema: { type: "string" } },
          "X-Factdesk-Refused-Count": { description: "claimreview only: how many entries were left out.", schema: { type: "integer" } },
          "X-Factdesk-Refused": { description: "claimreview only: the entries left out and why, as JSON (at most 20).", schema: { type: "string" } },
        },
      },
    },
    errors: [401, 404, 422, 429],
  },
  {
    method: "get",
    path: "/api/v1/claims",
    operationId: "listClaims",
    summary: "List claims in a queue view",
    description:
      "One page of the claims in a queue view, filtered like the Queue page, ordered with a stable tie-breaker. Follow `nextCursor` until it is null; a cursor keeps its place even while claims change.",
    tag: "Claims",
    role: "viewer",
    query: claimListQuerySchema,
    responses: { 200: { description: "A page of claims.", schema: claimListSchema } },
    errors: [401, 422, 429],
  },
  {
    method: "get",
    path: "/api/v1/claims/{id}",
    operationId: "getClaim",
    summary: "Read a claim with its sources and verdict",
    description: "Read the verdict's `version` here before changing it with PUT /api/v1/claims/{id}/verdict.",
    tag: "Claims",
    role: "viewer",
    params: idParamsSchema,
    responses: { 200: { description: "The claim.", schema: claimDetailSchema } },
    errors: [401, 404, 429],
  },
  {
    method: "post",
    path: "/api/v1/claims/{id}/sources",
    operationId: "addSource",
    summary: "Attach a source to a claim",
    description: "A source the fact-checker consulted, with whether it supports or refutes the claim or adds context, and optionally a pinned copy of the page.",
    tag: "Claims",
    role: "fact_checker",
    params: idParamsSchema,
    body: { schema: addSourceBodySchema, limitBytes: addSourceBodyLimitBytes },
    responses: { 201: { description: "Attached.", schema: sourceSchema } },
    errors: [400, 401, 403, 404, 413, 415, 422, 429],
  },
  {
    method: "put",
    path: "/api/v1/claims/{id}/verdict",
    operationId: "saveVerdict",
    summary: "Give or change a claim's verdict",
    description:
      "Optimistic locking: send the `version` of the verdict you based your change on (0, or none, for the first verdict). If it changed since, nothing is saved and the answer is 409 naming who changed it; read the claim again and decide. The workflow applies as in the app: a first verdict on a new claim assigns it to you and starts research.",
    tag: "Claims",
    role: "fact_checker",
    params: idParamsSchema,
    body: { schema: saveVerdictBodySchema, limitBytes: saveVerdictBodyLimitBytes },
    responses: {
      201: { description: "The first verdict was given.", schema: saveVerdictResponseSchema },
      200: { description: "The verdict was changed.", schema: saveVerdictResponseSchema },
    },
    errors: [400, 401, 403, 404, 409, 413, 415, 422, 429],
  },
  {
    method: "post",
    path: "/api/v1/imports",
    operationId: "createImport",
    summary: "Import many articles in the background",
    description:
      'Queues a bulk import and answers at once; background jobs import each item (retrying failures that may pass, such as a site that timed out) and one bad item never stops the others. Send JSON as below, or a multipart/form-data upload with a .zip of .txt/.md/.html/.docx files, a .jsonl file (one item per line) or several files, in fields named "files". Follow the batch at the Location.',
    tag: "Imports",
    role: "fact_checker",
    body: { schema: createImportBodySchema, limitBytes: createImportBodyLimitBytes },
    responses: { 202: { description: "Queued; items refused while reading the upload are counted in `refused` and listed on the batch.", schema: createImportResponseSchema, headers: { Location: location } } },
    errors: [400, 401, 403, 413, 415, 422, 429],
  },
  {
    method: "get",
    path: "/api/v1/imports/{id}",
    operationId: "getImport",
    summary: "Follow a bulk import",
    description: "Counts by outcome and every item with its result: failed items first, with the reason, then the imported ones with their article.",
    tag: "Imports",
    role: "viewer",
    params: idParamsSchema,
    responses: { 200: { description: "The batch.", schema: importBatchSchema } },
    errors: [401, 404, 429],
  },
  {
    method: "post",
    path: "/api/v1/exports",
    operationId: "createExport",
    summary: "Prepare a large export in the background",
    description:
      "Queues the export and answers at once; a background job writes the file and keeps it for download, with its progress readable at the Location. Bad filters are refused now (422), not later.",
    tag: "Reports",
    role: "viewer",
    body: { schema: createExportBodySchema, limitBytes: 1024 * 1024 },
    responses: { 202: { description: "Queued.", schema: createExportResponseSchema, headers: { Location: location } } },
    errors: [400, 401, 404, 413, 415, 422, 429],
  },
  {
    method: "get",
    path: "/api/v1/exports/{id}",
    operationId: "getExport",
    summary: "Follow an export",
    description: "Status (queued, running, ready, failed), rows done of total, and the file's name and size once ready.",
    tag: "Reports",
    role: "viewer",
    params: idParamsSchema,
    responses: { 200: { description: "The export.", schema: exportFileSchema } },
    errors: [401, 404, 429],
  },
  {
    method: "get",
    path: "/api/v1/exports/{id}/file",
    operationId: "downloadExport",
    summary: "Download a prepared export",
    description: "The file as prepared (CSV or PDF). 409 while it is still being prepared or when it failed.",
    tag: "Reports",
    role: "viewer",
    params: idParamsSchema,
    responses: {
      200: {
        description: "The file.",
        media: { "text/csv": { schema: { type: "string" } }, "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } } },
        headers: { "Content-Disposition": { description: "attachment, with the file's name.", schema: { type: "string" } } },
      },
    },
    errors: [401, 404, 409, 429],
  },
  {
    method: "get",
    path: "/api/v1/verdicts.csv",
    operationId: "exportVerdictsCsv",
    summary: "Export verdicts as CSV",
    description:
      "Every verdict of your team matching the filters, one row per claim, streamed as CSV (UTF-8 with a byte order mark, a header row, RFC 4180 quoting; cells that a spreadsheet would run as a formula start with an apostrophe).",
    tag: "Reports",
    role: "viewer",
    query: verdictsCsvQuerySchema,
    responses: {
      200: {
        description: "The CSV, streamed.",
        media: { "text/csv": { schema: { type: "string" } } },
        headers: { "Content-Disposition": { description: "attachment, named factdesk-verdicts-YYYY-MM-DD.csv.", schema: { type: "string" } } },
      },
    },
    errors: [401, 422, 429],
  },
];

const errorResponses: Record<ErrorStatus, { name: string; description: string }> = {
  400: { name: "BadRequest", description: "The body is not valid JSON (code bad_request)." },
  401: { name: "Unauthenticated", description: "No token, or an unknown, revoked or expired one (code unauthenticated)." },
  403: { name: "Forbidden", description: "Your role in the token's team does not allow this (code forbidden)." },
  404: { name: "NotFound", description: "No such record in your team. Another team's id answers exactly the same (code not_found)." },
  409: { name: "Conflict", description: "Someone changed it since the version you sent, or the claim's state does not allow this now (code conflict)." },
  413: { name: "PayloadTooLarge", description: "The body, or the article text in it, is over the size limit (code payload_too_large)." },
  415: { name: "UnsupportedMediaType", description: "The body is not sent as Content-Type: application/json (code unsupported_media_type)." },
  422: { name: "ValidationFailed", description: "The body or a query parameter does not match the schema; the message names the field (code validation)." },
  429: { name: "RateLimited", description: "Too many requests with this token this minute (code rate_limited). Wait for Retry-After seconds." },
};

class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};

  /** A JSON Schema for `schema`, with named (meta id) schemas moved to components and referenced. */
  convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const json = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }) as JsonSchema;
    const { $schema: _dialect, $defs, ...rest } = json;
    for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
      const converted = relink(definition);
      const { id: _id, ...clean } = converted;
      if (this.components[name] && JSON.stringify(this.components[name]) !== JSON.stringify(clean)) {
        throw new Error(`Two different schemas are both called ${name} in the API document.`);
      }
      this.components[name] = clean;
    }
    const { id: _id, ...clean } = relink(rest);
    return clean;
  }
}

function relink(value: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
}

function parameters(collector: SchemaCollector, where: "path" | "query", schema: z.ZodObject | undefined) {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    const { description, ...json } = collector.convert(fieldSchema, "input");
    return {
      name,
      in: where,
      required: where === "path" || !fieldSchema.safeParse(undefined).success,
      ...(typeof description === "string" ? { description } : {}),
      schema: json,
    };
  });
}

const roleNames: Record<Role, string> = { viewer: "any member (viewer or higher)", fact_checker: "fact-checker or higher", editor: "editor or higher", admin: "admin" };

function operationObject(collector: SchemaCollector, operation: ApiOperation) {
  const responses: Record<string, unknown> = {};
  for (const [status, spec] of Object.entries(operation.responses)) {
    const content = spec.schema ? { "application/json": { schema: collector.convert(spec.schema, "output") } } : spec.media;
    responses[status] = {
      description: spec.description,
      headers: { "X-RateLimit-Remaining": rateLimitRemaining, ...spec.headers },
      ...(content ? { content } : {}),
    };
  }
  for (const status of operation.errors) responses[String(status)] = { $ref: `#/components/responses/${errorResponses[status].name}` };
  const body = operation.body
    ? {
        required: true,
        description: `JSON (Content-Type: application/json), at most ${formatBytes(operation.body.limitBytes)}.`,
        content: { "application/json": { schema: collector.convert(operation.body.schema, "input") } },
      }
    : undefined;
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: `${operation.description}\n\nNeeds a token of ${roleNames[operation.role]}.`,
    tags: [operation.tag],
    parameters: [...parameters(collector, "path", operation.params), ...parameters(collector, "query", operation.query)],
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

let cached: Record<string, unknown> | undefined;

export function openApiDocument(): Record<string, unknown> {
  if (cached) return cached;
  const collector = new SchemaCollector();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of apiOperations) {
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = operationObject(collector, operation);
  }
  const errorSchemaJson = collector.convert(errorSchema, "output");
  const responses = Object.fromEntries(
    Object.values(errorResponses).map(({ name, description }) => [
      name,
      {
        description,
        content: { "application/json": { schema: errorSchemaJson } },
        ...(name === "RateLimited" ? { headers: { "Retry-After": { description: "Seconds until the token may call again.", schema: { type: "integer", minimum: 1 } } } } : {}),
        ...(name === "Unauthenticated" ? { headers: { "WWW-Authenticate": { description: 'Bearer realm="factdesk"', schema: { type: "string" } } } } : {}),
      },
    ]),
  );
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Factdesk API",
      version: "1.0.0",
      description:
        "Import articles, read their claims, quotes and speakers, attach sources, give verdicts and export reports. Authenticate with a personal API token (Settings → API tokens) as `Authorization: Bearer fdk_…`; the token acts as you, with your role, in the team it was created in. Errors answer `{\"error\": {\"code\", \"message\"}}`.",
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "Articles", description: "Import and read articles with their analysis." },
      { name: "Claims", description: "The claim queues, sources and verdicts." },
      { name: "Reports", description: "Exports of fact-checks." },
    ],
    security: [{ bearerToken: [] }],
    paths,
    components: {
      schemas: collector.components,
      responses,
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", bearerFormat: "fdk_…", description: "A personal API token from Settings → API tokens." },
      },
    },
  };
  return cached;
}
