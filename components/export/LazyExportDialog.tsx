'use client';
import { onDemand } from '@/components/lazy/on-demand';

/** The export dialog: its code arrives when it is first opened, and it stays mounted (its choices stay). */
export const LazyExportDialog = onDemand(() => import('./ExportDialog').then((m) => m.ExportDialog), (props) => props.open);
