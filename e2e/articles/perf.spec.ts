import { expect, test } from "@playwright/test";
import { demoAdmin, signIn } from "../fixtures";
import { pasteImport, uniqueId } from "./helpers";

const names = ["Ana Ruiz", "Tom Becker", "Priya Natarajan", "Luis Ortega", "Mei Chen", "Sam Okafor", "Ingrid Holm", "Omar Haddad"];
const roles = ["the city's transport director", "a council member", "the budget chief", "a union leader"];
const filler = [
  "Residents gathered at the library on a grey afternoon to hear how the plans would change their neighbourhood and its streets.",
  "Several shop owners along the main road said they wanted more detail before forming a view on the proposals.",
  "The meeting ran long, and many questions about parking and deliveries were left for another session later in the season.",
  "Officials promised to publish the full documents online so that anyone could read them and send in comments.",
];

/** A ~5,000-word news article with about a hundred quotes and claims for the analysis to find. */
function generateArticle(id: string): string {
  const paragraphs: string[] = [`City budget debate ${id}`];
  for (let i = 0; paragraphs.join(" ").split(/\s+/).length < 5_000; i++) {
    const name = names[i % names.length]!;
    const year = 2010 + (i % 14);
    const sentences = [
      `“We expect ${12 + i} new bus shelters to open by ${year},” said ${name}, ${roles[i % roles.length]}.`,
      `The council spent $${(4.5 + i / 10).toFixed(1)} million on road repairs in ${year}, up ${8 + (i % 20)}% from the year before.`,
      filler[i % filler.length]!,
      filler[(i + 1) % filler.length]!,
      filler[(i + 2) % filler.length]!,
      filler[(i + 3) % filler.length]!,
    ];
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}

test("a 5,000-word article with about a hundred highlights is interactive quickly", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const id = uniqueId();
  const body = generateArticle(id);
  const words = body.split(/\s+/).length;
  const path = await pasteImport(page, `Budget debate ${id}`, body);
  const highlights = await page.locator("[data-panel-item]").count();
  expect(words).toBeGreaterThanOrEqual(5_000);
  expect(highlights).toBeGreaterThanOrEqual(90);

  // A fresh navigation: from navigation start until the view is hydrated, and until j selects a claim.
  await page.goto(path);
  const workbench = page.getByTestId("article-workbench");
  await expect(workbench).toHaveAttribute("data-ready-at", /\d+/);
  const readyAt = Number(await workbench.getAttribute("data-ready-at"));
  await page.keyboard.press("j");
  const firstClaim = page.getByTestId("claim-list").locator(":scope > li").first();
  await expect(firstClaim.getByRole("button", { expanded: true })).toBeVisible();
  const selectedAt = await page.evaluate(() => performance.now());
  console.log(`article view: ${words} words, ${highlights} highlights; interactive ${readyAt} ms after navigation start, first claim selected with j by ${Math.round(selectedAt)} ms`);
  expect(readyAt).toBeLessThan(5_000);
});
