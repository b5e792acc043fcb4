import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from './app-error';

/** Files live under `<dataDir>/attachments/<workspaceId>/<uuid>`; the database keeps the metadata. */
export class AttachmentStore {
  constructor(private readonly root: string) {}

  /**
   * Streams an upload to disk while hashing it, refusing it with `payload_too_large` past
   * `maxBytes`. The file is written to a temporary name and renamed when complete, so a crash
   * mid-upload never leaves a half file under a real key.
   */
  async save(
    source: Readable,
    workspaceId: string,
    maxBytes: number,
  ): Promise<{ storageKey: string; size: number; sha256: string }> {
    const storageKey = path.join(workspaceId, randomUUID());
    const finalPath = this.pathOf(storageKey);
    const tempPath = `${finalPath}.part`;
    await mkdir(path.dirname(finalPath), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) {
          done(
            new AppError('payload_too_large', `File exceeds the ${Math.round(maxBytes / 1048576)} MB limit`),
          );
          return;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(tempPath, { flags: 'wx' }));
      await rename(tempPath, finalPath);
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    return { storageKey, size, sha256: hash.digest('hex') };
  }

  open(storageKey: string): ReadStream {
    return createReadStream(this.pathOf(storageKey));
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  private pathOf(storageKey: string): string {
    const resolved = path.resolve(this.root, storageKey);
    if (!resolved.startsWith(path.resolve(this.root) + path.sep)) throw new Error('invalid storage key');
    return resolved;
  }
}
