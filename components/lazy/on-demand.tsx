'use client';
import { type ComponentType, useEffect, useRef, useState } from 'react';

/**
 * A component whose code arrives the first time it is wanted (a dialog opened), not with the page: neither the first
 * paint nor the map needs it. Once loaded it stays mounted, so what the viewer chose in it stays for the next time.
 * If its code cannot be fetched (a phone that lost its connection), a note says so where it would have opened and the
 * next opening tries again: a failed import left to React took the whole page down to the browser's error page.
 */
export function onDemand<P extends { onClose: () => void }>(load: () => Promise<ComponentType<P>>, wanted: (props: P) => boolean) {
  let Loaded: ComponentType<P> | null = null;
  return function OnDemand(props: P) {
    const want = wanted(props);
    const [failed, setFailed] = useState(false);
    const [, setArrived] = useState(false);
    const loading = useRef(false);
    useEffect(() => {
      if (!want || Loaded || loading.current) return;
      loading.current = true;
      load().then(
        (component) => { Loaded = component; setArrived(true); },
        () => setFailed(true),
      ).finally(() => { loading.current = false; });
    }, [want]);
    if (Loaded) return <Loaded {...props} />;
    return want && failed ? (
      <p role="alert" className="load-failed">
        Could not load this part of the page: check the connection, then try again.{' '}
        <button type="button" className="close" onClick={() => { setFailed(false); props.onClose(); }}>Close</button>
      </p>
    ) : null;
  };
}
