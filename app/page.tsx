import { Dashboard } from '@/components/dashboard/Dashboard';
import { themeFromQuery } from '@/components/theme-query';
import { buildupPayload } from '@/geo/buildup-payload';
import { loadMetrics } from '@/geo/load-geo';
import { loadReferenceFacts } from '@/geo/load-reference-facts';

export const dynamic = 'force-dynamic';

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  return (
    <Dashboard
      initial={buildupPayload()}
      metrics={loadMetrics()}
      referenceFacts={loadReferenceFacts()}
      requestedTheme={themeFromQuery(query.theme)}
    />
  );
}
