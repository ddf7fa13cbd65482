import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { InputError } from './issues.js';

// Temporary files still open, removed if the process is interrupted (Ctrl-C) so no half-written file is left.
const OPEN = new Set<string>();
let handlersInstalled = false;

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const path of OPEN) {
        try {
          // Synchronous on purpose: the process is about to exit.
          rmSync(path, { force: true });
        } catch {
          // Nothing more can be done while exiting.
        }
      }
      process.exit(130);
    });
  }
}

/**
 * An output written to a temporary file and renamed into place only when complete, so a failed or interrupted
 * run never leaves a partial file under the requested name. `target` undefined means standard output: the
 * temporary file then lives in the system temp directory and is copied to stdout on commit.
 */
export class AtomicOutput {
  private constructor(
    private readonly target: string | undefined,
    private readonly temp: string,
    private readonly stream: WriteStream,
  ) {}

  /** Opens the temporary file next to `target` (same file system, so the final rename is atomic). */
  static async open(target: string | undefined): Promise<AtomicOutput> {
    const directory = target ? dirname(resolve(target)) : tmpdir();
    try {
      const info = await stat(directory);
      if (!info.isDirectory()) throw new Error('not a directory');
    } catch {
      throw new InputError({
        file: target ?? '-',
        code: 'output-directory',
        message: `Cannot write '${target}': the folder '${directory}' does not exist.`,
      });
    }
    const name = `.${target ? basename(target) : 'asm-kit-output'}.${process.pid}.${Date.now().toString(36)}.tmp`;
    const temp = join(directory, name);
    const stream = createWriteStream(temp, { flags: 'wx' });
    OPEN.add(temp);
    installSignalHandlers();
    await once(stream, 'open');
    return new AtomicOutput(target, temp, stream);
  }

  /** Appends text, waiting when the file system asks to (bounded memory on large outputs). */
  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Finishes the file and puts it in place (or copies it to stdout). */
  async commit(stdout: NodeJS.WritableStream = process.stdout): Promise<void> {
    await this.close();
    if (this.target) {
      await rename(this.temp, this.target);
      OPEN.delete(this.temp);
    } else {
      await pipeline(createReadStream(this.temp), stdout, { end: false });
      await this.abort();
    }
  }

  /** Drops the temporary file: nothing is written under the requested name. */
  async abort(): Promise<void> {
    await this.close();
    await rm(this.temp, { force: true });
    OPEN.delete(this.temp);
  }

  private async close(): Promise<void> {
    if (this.stream.closed) return;
    this.stream.end();
    await once(this.stream, 'close');
  }
}

/** Writes a whole text atomically to `target`, or to stdout when `target` is undefined. */
export async function writeOutput(
  target: string | undefined,
  text: string,
  stdout: NodeJS.WritableStream,
): Promise<void> {
  if (!target) {
    stdout.write(text);
    return;
  }
  const output = await AtomicOutput.open(target);
  try {
    await output.write(text);
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
}
