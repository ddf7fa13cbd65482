import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import type { Stats, WriteStream } from 'node:fs';
import {
  access,
  chmod,
  constants,
  lstat,
  mkdtemp,
  readlink,
  realpath,
  rename,
  rm,
  stat,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { InputError } from './issues.js';

// Temporary files and folders still in use, removed if the process is interrupted (Ctrl-C) so that no
// half-written file is left.
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
          rmSync(path, { force: true, recursive: true });
        } catch {
          // Nothing more can be done while exiting.
        }
      }
      process.exit(130);
    });
  }
}

/** Removes `path` (a file or folder) if the process is interrupted; the returned function forgets it. */
export function removeOnExit(path: string): () => void {
  OPEN.add(path);
  installSignalHandlers();
  return () => OPEN.delete(path);
}

/** Where an output path leads once symbolic links are followed, and what is there now. */
interface Destination {
  /** The file to write: `target` itself, or the file its links point to. */
  path: string;
  /** What is at `path` now (never a link); undefined when nothing is. */
  info: Stats | undefined;
}

// A link to an existing file leads where realpath says; a link to a file not yet created is followed link by
// link, so that the file is created where the link points.
async function follow(target: string): Promise<Destination> {
  try {
    const info = await stat(target);
    return { path: await realpath(target), info };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let path = resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    let info: Stats;
    try {
      info = await lstat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, info: undefined };
      throw error;
    }
    if (!info.isSymbolicLink()) return { path, info };
    path = resolve(dirname(path), await readlink(path));
  }
  throw new InputError({
    file: target,
    code: 'output-link',
    message: `Cannot write '${target}': it is a symbolic link that leads to itself (a loop of links).`,
  });
}

// The same file whatever the spelling: a symbolic link, '../dir/x.json', a hard link.
function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** Options of {@link AtomicOutput.open}. */
export interface OutputOptions {
  /** The input file of the command (what the user typed): the output may not be the same file. */
  input?: string;
}

/**
 * An output written whole or not at all, so that a failed or interrupted run never leaves a partial file under
 * the requested name:
 * - a new or regular file is written to a temporary file beside it and renamed into place when complete,
 *   keeping the mode of the file it replaces; a symbolic link is followed (the file it points to is replaced,
 *   the link stays);
 * - a FIFO, a device (`/dev/stdout`) or standard output (`target` undefined) cannot be renamed over: the
 *   output goes to a private temporary file and is copied into it, in place, on commit.
 * A read-only file, a folder and the command's own input are refused before anything is read.
 */
export class AtomicOutput {
  private constructor(
    /** What the user typed, the only name messages use. */
    private readonly target: string | undefined,
    /** The file renamed over on commit; undefined when the output is copied in place. */
    private readonly replace: string | undefined,
    /** The file or device written in place on commit; undefined for standard output or a rename. */
    private readonly inPlace: string | undefined,
    private readonly mode: number | undefined,
    private readonly temp: string,
    private readonly cleanup: string,
    private readonly forget: () => void,
    private readonly stream: WriteStream,
  ) {}

