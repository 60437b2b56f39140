import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyAllowlist, parseFetchAllowlist } from "@/server/address-policy";
import { fetchArticleUrl, parseFetchUrl, type ResolveHost } from "./fetch-article-url";

const page = "<!doctype html><html><head><title>Local page</title></head><body><article><p>Local text.</p></article></body></html>";

/** A local web server with one route per behaviour the fetcher must handle. */
function startServer(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const port = (server.address() as AddressInfo).port;
    switch (url.pathname) {
      case "/article":
        response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page);
        return;
      case "/notes.txt":
        response.writeHead(200, { "Content-Type": "text/plain; charset=ISO-8859-1" }).end(Buffer.from("Caf\xe9 notes", "latin1"));
        return;
      case "/gzipped":
        response.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" }).end(gzipSync(page));
        return;
      case "/hop": {
        const left = Number(url.searchParams.get("left") ?? "0");
        response.writeHead(302, { Location: left > 0 ? `/hop?left=${left - 1}` : "/article" }).end();
        return;
      }
      case "/to-loopback-ip":
        response.writeHead(301, { Location: `http://127.0.0.1:${port}/article` }).end();
        return;
      case "/to-metadata":
        response.writeHead(307, { Location: "http://169.254.169.254/latest/meta-data/" }).end();
        return;
      case "/missing":
        response.writeHead(404, { "Content-Type": "text/html" }).end("<p>Not here</p>");
        return;
      case "/broken":
        response.writeHead(500).end();
        return;
      case "/image":
        response.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      case "/huge-declared":
        response.writeHead(200, { "Content-Type": "text/html", "Content-Length": String(6 * 1024 * 1024) });
        response.write("<p>");
        return; // never finishes: the fetcher must give up on the header alone
      case "/huge-streamed": {
        response.writeHead(200, { "Content-Type": "text/html" });
        const chunk = Buffer.alloc(64 * 1024, "a");
        let sent = 0;
        const pump = () => {
          while (sent < 8 * 1024 * 1024 && !response.destroyed) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once("drain", pump);
          }
          response.end();
        };
        pump();
        return;
      }
      case "/slow":
        response.writeHead(200, { "Content-Type": "text/html" });
        response.write("<p>Starting");
        return; // the rest never comes
      default:
        response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe("fetching an article URL", () => {
  let server: Server;
  let base: string;
  let loopbackBase: string;
  const allowLocalhost = parseFetchAllowlist("localhost");
  // The test server listens on 127.0.0.1, so "localhost" must resolve there whatever /etc/hosts says.
  const resolveLocalhost: ResolveHost = (hostname) =>
    hostname === "localhost" ? Promise.resolve([{ address: "127.0.0.1", family: 4 }]) : Promise.reject(Object.assign(new Error("not found"), { code: "ENOTFOUND" }));

  beforeAll(async () => {
    server = await startServer();
    const { port } = server.address() as AddressInfo;
    base = `http://localhost:${port}`;
    loopbackBase = `http://127.0.0.1:${port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const fetchLocal = (path: string, extra: Partial<Parameters<typeof fetchArticleUrl>[0]> = {}) =>
    fetchArticleUrl({ url: `${base}${path}`, allowlist: allowLocalhost, resolveHost: resolveLocalhost, ...extra });

  it("fetches from an allowlisted local server, following redirects", async () => {
    const fetched = await fetchLocal("/hop?left=3");
    expect(fetched).toMatchObject({ url: `${base}/article`, contentType: "text/html", charset: "utf-8" });
    expect(fetched.bytes.toString("utf8")).toBe(page);
  });

  it("allows a CIDR range from the allowlist", async () => {
    const fetched = await fetchArticleUrl({ url: `${loopbackBase}/article`, allowlist: parseFetchAllowlist("127.0.0.1/32") });
    expect(fetched.bytes.toString("utf8")).toBe(page);
  });

  it("decompresses gzip and passes on a declared charset", async () => {
    expect((await fetchLocal("/gzipped")).bytes.toString("utf8")).toBe(page);
    expect(await fetchLocal("/notes.txt")).toMatchObject({ contentType: "text/plain", charset: "iso-8859-1" });
  });

  it("refuses the same local server without the allowlist", async () => {
    await expect(fetchArticleUrl({ url: `${loopbackBase}/article` })).rejects.toThrow("127.0.0.1 is a private or local network address");
    await expect(fetchArticleUrl({ url: `${base}/article`, resolveHost: resolveLocalhost })).rejects.toThrow("localhost is a private or local network address");
    // With the system resolver too: localhost resolves to loopback on every machine.
    await expect(fetchArticleUrl({ url: `${base}/article` })).rejects.toThrow("localhost is a private or local network address");
  });

  it("re-checks every redirect and refuses one to a private address", async () => {
    await expect(fetchLocal("/to-loopback-ip")).rejects.toThrow("127.0.0.1 is a private or local network address");
    await expect(fetchLocal("/to-metadata")).rejects.toThrow("169.254.169.254 is a private or local network address");
  });

  it("refuses a name that resolves to a private address, among others or alone", async () => {
    const resolvesMixed: ResolveHost = () => Promise.resolve([{ address: "93.184.215.14", family: 4 }, { address: "::ffff:192.168.0.10", family: 6 }]);
    const resolvesMetadata: ResolveHost = () => Promise.resolve([{ address: "169.254.169.254", family: 4 }]);
    await expect(fetchArticleUrl({ url: "http://news.example/article", resolveHost: resolvesMixed })).rejects.toThrow("news.example is a private or local network address");
    await expect(fetchArticleUrl({ url: "http://metadata.example/", resolveHost: resolvesMetadata })).rejects.toThrow("metadata.example is a private or local network address");
  });

  it("connects to the address it checked, so a DNS answer that changes afterwards is never used", async () => {
    // A rebinding name: public when checked, loopback (the local test server) on any later lookup.
    let lookups = 0;
    const rebinding: ResolveHost = () => Promise.resolve([{ address: lookups++ === 0 ? "192.0.0.170" : "127.0.0.1", family: 4 }]);
    const allowOnlyFirstAnswer = { ...emptyAllowlist, ranges: parseFetchAllowlist("192.0.0.170/32").ranges };
    await expect(fetchArticleUrl({ url: `http://rebind.example:${new URL(base).port}/article`, resolveHost: rebinding, allowlist: allowOnlyFirstAnswer, timeoutMs: 1000 })).rejects.toThrow();
    expect(lookups).toBe(1);
  });

  it("stops after 5 redirects", async () => {
    await expect(fetchLocal("/hop?left=4")).resolves.toMatchObject({ url: `${base}/article` });
    await expect(fetchLocal("/hop?left=5")).rejects.toThrow("The page redirected more than 5 times");
  });

  it.each([
    ["/missing", "localhost answered 404 Not Found."],
    ["/broken", "localhost answered 500 Internal Server Error."],
    ["/image", "The address does not lead to a web page or text (image/png)"],
    ["/huge-declared", "The page is larger than 5 MB"],
    ["/huge-streamed", "The page is larger than 5 MB"],
  ])("refuses %s with a clear message", async (path, message) => {
    await expect(fetchLocal(path)).rejects.toThrow(message);
  });

  it("gives up on a page that does not finish within the time limit", async () => {
    const started = Date.now();
    await expect(fetchLocal("/slow", { timeoutMs: 500 })).rejects.toThrow("localhost did not answer within 1 second.");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("explains unreachable hosts", async () => {
    await expect(fetchLocal("/", { url: "http://nowhere.example/" })).rejects.toThrow("nowhere.example could not be found: the name does not resolve");
    const closed = await startServer();
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchLocal("/", { url: `http://localhost:${port}/` })).rejects.toThrow("localhost refused the connection.");
  });
});

describe("URLs refused before anything is fetched", () => {
  it.each([
    ["empty", "", "Enter the address of the article."],
    ["no scheme", "example.com/news", "This is not a valid URL"],
    ["ftp", "ftp://example.com/article.txt", "Only http:// and https://"],
    ["file", "file:///etc/passwd", "Only http:// and https://"],
    ["javascript", "javascript:alert(1)", "Only http:// and https://"],
    ["credentials", "https://editor:secret@example.com/", "Remove the user name and password"],
    ["too long", `https://example.com/${"a".repeat(2001)}`, "The URL is longer than 2000 characters."],
  ])("%s", (_name, url, message) => {
    expect(() => parseFetchUrl(url)).toThrow(message);
  });

  it.each([
    "http://127.0.0.1/",
    "http://127.1/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0.0.0.0:8080/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.1.2.3/",
    "http://172.20.0.1/",
    "http://192.168.0.1/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://100.100.100.200/",
  ])("refuses %s as a private address", async (url) => {
    const noDns: ResolveHost = () => Promise.reject(new Error("DNS must not be consulted for an address literal"));
    await expect(fetchArticleUrl({ url, resolveHost: noDns })).rejects.toThrow("is a private or local network address");
  });
});
