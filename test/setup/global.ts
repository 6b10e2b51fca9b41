// Runs once before the suite. With TEST_DATABASE=postgres it starts a throwaway PostgreSQL
// cluster and a template database migrated once; each test app then gets a database of its own,
// copied from the template (test/helpers/test-database.ts). Without it, every test app has its own
// SQLite database in memory, and nothing is started here.
import { openEngine } from '../../src/db/open.js';
import { adminQuery, type Cluster, startCluster } from '../helpers/postgres.js';

export const TEMPLATE = 'newsdesk_template';

let cluster: Cluster | undefined;

export async function setup(): Promise<void> {
  if (process.env.TEST_DATABASE !== 'postgres') return;
  cluster = await startCluster();
  await adminQuery(cluster.url('postgres'), `create database ${TEMPLATE}`);
  const engine = await openEngine({ kind: 'postgres', url: cluster.url(TEMPLATE) });
  await engine.close();
  // Workers inherit the environment: they create their databases from the template.
  process.env.NEWSDESK_TEST_POSTGRES = cluster.url('postgres');
}

export async function teardown(): Promise<void> {
  cluster?.stop();
}
