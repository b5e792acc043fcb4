import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The server workspace directory (…/server), from this file's location. */
const SERVER_DIR = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Absolute path of the shared test corpora (`../shared/corpora` relative to the project root).
 * Throws when it is missing, so corpus tests fail loudly instead of passing with nothing to check.
 */
export function corporaDir(): string {
  const dir = path.resolve(SERVER_DIR, '../../shared/corpora');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(
      `Test corpora not found at ${dir}: the email tests need ../shared/corpora next to the project`,
    );
  }
  return dir;
}

/** Absolute path of a file or folder inside the corpora; throws when it does not exist. */
export function corpusPath(...segments: string[]): string {
  const target = path.join(corporaDir(), ...segments);
  if (!existsSync(target)) throw new Error(`Corpus file missing: ${target}`);
  return target;
}

/** Reads a corpus file as bytes. */
export function readCorpusFile(...segments: string[]): Buffer {
  return readFileSync(corpusPath(...segments));
}

/** Every file under a corpus folder (recursive) whose name matches `pattern`, sorted, as paths relative to the corpora. */
export function listCorpusFiles(folder: string, pattern: RegExp): string[] {
  const root = corporaDir();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    });
  return walk(corpusPath(folder))
    .filter((file) => pattern.test(path.basename(file)))
    .map((file) => path.relative(root, file))
    .sort();
}
