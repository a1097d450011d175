/** A promise that rejects with DOCUMENT_UNREADABLE when a library takes too long on a file. */
import { AppError } from '../../http/app-error.js';

/** Races `p` against a timer; the timer never keeps the process alive. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError('DOCUMENT_UNREADABLE', `Đọc tệp ${what} quá ${Math.round(ms / 1000)} giây / Reading the ${what} file took over ${Math.round(ms / 1000)} s`)),
      ms,
    );
    timer.unref();
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
