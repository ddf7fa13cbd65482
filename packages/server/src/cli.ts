#!/usr/bin/env node
// The `asm-kit-server` bin: runs the command line, and stops a server gracefully on SIGTERM or SIGINT.
import { runCli } from './cli-main.js';

const io = {
  out: (line: string) => process.stdout.write(line + '\n'),
  err: (line: string) => process.stderr.write(line + '\n'),
  env: process.env,
};
const code = await runCli(process.argv.slice(2), io, (server) => {
  const stop = () => {
    io.err('asm-kit-server: stopping');
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
});
if (code !== 0) process.exitCode = code;
