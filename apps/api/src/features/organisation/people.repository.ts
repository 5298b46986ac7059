import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch, type PersonView } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { pageClause, personSearchFilter } from '../../core/database/sql-fragments';

export type PersonRow = PersonView & { unitPath: string };

const PERSON_COLUMNS = `
  p.id, p.full_name AS "fullName", p.gender, p.birth_year AS "birthYear", p.email, p.phone,
  json_build_object('id', u.id, 'name', u.name) AS unit, u.path AS "unitPath",
  EXISTS (SELECT 1 FROM users a WHERE a.person_id = p.id) AS "hasAccount",
  COALESCE((SELECT json_agg(json_build_object('assignmentId', pa.id, 'unit', json_build_object('id', pu.id, 'name', pu.name),
                                             'kind', pa.kind, 'role', pa.role) ORDER BY pa.valid_from)
              FROM position_assignments pa JOIN units pu ON pu.id = pa.unit_id
             WHERE pa.person_id = p.id AND pa.valid_to IS NULL), '[]') AS positions`;

/** Members and their current unit (the open membership). */
@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<PersonRow | null> {
    const rows: PersonRow[] = await manager.query(
      `SELECT ${PERSON_COLUMNS}
         FROM people p
         JOIN memberships m ON m.person_id = p.id AND m.valid_to IS NULL
         JOIN units u ON u.id = m.unit_id
        WHERE p.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async list(
    patterns: string[],
    search: string | undefined,
    page: number,
    pageSize: number,
  ): Promise<{ rows: PersonRow[]; total: number }> {
    const params: unknown[] = [patterns];
    const filter = personSearchFilter(params, search, 'p');
    const paging = pageClause(params, page, pageSize);
    const rows: (PersonRow & { total: number })[] = await this.db.query(
      `SELECT ${PERSON_COLUMNS}, count(*) OVER ()::int AS total
         FROM memberships m
         JOIN units u ON u.id = m.unit_id
         JOIN people p ON p.id = m.person_id
        WHERE m.valid_to IS NULL AND u.path LIKE ANY($1) ${filter}
        ORDER BY p.name_search, p.id
        ${paging}`,
      params,
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }

  async insert(
    manager: EntityManager,
    person: {
      id: string;
      unitId: string;
      fullName: string;
      gender?: string;
      birthYear?: number;
      email?: string;
      phone?: string;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO people (id, full_name, name_search, gender, birth_year, email, phone) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        person.id,
        person.fullName,
        foldForSearch(person.fullName),
        person.gender ?? null,
        person.birthYear ?? null,
        person.email ?? null,
        person.phone ?? null,
      ],
    );
    await manager.query(`INSERT INTO memberships (person_id, unit_id) VALUES ($1, $2)`, [person.id, person.unitId]);
  }

  /** The person's current unit path, when she is a current member somewhere. */
  async currentUnitPath(
    personId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ unitId: string; path: string } | null> {
    const rows: { unitId: string; path: string }[] = await manager.query(
      `SELECT u.id AS "unitId", u.path FROM memberships m JOIN units u ON u.id = m.unit_id
        WHERE m.person_id = $1 AND m.valid_to IS NULL`,
      [personId],
    );
    return rows[0] ?? null;
  }
}
