'use client';
import { type ComponentProps, lazy, Suspense, useState } from 'react';
import type { ExportDialog as Dialog } from './ExportDialog';

/** Its code arrives when it is first opened, not with the page (neither the first paint nor the map needs it). */
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

/**
 * The export dialog, left out of the page's HTML and scripts until the viewer first asks for it; then kept
 * mounted, so the choices made in it (size, format, title) stay for the next export.
 */
export function LazyExportDialog(props: ComponentProps<typeof Dialog>) {
  const [wanted, setWanted] = useState(false);
  if (props.open && !wanted) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <ExportDialog {...props} />
    </Suspense>
  ) : null;
}
