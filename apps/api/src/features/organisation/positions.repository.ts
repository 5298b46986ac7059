import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PositionAssignmentView, PositionKind, PositionRole } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';

interface AssignmentRow {
  id: string;
  kind: PositionKind;
  role: PositionRole;
  person: { id: string; name: string };
  validFrom: Date;
}

const ASSIGNMENT_COLUMNS = `pa.id, pa.kind, pa.role, json_build_object('id', p.id, 'name', p.full_name) AS person, pa.valid_from AS "validFrom"`;

export function toAssignmentView(row: AssignmentRow): PositionAssignmentView {
  return { ...row, validFrom: row.validFrom.toISOString() };
}

/** Holders and reserves of a unit's positions; ending one sets valid_to, so history stays. */
@Injectable()
export class PositionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async currentForUnit(unitId: string, manager: EntityManager = this.db.manager): Promise<AssignmentRow[]> {
    return manager.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM position_assignments pa JOIN people p ON p.id = pa.person_id
        WHERE pa.unit_id = $1 AND pa.valid_to IS NULL ORDER BY pa.kind, pa.role, pa.valid_from`,
      [unitId],
    );
  }

  async insert(
    manager: EntityManager,
    a: { unitId: string; kind: PositionKind; role: PositionRole; personId: string },
  ): Promise<AssignmentRow> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO position_assignments (unit_id, kind, role, person_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [a.unitId, a.kind, a.role, a.personId],
    );
    const found: AssignmentRow[] = await manager.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM position_assignments pa JOIN people p ON p.id = pa.person_id WHERE pa.id = $1`,
      [rows[0]!.id],
    );
    return found[0]!;
  }

  async findCurrent(
    manager: EntityManager,
    id: string,
  ): Promise<{ id: string; unitId: string; unitPath: string; kind: string; role: string; personId: string } | null> {
    const rows: { id: string; unitId: string; unitPath: string; kind: string; role: string; personId: string }[] =
      await manager.query(
        `SELECT pa.id, pa.unit_id AS "unitId", u.path AS "unitPath", pa.kind, pa.role, pa.person_id AS "personId"
         FROM position_assignments pa JOIN units u ON u.id = pa.unit_id
        WHERE pa.id = $1 AND pa.valid_to IS NULL FOR UPDATE OF pa`,
        [id],
      );
    return rows[0] ?? null;
  }

  async end(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.query(`UPDATE position_assignments SET valid_to = $2 WHERE id = $1`, [id, at]);
  }
}
