import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RecipientBody, RecipientView } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';

export interface RecipientRow extends Omit<RecipientView, 'createdAt'> {
  createdAt: Date;
}

const RECIPIENT_COLUMNS = `id, committee_id AS "committeeId", full_name AS "fullName", email, role, created_at AS "createdAt"`;

/** A committee's recipients: people without an account, removed softly so past deliveries keep naming them. */
@Injectable()
export class CommitteeRecipientsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async current(committeeId: string, manager: EntityManager = this.db.manager): Promise<RecipientRow[]> {
    return manager.query(
      `SELECT ${RECIPIENT_COLUMNS} FROM committee_recipients WHERE committee_id = $1 AND removed_at IS NULL
        ORDER BY created_at, id`,
      [committeeId],
    );
  }

  async findCurrent(manager: EntityManager, id: string): Promise<RecipientRow | null> {
    const rows: RecipientRow[] = await manager.query(
      `SELECT ${RECIPIENT_COLUMNS} FROM committee_recipients WHERE id = $1 AND removed_at IS NULL`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Whether another current recipient of the committee has this address, in any letter case. */
  async emailTaken(manager: EntityManager, committeeId: string, email: string, exceptId?: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM committee_recipients
        WHERE committee_id = $1 AND lower(email) = lower($2) AND removed_at IS NULL AND id IS DISTINCT FROM $3`,
      [committeeId, email, exceptId ?? null],
    );
    return rows.length > 0;
  }

  async insert(manager: EntityManager, committeeId: string, body: RecipientBody): Promise<RecipientRow> {
    const rows: RecipientRow[] = await manager.query(
      `INSERT INTO committee_recipients (committee_id, full_name, email, role) VALUES ($1, $2, $3, $4)
       RETURNING ${RECIPIENT_COLUMNS}`,
      [committeeId, body.fullName, body.email, body.role],
    );
    return rows[0]!;
  }

  async update(manager: EntityManager, id: string, change: Partial<RecipientBody>): Promise<RecipientRow> {
    // An UPDATE answers [rows, affected count].
    const [rows] = await manager.query<[RecipientRow[], number]>(
      `UPDATE committee_recipients SET full_name = COALESCE($2, full_name), email = COALESCE($3, email),
              role = COALESCE($4, role)
        WHERE id = $1 RETURNING ${RECIPIENT_COLUMNS}`,
      [id, change.fullName ?? null, change.email ?? null, change.role ?? null],
    );
    return rows[0]!;
  }

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE committee_recipients SET removed_at = now() WHERE id = $1 AND removed_at IS NULL`, [
      id,
    ]);
  }
}
