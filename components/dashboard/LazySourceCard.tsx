'use client';
import { onDemand } from '@/components/lazy/on-demand';

/** The source card: its code arrives when a card is first opened (a click, or `?source=` in the address). */
export const LazySourceCard = onDemand(() => import('./SourceCard').then((m) => m.SourceCard), (props) => props.claim !== null || (props.missing ?? null) !== null);
