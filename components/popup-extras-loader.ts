/** Loads the popup's after-first-paint code (`popup-extras`) once per page. */
import { useEffect, useState } from 'preact/hooks';

/** The lazily loaded module. */
export type PopupExtras = typeof import('./popup-extras');

let pending: Promise<PopupExtras> | undefined;

/** Starts (or joins) loading the extras; a failed load is tried again on the next call. */
export function loadPopupExtras(): Promise<PopupExtras> {
  pending ??= import('./popup-extras').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

/** The extras once loaded (undefined until then); asks for them while `wanted`. */
export function usePopupExtras(wanted: boolean): PopupExtras | undefined {
  const [extras, setExtras] = useState<PopupExtras>();
  useEffect(() => {
    if (!wanted || extras) return;
    let live = true;
    loadPopupExtras().then(
      (module) => live && setExtras(() => module),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted, extras]);
  return extras;
}
