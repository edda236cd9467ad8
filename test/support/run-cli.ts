/** Runs the command line in-process, as a user would from a shell, and collects what it prints. */
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    today: '2026-11-24',
  });
  return { code, out, err };
}
