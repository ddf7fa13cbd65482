// The whole suite: lint, format, typecheck, unit and browser tests, end-to-end tests, Storybook build and
// package checks. Run with `npm test` from the repository root.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './find-chromium.mjs';

const env = {
  ...process.env,
  CHROMIUM_PATH: ensureChromium(),
  TURBO_TELEMETRY_DISABLED: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  DO_NOT_TRACK: '1',
};
console.log(`Chromium: ${env.CHROMIUM_PATH}`);

const steps = [
  ['turbo', ['run', 'build', '--output-logs=errors-only']],
  ['eslint', ['.']],
  ['prettier', ['--check', '.', '--log-level', 'warn']],
  ['turbo', ['run', 'typecheck', 'test', 'build-storybook', '--concurrency=2', '--continue']],
];

for (const [command, args] of steps) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const { status } = spawnSync('npx', ['--no-install', command, ...args], { stdio: 'inherit', env });
  if (status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
}
console.log('\nAll checks passed.');
