// The whole suite: lint, format, typecheck, unit and browser tests, end-to-end tests, Storybook build and
// package checks. Run with `npm test` from the repository root.
import { spawn } from 'node:child_process';
import { ensureChromium } from './find-chromium.mjs';
import { ensurePostgres } from './find-postgres.mjs';

const env = {
  ...process.env,
  CHROMIUM_PATH: ensureChromium(),
  TURBO_TELEMETRY_DISABLED: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  DO_NOT_TRACK: '1',
};
console.log(`Chromium: ${env.CHROMIUM_PATH}`);
console.log(`PostgreSQL: ${ensurePostgres()}`);

const steps = [
  ['turbo', ['run', 'build', '--output-logs=errors-only']],
  ['eslint', ['.']],
  ['prettier', ['--check', '.', '--log-level', 'warn']],
  ['turbo', ['run', 'typecheck', 'test', 'build-storybook', '--concurrency=2', '--continue']],
];

/** Runs a step, echoing its output, and resolves with its exit code and everything it printed. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', command, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const forward = (target) => (chunk) => {
      output += chunk;
      target.write(chunk);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Adds up the "Tests  N failed | N passed | N skipped (N)" lines that every vitest run prints last. */
function countTests(output) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  for (const line of plain.split('\n').filter((l) => /\bTests\s+\d/.test(l))) {
    for (const kind of Object.keys(totals)) {
      const match = line.match(new RegExp(`(\\d+) ${kind}`));
      if (match) totals[kind] += Number(match[1]);
    }
  }
  return totals;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const [command, args] of steps) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const { code, output } = await run(command, args);
  const counted = countTests(output);
  for (const kind of Object.keys(totals)) totals[kind] += counted[kind];
  if (code !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${code}).`);
    console.log(`\n${totals.passed} passed, ${Math.max(totals.failed, 1)} failed, ${totals.skipped} skipped`);
    process.exit(code);
  }
}
console.log('\nAll checks passed: lint, format, types, tests, Storybook build, package checks.');
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
