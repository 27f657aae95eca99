/** Whether the popup's database is being upgraded while the first screen is still unread. */
import { useEffect, useState } from 'preact/hooks';
import type { PopupServices } from './popup-services';

/** True once `services` report an upgrade, while `waiting` (nothing read yet) holds. */
export function useUpgrading(services: PopupServices, waiting: boolean): boolean {
  const [upgrading, setUpgrading] = useState(false);
  // A layout-free effect is enough: the status line is shown from the first frame anyway,
  // this only picks its words.
  useEffect(() => {
    if (!waiting) return;
    return services.watchUpgrade?.(() => setUpgrading(true));
  }, [services, waiting]);
  return waiting && upgrading;
}
