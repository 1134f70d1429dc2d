/** Dates as a reader writes them: "6 December 2021" (UTC, so server and browser agree). */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export const formatNumber = (value: number) => value.toLocaleString('en-US');
