import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** A statement PostgreSQL parses and plans once per connection, then only binds and runs. */
export interface PreparedStatement {
  name: string;
  text: string;
}

/**
 * Runs a named statement on the manager's connection: the transaction's when there is one, else any
 * pooled connection. For the few statements on every request's hot path (session lookup, progress
 * ingestion), where re-planning a long statement costs more than running it; TypeORM's `query` has
 * no way to name a statement, so this goes to the pg client underneath.
 */
export async function preparedQuery<T extends QueryResultRow>(
  manager: EntityManager,
  statement: PreparedStatement,
  values: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner;
  const client: Pool | PoolClient =
    runner && !runner.isReleased
      ? ((await runner.connect()) as PoolClient)
      : ((manager.connection.driver as PostgresDriver).master as Pool);
  return (await client.query<T>({ ...statement, values })).rows;
}
