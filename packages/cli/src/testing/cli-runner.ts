// Runs the bundled CLI as a child process, as a user would, and gives back what it printed.
import { spawn } from 'node:child_process';
import { CLI_BUNDLE } from './build-cli.js';

/** What a CLI run printed and how it ended. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `asm-kit ...args` in `cwd`; `nodeOptions` such as a heap limit go to node itself; `input` is written to
 * its standard input (closed at once without it).
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; nodeOptions?: string[]; input?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), CLI_BUNDLE, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ASM_KIT_DEBUG: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
