'use client';
import { type ComponentType, lazy, Suspense, useState } from 'react';

/**
 * A component whose code arrives the first time it is wanted (a dialog opened), not with the page: neither the first
 * paint nor the map needs it. Once wanted it stays mounted, so what the viewer chose in it stays for the next time.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>, wanted: (props: P) => boolean) {
  const Loaded = lazy(() => load().then((component) => ({ default: component })));
  return function OnDemand(props: P) {
    const [seen, setSeen] = useState(false);
    if (wanted(props) && !seen) setSeen(true);
    return seen ? (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    ) : null;
  };
}
