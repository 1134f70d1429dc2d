/** What every autocannon run under test/ reports first (the scale test, the load script): its size and its speed. */
export interface LoadSummary {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}
