/**
 * Child processes of the OCR: each runs with a deadline and an abort signal, and is killed with
 * SIGKILL when either fires, so that a hung tesseract or ImageMagick never outlives its page.
 */
import { execFile } from 'node:child_process';

/** Why a child process did not finish. */
export class ProcessFailure extends Error {
  constructor(
    readonly command: string,
    readonly reason: 'timeout' | 'aborted' | 'missing' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'ProcessFailure';
  }
}

/** Runs a binary with OMP_THREAD_LIMIT=1 (OpenMP makes tesseract 4–5× slower on few cores). */
export function runBinary(
  command: string,
  args: string[],
  options: { timeoutMs: number; signal?: AbortSignal; encoding?: 'utf8' | 'buffer' },
): Promise<string | Buffer> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ProcessFailure(command, 'aborted', `${command}: aborted`));
      return;
    }
    const started = Date.now();
    execFile(
      command,
      args,
      {
        timeout: Math.max(1, options.timeoutMs),
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        encoding: options.encoding === 'buffer' ? 'buffer' : 'utf8',
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        signal: options.signal,
      },
      (error, stdout) => {
        if (!error) {
          resolve(stdout);
          return;
        }
        const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
        if (e.code === 'ENOENT') reject(new ProcessFailure(command, 'missing', `${command}: not installed`));
        else if (e.name === 'AbortError' || options.signal?.aborted)
          reject(new ProcessFailure(command, 'aborted', `${command}: aborted`));
        else if (e.killed || e.signal === 'SIGKILL' || Date.now() - started >= options.timeoutMs)
          reject(new ProcessFailure(command, 'timeout', `${command}: killed after ${options.timeoutMs} ms`));
        else reject(new ProcessFailure(command, 'failed', `${command}: ${String(e.message).split('\n')[0]}`));
      },
    );
  });
}
