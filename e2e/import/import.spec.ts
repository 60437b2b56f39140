import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoAdmin, signIn } from "../fixtures";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

async function openTab(page: Page, name: "Paste text" | "Upload file" | "From URL") {
  await page.goto("/import");
  await page.getByRole("tab", { name }).click();
  await expect(page.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
}

test.beforeEach(async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
});

test("uploading an .html file imports the article text under the page's title", async ({ page }) => {
  const id = unique();
  const html = `<!doctype html><html><head><title>Ferry fares rise ${id} | Harbour News</title>
    <meta property="og:title" content="Ferry fares to rise 9% in April ${id}"><meta property="og:site_name" content="Harbour News"></head>
    <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article><h1>Ferry fares to rise 9% in April ${id}</h1>
    <p>Ferry fares on the island routes will rise 9% in April, the operator said on Monday, the second increase in a year.</p>
    <p>“Fuel now costs us twice what it did in 2021,” said operations director Lena Holm.</p>
    <p>About 1.2 million passengers used the routes last year, according to the port authority.</p></article>
    <footer>© Harbour News</footer></body></html>`;
  await openTab(page, "Upload file");
  await page.getByLabel("Article file").setInputFiles({ name: `ferry-${id}.html`, mimeType: "text/html", buffer: Buffer.from(html) });
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page).toHaveURL(/\/articles\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ferry fares to rise 9% in April ${id}`);
  const text = page.getByTestId("article-text");
  await expect(text).toContainText("Fuel now costs us twice what it did in 2021");
  await expect(text).not.toContainText("Sport");
  await expect(page.getByText("Harbour News", { exact: true })).toBeVisible();
});

test("uploading a binary file is refused with a message and the form stays ready", async ({ page }) => {
  await openTab(page, "Upload file");
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
  await page.getByLabel("Article file").setInputFiles({ name: "chart.txt", mimeType: "text/plain", buffer: png });
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("This is a PNG image, not article text.");
  await expect(page).toHaveURL(/\/import$/);
});

test("a file over 5 MB is refused with a message before it is sent", async ({ page }) => {
  await openTab(page, "Upload file");
  await page.getByLabel("Article file").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(5 * 1024 * 1024 + 10, "a") });
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("The file is larger than 5 MB.");
});

for (const url of ["http://127.0.0.1:3000/api/health", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.8/news/story"]) {
  test(`importing from ${url} is refused as a private address, keeping what was typed`, async ({ page }) => {
    await openTab(page, "From URL");
    await page.getByLabel("Article URL").fill(url);
    await page.getByRole("button", { name: "Fetch and analyse" }).click();
    const host = new URL(url).hostname;
    await expect(page.getByTestId("form-error")).toHaveText(`${host} is a private or local network address. Factdesk only fetches articles from public websites.`);
    await expect(page.getByLabel("Article URL")).toHaveValue(url);
  });
}

test("pasting a text that is already imported offers the existing article", async ({ page }) => {
  const id = unique();
  const body = `The district will hire 45 more teachers this autumn, reference ${id}.\n\n"Class sizes have to come down," said superintendent Joan Park.`;
  const paste = async (title: string) => {
    await openTab(page, "Paste text");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Article text").fill(body);
    await page.getByRole("button", { name: "Import and analyse" }).click();
  };
  await paste(`District hires teachers ${id}`);
  await expect(page).toHaveURL(/\/articles\/[^/?]+$/);
  const original = new URL(page.url()).pathname;

  await paste(`Same text again ${id}`);
  await expect(page).toHaveURL(new RegExp(`${original}\\?existing=1$`));
  await expect(page.getByText("This text was already imported into", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`District hires teachers ${id}`);
});

test("a refused paste keeps the text, and drafts survive switching tabs", async ({ page }) => {
  await openTab(page, "Paste text");
  await page.getByLabel("Title").fill("Blank body");
  await page.getByLabel("Article text").fill("   ");
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("The article text is empty.");
  await expect(page.getByLabel("Title")).toHaveValue("Blank body");

  await page.getByRole("tab", { name: "From URL" }).click();
  await page.getByRole("tab", { name: "From URL" }).press("ArrowLeft");
  await expect(page.getByRole("tab", { name: "Upload file" })).toBeFocused();
  await page.keyboard.press("Home");
  await expect(page.getByRole("tab", { name: "Paste text" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByLabel("Title")).toHaveValue("Blank body");
});

test("each import tab is accessible and fits a phone", async ({ page }) => {
  for (const [tab, slug] of [["Paste text", "paste"], ["Upload file", "file"], ["From URL", "url"]] as const) {
    await openTab(page, tab);
    if (tab !== "Paste text") await page.getByText("Title, publisher and date").click();
    for (const size of [{ name: "desktop", width: 1366, height: 900 }, { name: "narrow", width: 390, height: 844 }]) {
      await page.setViewportSize(size);
      await expect(page.getByRole("tabpanel")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/screenshots/import-${slug}-${size.name}.png`, fullPage: true });
    }
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(" ")} ${node.failureSummary ?? ""}`).join("; ")}`)).toEqual([]);
  }
});
