// Parse a Twee file with extwee (tools/story/node_modules) and print what it read as
// JSON: the story's IFID, format, start and passages, and every warning extwee gave.
// Usage: node extwee_read.mjs TOOLS_DIR FILE.twee
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [tools, file] = process.argv.slice(2);
const warnings = [];
for (const level of ["warn", "info", "error"]) {
  console[level] = (...args) => warnings.push(args.join(" "));
}
const { parseTwee } = await import(pathToFileURL(join(tools, "node_modules/extwee/index.js")));
const story = parseTwee(readFileSync(file, "utf-8"));
process.stdout.write(JSON.stringify({
  name: story.name,
  ifid: story.IFID,
  format: story.format,
  formatVersion: story.formatVersion,
  start: story.start,
  passages: story.passages.map((p) => ({ name: p.name, tags: p.tags, text: p.text })),
  twee: story.toTwee(),
  warnings,
}));
