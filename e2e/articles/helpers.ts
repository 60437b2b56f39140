import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const iraqArticle = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/articles/iraq-coalition.txt"), "utf8");

export function uniqueId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** Imports a text through the paste form and waits for its article page; returns the article URL path. */
export async function pasteImport(page: Page, title: string, body: string): Promise<string> {
  await page.goto("/import");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(body);
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page).toHaveURL(/\/articles\/[^/?#]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("article-workbench")).toHaveAttribute("data-ready-at", /\d+/);
  return new URL(page.url()).pathname;
}

/** Selects a phrase of the article text the way a mouse drag would (a DOM selection across segments). */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await page.evaluate((wanted) => {
    const container = document.querySelector('[data-testid="article-text"]');
    if (!container) throw new Error("no article text");
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = "";
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      starts.push(text.length);
      nodes.push(node);
      text += node.data;
    }
    const at = text.indexOf(wanted);
    if (at < 0) throw new Error(`phrase not in the article: ${wanted}`);
    const locate = (offset: number, isEnd: boolean): [Text, number] => {
      for (let i = 0; i < nodes.length; i++) {
        const start = starts[i]!;
        const end = start + nodes[i]!.data.length;
        if (isEnd ? offset > start && offset <= end : offset >= start && offset < end) return [nodes[i]!, offset - start];
      }
      throw new Error("offset outside the text");
    };
    const range = document.createRange();
    range.setStart(...locate(at, false));
    range.setEnd(...locate(at + wanted.length, true));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, phrase);
}
