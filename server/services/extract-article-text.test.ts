import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { articleFileKind, extractArticleText, titleFromFileName, type ArticleFileKind } from "./extract-article-text";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../fixtures/import", name));
const utf8 = (text: string) => new TextEncoder().encode(text);
const extract = (bytes: Uint8Array, kind: ArticleFileKind, charset?: string) => extractArticleText({ bytes, kind, charset });

describe("HTML", () => {
  it("keeps only the article body as clean paragraphs, with the page's metadata", async () => {
    const article = await extract(fixture("council-bus-lanes.html"), "html");
    expect(article.title).toBe("Council approves 12 miles of new bus lanes");
    expect(article.publisher).toBe("The Riverside Courier");
    expect(article.publishedAt?.toISOString()).toBe("2024-03-05T09:30:00.000Z");
    const paragraphs = article.body.split("\n\n");
    expect(paragraphs[0]).toBe(
      "The city council voted 7-2 on Tuesday to add 12 miles of bus lanes along the Riverside corridor, the largest expansion of the network since 2009.",
    );
    // Source line breaks and &nbsp; collapse to single spaces; <br> stays a line break inside its paragraph.
    expect(paragraphs).toContain("The transit agency estimates the lanes will cut average journey times by 11 minutes at rush hour. Work is due to begin in June.");
    expect(paragraphs).toContain("The vote follows a two-year consultation in which 62% of respondents backed the plan.\nConstruction is expected to cost $18 million.");
    expect(paragraphs).toContain("Opponents said the plan would remove 300 parking spaces from local shops.");
    for (const furniture of ["Sport", "Most read", "All rights reserved", "analytics", "Advertisement", "font-family"]) expect(article.body).not.toContain(furniture);
    // The headline is the title, not the first paragraph.
    expect(article.body).not.toMatch(/^Council approves/);
  });

  it("falls back to the <title> and reads short pages without an <article>", async () => {
    const article = await extract(fixture("plain-page.html"), "html");
    expect(article.title).toBe("Short notice");
    expect(article.body).toBe("Water main repairs on Elm Street will close the road from 8 a.m. to 6 p.m. on Saturday, the utilities department said.");
    expect(article.publisher).toBeNull();
    expect(article.publishedAt).toBeNull();
  });

  it("reads an HTML fragment", async () => {
    const article = await extract(utf8("<h1>Budget passes</h1><p>The assembly passed the budget 51-49.</p><p>It takes effect in July.</p>"), "html");
    expect(article).toMatchObject({ title: "Budget passes", body: "The assembly passed the budget 51-49.\n\nIt takes effect in July." });
  });

  it("decodes the declared charset, else <meta charset>, else Windows-1252 when the bytes are not UTF-8", async () => {
    const latin1 = Buffer.from("<p>Le caf\xe9 a ferm\xe9 ses portes apr\xe8s 40 ans.</p>", "latin1");
    expect((await extract(latin1, "html", "iso-8859-1")).body).toBe("Le café a fermé ses portes après 40 ans.");
    expect((await extract(Buffer.concat([Buffer.from('<meta charset="windows-1252">'), latin1]), "html")).body).toBe("Le café a fermé ses portes après 40 ans.");
    expect((await extract(latin1, "html")).body).toBe("Le café a fermé ses portes après 40 ans.");
  });

  it.each([
    ["a script-only app shell", fixture("no-article.html")],
    ["only menus", utf8("<html><body><nav><a href='/'>Home</a></nav><footer>© Example</footer></body></html>")],
    ["markup without text", utf8("<html><head><title>Empty</title></head><body><div><img src='x.png'></div></body></html>")],
  ])("refuses %s: HTML with no article text", async (_name, bytes) => {
    await expect(extract(bytes, "html")).rejects.toThrow("This HTML page has no article text");
  });
});

describe("Markdown", () => {
  it("drops the markup, takes title, publisher and date from front matter or the first heading", async () => {
    const article = await extract(fixture("lunar-lander.md"), "markdown");
    expect(article).toMatchObject({ title: "Lander touches down near lunar south pole", publisher: "Space Desk" });
    expect(article.publishedAt?.toISOString()).toBe("2024-02-22T00:00:00.000Z");
    expect(article.body).toBe(
      [
        "The Odysseus lander touched down at 6:23 p.m. Eastern time, the first US landing on the Moon since 1972.",
        '"Houston, Odysseus has found its new home," said mission director Tim Crain.',
        "The craft carried six NASA instruments.",
        "It cost about $118 million.",
      ].join("\n\n"),
    );
  });
});

