/**
 * CLI: `npm run --silent analyze -- FILE` (FILE "-" reads stdin). Prints the AnalysisResult of the UTF-8
 * text as one JSON document; a one-line error on stderr and a non-zero exit for bad usage or unreadable input.
 */

import { readFileSync, statSync } from "node:fs";
import { analyze } from "../core/index";

const USAGE = "usage: npm run --silent analyze -- FILE   (FILE may be - for stdin)";

function fail(message: string, code: number): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(code);
}

function readInput(file: string): string {
  if (file === "-") {
    try {
      return readFileSync(0, "utf8");
    } catch (error) {
      fail(`cannot read stdin: ${error instanceof Error ? error.message : String(error)}`, 1);
    }
  }
  let isDirectory = false;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    fail(`no such file: ${file}`, 1);
  }
  if (isDirectory) fail(`${file} is a directory, not a text file`, 1);
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    fail(`cannot read ${file} (${reason})`, 1);
  }
}

function main(): void {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.length !== 1) fail(args.length === 0 ? `missing FILE. ${USAGE}` : `expected one FILE, got ${args.length}. ${USAGE}`, 2);
  const file = args[0] ?? "";
  if (file.startsWith("-") && file !== "-") fail(`unknown option ${file}. ${USAGE}`, 2);
  // A byte-order mark is an encoding artefact, not article text.
  const text = readInput(file).replace(/^\uFEFF/, "");
  process.stdout.write(`${JSON.stringify(analyze(text))}\n`);
}

main();
