// The throwaway PostgreSQL cluster of the test suite lives in tools/postgres.ts, which the bench
// shares (bench/ imports no test helper).
export { adminQuery, type Cluster, postgresBin, startCluster } from '../../tools/postgres.js';