describe("plain text", () => {
  it("keeps the text, normalising line endings and dropping a byte order mark", async () => {
    const article = await extract(utf8("\ufeffFirst line.\r\nSecond line.\r\rThird.\n\n"), "text");
    expect(article).toEqual({ body: "First line.\nSecond line.\n\nThird.", title: null, publisher: null, publishedAt: null });
  });

  it("reads UTF-16 text that announces itself", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Turnout was 61%.", "utf16le")]);
    expect((await extract(utf16, "text")).body).toBe("Turnout was 61%.");
  });

  it("refuses text that is not UTF-8", async () => {
    await expect(extract(fixture("latin1-notes.txt"), "text")).rejects.toThrow("The file is not UTF-8 text");
  });
});

describe(".docx", () => {
  it("extracts the paragraphs with mammoth", async () => {
    const article = await extract(fixture("harbour-dredging.docx"), "docx");
    expect(article.body).toBe(
      [
        "Harbour authority approves dredging plan",
        "The harbour authority voted 5-1 on Monday to dredge the eastern channel, a project it estimates will cost €14 million.",
        "“We cannot keep turning ships away,” said Marta Keller, the authority’s chair.",
        "Shipping volumes fell 8% last year, according to the port’s annual report.",
      ].join("\n\n"),
    );
  });

  it("refuses damaged files, old .doc files and archives that unpack to gigabytes", async () => {
    await expect(extract(utf8("just text, renamed"), "docx")).rejects.toThrow("This .docx file could not be read");
    await expect(extract(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "docx")).rejects.toThrow("old Word .doc file");
    const truncated = fixture("harbour-dredging.docx").subarray(0, 600);
    await expect(extract(truncated, "docx")).rejects.toThrow("This .docx file could not be read");
    await expect(extract(zipDeclaring(3 * 1024 * 1024 * 1024), "docx")).rejects.toThrow("unpacks to far more than an article");
  });
});

describe("binary files", () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const zip = fixture("harbour-dredging.docx");
  const pdf = Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1");
  const nul = Buffer.from("text\u0000with\u0000nulls", "utf8");
  it.each([
    ["a PNG renamed .txt", png, "text", "This is a PNG image, not article text."],
    ["a ZIP renamed .txt", zip, "text", "This is a ZIP archive or an Office document, not text."],
    ["a PDF renamed .html", pdf, "html", "This is a PDF file, not text"],
    ["a PDF renamed .md", pdf, "markdown", "This is a PDF file, not text"],
    ["a file with NUL bytes", nul, "text", "This looks like a binary file, not article text."],
    ["an empty file", Buffer.alloc(0), "text", "The file is empty."],
    ["only whitespace", utf8(" \n\t "), "text", "The file has no text."],
  ] as const)("refuses %s", async (_name, bytes, kind, message) => {
    await expect(extract(bytes, kind)).rejects.toThrow(message);
  });
});

describe("file names", () => {
  it.each([
    ["story.txt", "text"],
    ["Story.MD", "markdown"],
    ["notes.markdown", "markdown"],
    ["page.html", "html"],
    ["page.htm", "html"],
    ["draft.docx", "docx"],
  ])("%s is %s", (name, kind) => {
    expect(articleFileKind(name)).toBe(kind);
  });

  it.each([
    ["scan.pdf", "PDF files cannot be imported"],
    ["old.doc", "save it as .docx"],
    ["photo.png", ".png files are not supported. Factdesk imports .txt, .md, .html and .docx files."],
    ["README", "The file has no extension."],
  ])("refuses %s", (name, message) => {
    expect(() => articleFileKind(name)).toThrow(message);
  });

  it("makes a title of the file name", () => {
    expect(titleFromFileName("Harbour dredging – final.docx")).toBe("Harbour dredging – final");
    expect(titleFromFileName("C:\\Users\\desk\\notes.txt")).toBe("notes");
  });
});

/** A one-entry ZIP whose central directory claims `size` unpacked bytes (a compression bomb's signature). */
function zipDeclaring(size: number): Buffer {
  const name = Buffer.from("word/document.xml");
  const data = deflateRawSync(Buffer.from("<w:document/>"));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}
