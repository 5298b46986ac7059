import { Client } from 'pg';

/** Drops (ending its connections) and forgets the suite's own database; setup then creates it afresh. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1).replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