  /** Checks the destination and opens the temporary file (next to it, so that the final rename is atomic). */
  static async open(target: string | undefined, options: OutputOptions = {}): Promise<AtomicOutput> {
    if (target === undefined) return AtomicOutput.private(undefined, undefined);
    const { path, info } = await follow(target);
    if (info?.isDirectory()) {
      throw new InputError({
        file: target,
        code: 'output-folder',
        message: `Cannot write '${target}': it is a folder. Give a file name, e.g. '${join(target, 'catalogue.json')}'.`,
      });
    }
    if (info && options.input !== undefined && options.input !== '-') {
      const input = await stat(options.input).catch(() => undefined);
      if (input?.isFile() && sameFile(input, info)) {
        throw new InputError({
          file: target,
          code: 'output-is-input',
          message: `Cannot write '${target}': it is the input file '${options.input}', which would be lost. Write to another file, check it, then rename it.`,
        });
      }
    }
    // Devices, FIFOs and the /dev/stdout family are written in place, through the path as typed (their links
    // lead to /proc entries that only the kernel can follow).
    if ((info && !info.isFile()) || /^\/(dev|proc)\//.test(resolve(target)))
      return AtomicOutput.private(target, target);
    if (info && ((info.mode & 0o222) === 0 || !(await writable(path)))) {
      throw new InputError({
        file: target,
        code: 'output-read-only',
        message: `Cannot write '${target}': the file is read-only. Make it writable (chmod u+w '${target}') or write to another file.`,
      });
    }
    const directory = dirname(path);
    try {
      if (!(await stat(directory)).isDirectory()) throw new Error('not a folder');
    } catch {
      throw new InputError({
        file: target,
        code: 'output-directory',
        message: `Cannot write '${target}': the folder '${dirname(target)}' does not exist.`,
      });
    }
    const temp = join(directory, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    const forget = removeOnExit(temp);
    try {
      const stream = createWriteStream(temp, { flags: 'wx' });
      await once(stream, 'open');
      return new AtomicOutput(
        target,
        path,
        undefined,
        info && info.mode & 0o7777,
        temp,
        temp,
        forget,
        stream,
      );
    } catch (error) {
      forget();
      throw outputError(target, error, `the folder '${dirname(target)}' cannot be written to`);
    }
  }

  // Output collected in a private folder of the system's temp directory, copied out on commit.
  private static async private(
    target: string | undefined,
    inPlace: string | undefined,
  ): Promise<AtomicOutput> {
    const folder = await mkdtemp(join(tmpdir(), 'asm-kit-output-'));
    const forget = removeOnExit(folder);
    const temp = join(folder, 'output');
    const stream = createWriteStream(temp, { flags: 'wx', mode: 0o600 });
    await once(stream, 'open');
    return new AtomicOutput(target, undefined, inPlace, undefined, temp, folder, forget, stream);
  }

  /** Appends text, waiting when the file system asks to (bounded memory on large outputs). */
  async write(text: string): Promise<void> {
    try {
      if (!this.stream.write(text)) await once(this.stream, 'drain');
    } catch (error) {
      throw outputError(this.target, error);
    }
  }

  /** Finishes the file and puts it in place (or copies it to the device, FIFO or standard output). */
  async commit(stdout: NodeJS.WritableStream = process.stdout): Promise<void> {
    try {
      await this.close();
      if (this.replace) {
        if (this.mode !== undefined) await chmod(this.temp, this.mode);
        await rename(this.temp, this.replace);
        this.forget();
      } else if (this.inPlace) {
        // /dev/stdout and its kin name a descriptor this process already has: written through it, because
        // opening the path again fails when the descriptor is a socket (as Node gives its child processes).
        const fd = descriptorOf(this.inPlace);
        if (fd === 1) await pipeline(createReadStream(this.temp), stdout, { end: false });
        else
          await pipeline(
            createReadStream(this.temp),
            fd === undefined
              ? createWriteStream(this.inPlace, { flags: 'w' })
              : createWriteStream('', { fd, autoClose: false }),
          );
        await this.abort();
      } else {
        await pipeline(createReadStream(this.temp), stdout, { end: false });
        await this.abort();
      }
    } catch (error) {
      throw outputError(this.target, error);
    }
  }

  /** Drops the temporary file: nothing is written under the requested name. */
  async abort(): Promise<void> {
    await this.close();
    await rm(this.cleanup, { force: true, recursive: true });
    this.forget();
  }

  private async close(): Promise<void> {
    if (this.stream.closed) return;
    this.stream.end();
    await once(this.stream, 'close');
  }
}

/** The descriptor a path such as /dev/stdout or /dev/fd/3 names, if it names one. */
function descriptorOf(path: string): number | undefined {
  const match = /^\/dev\/(stdout|stderr)$|^\/(?:dev|proc\/self)\/fd\/(\d+)$/.exec(path);
  if (!match) return undefined;
  if (match[1]) return match[1] === 'stdout' ? 1 : 2;
  return Number(match[2]);
}

async function writable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

// A system error while writing, told with the user's name for the output, never the temporary file's.
function outputError(target: string | undefined, error: unknown, reason?: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof InputError || typeof code !== 'string') return error;
  const name = target === undefined ? 'standard output' : `'${target}'`;
  const why =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? (reason ?? 'permission denied')
        : code === 'EPIPE'
          ? 'the program reading it has stopped'
          : `${code}`;
  return new InputError({
    file: target ?? '-',
    code: 'output-error',
    message: `Cannot write ${name}: ${why}.`,
  });
}

/** Writes a whole text to `target` as {@link AtomicOutput} does, or to stdout when `target` is undefined. */
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
    await output.commit(stdout);
  } catch (error) {
    await output.abort();
    throw error;
  }
}
