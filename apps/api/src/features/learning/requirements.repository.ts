import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PositionKind, RequirementView } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';

type RequirementRow = Omit<RequirementView, 'dueAt' | 'createdAt'> & { dueAt: Date | null; createdAt: Date };

@Injectable()
export class RequirementsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(courseId: string, ids?: string[]): Promise<RequirementRow[]> {
    return this.db.query(
      `SELECT r.id, json_build_object('id', u.id, 'name', u.name) AS unit, r.positions, r.include_reserves AS "includeReserves",
              r.due_at AS "dueAt", r.created_at AS "createdAt", json_build_object('id', cb.id, 'name', cp.full_name) AS "createdBy",
              (SELECT count(*)::int FROM enrolments e WHERE e.requirement_id = r.id) AS enrolled,
              (SELECT count(*)::int FROM enrolments e WHERE e.requirement_id = r.id AND e.completed_at IS NOT NULL) AS completed
         FROM course_requirements r
         JOIN units u ON u.id = r.unit_id
         JOIN users cb ON cb.id = r.created_by
         JOIN people cp ON cp.id = cb.person_id
        WHERE r.course_id = $1 AND r.ended_at IS NULL AND ($2::uuid[] IS NULL OR r.id = ANY($2))
        ORDER BY r.created_at`,
      [courseId, ids ?? null],
    );
  }

  async insert(
    manager: EntityManager,
    r: {
      courseId: string;
      unitId: string;
      positions: PositionKind[];
      includeReserves: boolean;
      dueAt: string | null;
      createdBy: string;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO course_requirements (course_id, unit_id, positions, include_reserves, due_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [r.courseId, r.unitId, r.positions, r.includeReserves, r.dueAt, r.createdBy],
    );
    return rows[0]!.id;
  }

  async findCurrent(
    manager: EntityManager,
    id: string,
  ): Promise<{ courseId: string; unitId: string; unitPath: string } | null> {
    const rows: { courseId: string; unitId: string; unitPath: string }[] = await manager.query(
      `SELECT r.course_id AS "courseId", r.unit_id AS "unitId", u.path AS "unitPath"
         FROM course_requirements r JOIN units u ON u.id = r.unit_id WHERE r.id = $1 AND r.ended_at IS NULL FOR UPDATE OF r`,
      [id],
    );
    return rows[0] ?? null;
  }

  async end(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE course_requirements SET ended_at = now() WHERE id = $1`, [id]);
  }

  /**
   * Enrols, in the latest published version, every holder (and reserve, where asked) of a required
   * position in the requirement's subtree who was never enrolled through that requirement. Narrowed to
   * some requirements or some people; idempotent, so it is safe to run at any time.
   */
  async apply(
    manager: EntityManager | DataSource,
    filter: { requirementIds?: string[]; personIds?: string[] },
  ): Promise<number> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO enrolments (person_id, course_id, version_id, source, due_at, requirement_id)
       SELECT DISTINCT ON (pa.person_id, r.course_id) pa.person_id, r.course_id, v.id, 'requirement', r.due_at, r.id
         FROM course_requirements r
         JOIN units ru ON ru.id = r.unit_id
         JOIN LATERAL (SELECT cv.id FROM course_versions cv WHERE cv.course_id = r.course_id AND cv.status = 'published'
                        ORDER BY cv.version_no DESC LIMIT 1) v ON true
         JOIN units pu ON pu.path LIKE ru.path || '%' AND pu.valid_to IS NULL
         JOIN position_assignments pa ON pa.unit_id = pu.id AND pa.valid_to IS NULL AND pa.kind = ANY(r.positions)
                                     AND (pa.role = 'holder' OR r.include_reserves)
        WHERE r.ended_at IS NULL
          AND ($1::uuid[] IS NULL OR r.id = ANY($1))
          AND ($2::uuid[] IS NULL OR pa.person_id = ANY($2))
          AND NOT EXISTS (SELECT 1 FROM enrolments x WHERE x.person_id = pa.person_id AND x.requirement_id = r.id)
        ORDER BY pa.person_id, r.course_id, r.due_at NULLS LAST
       ON CONFLICT (person_id, course_id) WHERE ended_at IS NULL DO NOTHING
       RETURNING id`,
      [filter.requirementIds ?? null, filter.personIds ?? null],
    );
    return rows.length;
  }
}
