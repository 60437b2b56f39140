/** A bulk import as its progress page shows it (the API's JSON shape). */
export interface ImportBatchDetail {
  id: string;
  label: string;
  total: number;
  createdAt: string;
  finishedAt: string | null;
  counts: { pending: number; imported: number; duplicate: number; failed: number };
  items: { id: string; position: number; name: string; status: "pending" | "imported" | "duplicate" | "failed"; attempts: number; error: string | null; articleId: string | null; articleTitle: string | null }[];
}
