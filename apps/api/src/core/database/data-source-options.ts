import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';

/** One definition for the app, the worker and the migration CLI. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    synchronize: false,
    migrationsRun: false,
    migrations: [join(__dirname, '..', '..', 'database', 'migrations', '*.{js,ts}')],
    migrationsTableName: 'schema_migrations',
    entities: [],
    extra: { max: 10, application_name: 'sen' },
  };
}
