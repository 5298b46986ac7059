import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { bootstrap } from '../core/bootstrap';
import { dataSourceOptions } from '../core/database/data-source-options';
import { ensureDatabase } from '../core/database/ensure-database';
import { issueDemoCertificates } from '../database/seed/issue-demo-certificates';
import { runDemoReport } from '../database/seed/run-demo-report';
import { seedDemo } from '../database/seed/seed-demo';

/** Creates the database if missing, applies migrations, and seeds the demo province when SEED_DEMO is on. */
async function main(): Promise<void> {
  const config = await bootstrap({ createsDatabase: true });
  if (await ensureDatabase(config.databaseUrl))
    console.log(`Created database ${new URL(config.databaseUrl).pathname.slice(1)}`);
  const db = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    const applied = await db.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `Applied migrations: ${applied.map((m) => m.name).join(', ')}` : 'Schema up to date');
    if (config.seedDemo) {
      const result = await seedDemo(db);
      console.log(result.created ? `Demo province seeded: ${result.summary}` : 'Demo data already present');
      for (const file of await issueDemoCertificates(db, config))
        console.log(`Sample certificate for the demo trainee: ${file}`);
      const report = await runDemoReport(db, config);
      console.log(
        `Demo committee report ${report.reportId} ready; ${report.deliveries} copies queued for the worker to mail`,
      );
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`sen setup failed: ${(error as Error).message}`);
  process.exit(1);
});
