/**
 * Starts the popup's module bundle from popup-boot.ts. The build leaves popup.html without its
 * `<script type="module">` (scripts/lib/popup-html.ts): the bundle's fetches and evaluation
 * held back the boot script and the first frame, so the snapshot of the last first screen was
 * painted about 90 ms after it was in the DOM. Now the bundle starts once that frame is out.
 */

/** The `<meta name>` under which the build leaves the bundle's address. */
export const BUNDLE_META = 'margin-bundle';
/** Longest wait for a frame: a page in a background tab gets none, and must still load. */
const FRAME_WAIT_MS = 50;

/**
 * Appends the bundle named by the `margin-bundle` meta as a module script: after the next
 * frame when `afterFrame` (something was painted that should be seen first), else at once.
 * Does nothing when popup.html still has its own module script (a dev build).
 */
export function loadBundle(doc: Document, afterFrame: boolean): void {
  const src = doc.querySelector<HTMLMetaElement>(`meta[name="${BUNDLE_META}"]`)?.content;
  if (!src) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = src;
    doc.head.append(script);
  };
  if (!afterFrame) return start();
  const win = doc.defaultView!;
  // A task after the frame, not the frame callback: the frame has then been produced.
  win.requestAnimationFrame(() => win.setTimeout(start, 0));
  win.setTimeout(start, FRAME_WAIT_MS);
}
