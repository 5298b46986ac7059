import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/core/database/data-source-options';
import { ensureDatabase } from '../../src/core/database/ensure-database';
import { seedDemo } from '../../src/database/seed/seed-demo';
import { testDatabaseUrl } from './test-config';

/** A fresh database per run: created, migrated once, seeded with the demo province. */
export default async function globalSetup(): Promise<void> {
  const url = testDatabaseUrl();
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
  await ensureDatabase(url);
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  await db.runMigrations({ transaction: 'each' });
  await seedDemo(db);
  await db.destroy();
}
