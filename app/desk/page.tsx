import type { Metadata } from 'next';
import { DeskApp } from '@/components/desk/DeskApp';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Desk · Buildup Map', robots: { index: false } };

/** The newsroom desk: never cached, never framed (proxy.ts), under the same strict policy as every page. */
export default function DeskPage() {
  return <DeskApp />;
}
