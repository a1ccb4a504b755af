import { run } from './cli/main';

// The bin entry: wires the CLI to the process and never throws past it.
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdin: process.stdin,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`impress: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
