/** Where the shared data sets live: ../shared/data beside the project, or $MARGIN_DATA. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (the folder holding package.json). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a file under the shared data folder; exits with a hint when it is missing. */
export function dataPath(...parts: string[]): string {
  const root = process.env.MARGIN_DATA ?? join(PROJECT_ROOT, '..', 'shared', 'data');
  const path = join(root, ...parts);
  if (!existsSync(path)) {
    console.error(`Missing ${path}. Set MARGIN_DATA to the shared data folder.`);
    process.exit(2);
  }
  return path;
}
