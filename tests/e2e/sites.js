// Sites of their own for the tests that replace the server's files as IT would: a copy of dist/
// under the plain python file server's root, the files in it replaced one by one, and the files
// the app downloads.
import { cp, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PY_PORT, PY_ROOT } from "./playwright.config.js";

let sites = 0;
/** register.json as the build wrote it. */
export const GOOD = readFile("../../dist/register.json", "utf8");

/** A fresh copy of dist/ on the plain file server: its folder and its address. */
export async function site(name) {
  const path = `${name}-${process.pid}-${++sites}-${Date.now()}`;
  const dir = join(PY_ROOT, path);
  await cp("../../dist", dir, { recursive: true });
  return { dir, url: `http://127.0.0.1:${PY_PORT}/${path}/` };
}

/** Replaces a file of the site as a web server's file would be replaced: new content, a newer
 * modification time (the file server revalidates by the second). */
export async function replace(dir, file, content) {
  const path = join(dir, file);
  const { mtime } = await stat(path);
  await writeFile(path, content);
  const later = new Date(mtime.getTime() + 10_000);
  await utimes(path, later, later);
}

/** Clicks `button` and returns the text of the file it downloads, and its suggested name. */
export async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}
