'use client';
import { memo } from 'react';
import { useHydrated } from '@/components/use-hydrated';

/**
 * On a phone, the handle that raises the sheet of figures and sources over the map, and lowers it again (also Esc,
 * from within the sheet). One name, its state said by aria-expanded (and an arrow): "Show more map" once it was raised
 * was heard as "Show more map, expanded".
 */
export const SheetHandle = memo(function SheetHandle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const hydrated = useHydrated();
  return (
    <button type="button" className="sheet-handle" aria-expanded={open} onClick={onToggle} disabled={!hydrated} data-needs-script>
      Figures and sources
    </button>
  );
});
