/**
 * Starts the popup's first reads while the module graph is still being evaluated: main.tsx
 * imports this first, so it runs before Preact and the components are evaluated.
 */
import { startEarlyReads } from './early-reads';

/** The reads under way, handed to the popup's services. */
export const earlyReads = startEarlyReads();
