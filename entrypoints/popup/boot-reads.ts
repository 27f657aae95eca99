/** What popup-boot.ts leaves on `window` for the popup's bundle. */
import type { SummaryRecord } from '../../utils/db/schema';

/** The `window` property the boot script's reads are left under. */
export const BOOT_KEY = '__marginBoot';

/** Reads the boot script started. */
export interface BootReads {
  /** Undefined when the database could not be read without the repository (see boot-read.ts). */
  summaries: Promise<SummaryRecord[] | undefined>;
  /** The active tab's address. */
  tab: Promise<string | undefined>;
}

/** Takes the boot script's reads off `win` (once), if it ran. */
export function takeBootReads(win: Window): BootReads | undefined {
  const slot = win as unknown as Record<string, BootReads | undefined>;
  const reads = slot[BOOT_KEY];
  slot[BOOT_KEY] = undefined;
  return reads;
}
