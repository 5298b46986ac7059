import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';

/** Thrown while receiving when a stream passes its byte limit; the partial file is already removed. */
export class TooLargeError extends Error {}

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}(\.w\d+\.webp)?$/;

/**
 * Files on local disk under UPLOAD_DIR. Keys are generated (`ab/<uuid>`, `ab/<uuid>.w480.webp`), never
 * derived from what the uploader named the file, so no request can choose or escape a path.
 */
@Injectable()
export class UploadStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.uploadDir);
  }

  keyFor(id: string, variantWidth?: number): string {
    return `${id.slice(0, 2)}/${id}${variantWidth === undefined ? '' : `.w${variantWidth}.webp`}`;
  }

  pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`not a storage key: ${key}`);
    return join(this.root, key);
  }

  /** Streams to a temporary file, failing as soon as more than `maxBytes` arrive. */
  async receive(source: Readable, maxBytes: number): Promise<{ path: string; size: number }> {
    const dir = join(this.root, 'tmp');
    await mkdir(dir, { recursive: true });
    const path = join(dir, randomUUID());
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        callback(size > maxBytes ? new TooLargeError(`more than ${maxBytes} bytes`) : null, chunk);
      },
    });
    try {
      await pipeline(source, counter, createWriteStream(path, { flags: 'wx' }));
    } catch (error) {
      await rm(path, { force: true });
      // Drain what the client still sends, so the error answer reaches it.
      source.resume();
      throw error;
    }
    return { path, size };
  }

  /** Where a new stored file goes; its folder is created. */
  async prepare(key: string): Promise<string> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    return path;
  }

  async moveIn(tempPath: string, key: string): Promise<void> {
    await rename(tempPath, await this.prepare(key));
  }

  async remove(paths: string[]): Promise<void> {
    await Promise.all(paths.map((p) => rm(p, { force: true })));
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(key))).size;
    } catch {
      return null;
    }
  }

  open(key: string, range?: { start: number; end: number }): ReadStream {
    return createReadStream(this.pathOf(key), range);
  }
}
