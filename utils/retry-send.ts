/**
 * Retrying a message whose receiver was not there. Chrome stops an idle MV3 service worker
 * after about 30 s and Firefox unloads an idle event page; a message sent while it is stopping
 * fails with "Could not establish connection" or a closed message port instead of waking it.
 * Sending again starts a fresh worker, so the payload (a reader's note) is never dropped.
 */

/** Messages of errors that mean the receiver was gone, not that it refused. */
const GONE = [
  /could not establish connection/i,
  /receiving end does not exist/i,
  /message port closed/i,
  /message channel (?:is )?closed/i,
  /message manager disconnected/i,
];

/** Whether `error` means the background was not there to answer (worth sending again). */
export function isReceiverGone(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  // An invalidated context (the extension was reloaded) never comes back: retrying is futile.
  if (/context invalidated/i.test(message)) return false;
  return GONE.some((pattern) => pattern.test(message));
}

/** How often and how patiently to send again. */
export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** Wait before the second attempt; doubled for each further one. */
  delayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * An attempt with no answer after this long counts as a receiver gone (a worker stopped
   * while it held the message never answers in Chrome); none when undefined.
   */
  timeoutMs?: number;
}

/** The error of an attempt that got no answer in time. */
export const NO_ANSWER = 'The message channel closed: no answer in time';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `send` until it resolves or fails for a reason other than a missing receiver. */
export async function sendWithRetry<T>(
  send: () => Promise<T>,
  { attempts = 3, delayMs = 100, sleep = wait, timeoutMs }: RetryOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (timeoutMs === undefined ? send() : withTimeout(send(), timeoutMs));
    } catch (error) {
      if (attempt >= attempts || !isReceiverGone(error)) throw error;
      await sleep(delayMs * 2 ** (attempt - 1));
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(NO_ANSWER)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
