import { foldForSearch, POSITION_KINDS, type PositionKind } from '@sen/contracts';
import type { Pool, PoolClient } from 'pg';
import type { Rng } from '../../src/database/seed/prng';

/**
 * A random history of everything the completion analytics read — units, people, position assignments,
 * requirements, enrolments, quiz attempts — written through real statements (multi-row and single-row,
 * in transactions, some rolled back), so a test can compare the counters the triggers kept with a
 * computation from scratch. Every change is valid for the schema's constraints: a small model of the
 * rows tracks what exists. Unit moves go through the caller's `move` (the application's own code).
 */

const DAY = 86_400_000;
/** Vietnam is UTC+7 all year. */
const VIETNAM_OFFSET = 7 * 3_600_000;
const SINGLE_HOLDER: readonly PositionKind[] = ['president', 'branch_head'];

interface Unit {
  id: string;
  path: string;
  level: 'province' | 'district' | 'commune' | 'branch';
}

interface Assignment {
  id: string;
  unitId: string;
  kind: PositionKind;
  role: 'holder' | 'reserve';
  personId: string;
  validFrom: number;
  validTo: number | null;
}

interface Requirement {
  id: string;
  createdAt: number;
  endedAt: number | null;
}

interface Enrolment {
  id: string;
  personId: string;
  courseId: string;
  versionId: string;
  completedAt: number | null;
  endedAt: number | null;
}

interface Attempt {
  id: string;
  quizId: string;
  personId: string;
  status: 'in_progress' | 'submitted';
  /** Made by the workload (it never deletes the demo's, which have questions attached). */
  own: boolean;
}

interface Model {
  units: Unit[];
  people: { id: string; unitId: string }[];
  assignments: Assignment[];
  requirements: Requirement[];
  enrolments: Enrolment[];
  attempts: Attempt[];
}

export interface WorkloadFacts {
  courses: { courseId: string; versionId: string }[];
  stepQuizzes: { quizId: string; versionId: string }[];
  contestQuizId: string | null;
  trainerUserId: string;
  levelIds: Record<Unit['level'], string>;
}

/** Moves a unit under a new parent the way the application does (its service or repository). */
export type MoveUnit = (unitId: string, newParentId: string) => Promise<void>;

export interface WorkloadStats {
  batches: number;
  statements: number;
  rolledBack: number;
  moves: number;
  byOperation: Record<string, number>;
}

type Operation = (db: PoolClient) => Promise<void>;

export class AnalyticsWorkload {
  private model!: Model;
  private facts!: WorkloadFacts;
  readonly stats: WorkloadStats = { batches: 0, statements: 0, rolledBack: 0, moves: 0, byOperation: {} };
  private readonly now = Date.now();

  constructor(
    private readonly pool: Pool,
    private readonly rng: Rng,
    private readonly move: MoveUnit,
  ) {}

  /** Reads the current rows (the demo seed's and any earlier run's) into the model. */
  async load(): Promise<void> {
    const q = async <T>(sql: string): Promise<T[]> => (await this.pool.query(sql)).rows as T[];
    const levels = await q<{ code: Unit['level']; id: string }>(`SELECT code, id FROM unit_levels`);
    this.facts = {
      courses: await q(
        `SELECT c.id AS "courseId", v.id AS "versionId" FROM courses c
           JOIN course_versions v ON v.course_id = c.id AND v.status = 'published' ORDER BY c.id, v.version_no`,
      ),
      stepQuizzes: await q(
        `SELECT qz.id AS "quizId", m.version_id AS "versionId" FROM quizzes qz
           JOIN lessons l ON l.id = qz.lesson_id JOIN course_modules m ON m.id = l.module_id
          WHERE qz.kind = 'step' ORDER BY qz.id`,
      ),
      contestQuizId:
        (await q<{ id: string }>(`SELECT id FROM quizzes WHERE kind = 'contest' ORDER BY id LIMIT 1`))[0]?.id ?? null,
      trainerUserId: (await q<{ id: string }>(`SELECT id FROM users WHERE email = 'trainer@example.org'`))[0]!.id,
      levelIds: Object.fromEntries(levels.map((l) => [l.code, l.id])) as Record<Unit['level'], string>,
    };
    const time = (value: Date | null): number | null => (value === null ? null : value.getTime());
    this.model = {
      units: await this.readUnits(),
      people: await q(
        `SELECT person_id AS id, unit_id AS "unitId" FROM memberships WHERE valid_to IS NULL ORDER BY person_id`,
      ),
      assignments: (
        await q<Omit<Assignment, 'validFrom' | 'validTo'> & { validFrom: Date; validTo: Date | null }>(
          `SELECT id, unit_id AS "unitId", kind, role, person_id AS "personId", valid_from AS "validFrom",
                  valid_to AS "validTo" FROM position_assignments ORDER BY id`,
        )
      ).map((a) => ({ ...a, validFrom: a.validFrom.getTime(), validTo: time(a.validTo) })),
      requirements: (
        await q<{ id: string; createdAt: Date; endedAt: Date | null }>(
          `SELECT id, created_at AS "createdAt", ended_at AS "endedAt" FROM course_requirements ORDER BY id`,
        )
      ).map((r) => ({ id: r.id, createdAt: r.createdAt.getTime(), endedAt: time(r.endedAt) })),
      enrolments: (
        await q<Omit<Enrolment, 'completedAt' | 'endedAt'> & { completedAt: Date | null; endedAt: Date | null }>(
          `SELECT id, person_id AS "personId", course_id AS "courseId", version_id AS "versionId",
                  completed_at AS "completedAt", ended_at AS "endedAt" FROM enrolments ORDER BY id`,
        )
      ).map((e) => ({ ...e, completedAt: time(e.completedAt), endedAt: time(e.endedAt) })),
      attempts: (
        await q<Omit<Attempt, 'own'>>(
          `SELECT id, quiz_id AS "quizId", person_id AS "personId", status FROM quiz_attempts ORDER BY id`,
        )
      ).map((a) => ({ ...a, own: false })),
    };
  }

  private async readUnits(): Promise<Unit[]> {
    const { rows } = await this.pool.query<Unit>(
      `SELECT u.id, u.path, l.code AS level FROM units u JOIN unit_levels l ON l.id = u.level_id
        WHERE u.valid_to IS NULL ORDER BY u.path`,
    );
    return rows;
  }

  /** `batches` batches of 1–6 changes: in a transaction (committed or rolled back) or one by one; now and then a move. */
  async run(batches: number): Promise<void> {
    for (let b = 0; b < batches; b++) {
      this.stats.batches++;
      if (this.rng.chance(0.04)) {
        await this.moveSomeUnit();
        continue;
      }
      const size = this.rng.int(1, 6);
      const mode = this.rng.weighted(['transaction', 'autocommit', 'rollback'] as const, [6, 3, 1]);
      const db = await this.pool.connect();
      try {
        if (mode === 'autocommit') {
          for (let i = 0; i < size; i++) await this.step(db);
        } else {
          const before = structuredClone(this.model);
          await db.query('BEGIN');
          for (let i = 0; i < size; i++) await this.step(db);
          if (mode === 'rollback') {
            await db.query('ROLLBACK');
            this.model = before;
            this.stats.rolledBack++;
          } else {
            await db.query('COMMIT');
          }
        }
      } catch (error) {
        await db.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        db.release();
      }
    }
  }

  private async step(db: PoolClient): Promise<void> {
    const operations: [string, number, Operation][] = [
      ['units', 2, (c) => this.addUnits(c)],
      ['people', 4, (c) => this.addPeople(c)],
      ['assign', 10, (c) => this.assign(c)],
      ['close assignment', 5, (c) => this.closeAssignments(c)],
      ['reopen assignment', 3, (c) => this.reopenAssignments(c)],
      ['change role', 2, (c) => this.changeRole(c)],
      ['delete assignment', 1, (c) => this.deleteAssignment(c)],
      ['require', 3, (c) => this.addRequirements(c)],
      ['change requirement', 3, (c) => this.changeRequirements(c)],
      ['enrol', 8, (c) => this.enrol(c)],
      ['complete', 8, (c) => this.complete(c)],
      ['uncomplete', 2, (c) => this.uncomplete(c)],
      ['end enrolment', 3, (c) => this.endEnrolments(c)],
      ['attempt', 8, (c) => this.attempt(c)],
      ['submit', 3, (c) => this.submitInProgress(c)],
      ['regrade', 2, (c) => this.regrade(c)],
      ['contest attempt', 1, (c) => this.contestAttempt(c)],
      ['delete attempt', 1, (c) => this.deleteAttempts(c)],
    ];
    const [name, , operation] = this.rng.weighted(
      operations,
      operations.map(([, weight]) => weight),
    );
    this.stats.byOperation[name] = (this.stats.byOperation[name] ?? 0) + 1;
    await operation(db);
  }

  private async exec(db: PoolClient, sql: string, params: unknown[]): Promise<void> {
    this.stats.statements++;
    await db.query(sql, params);
  }

  // ------------------------------------------------------------------------------------------
  // Times: anywhere in the last two years, often exactly on a Vietnam midnight or just before it.

  private vietnamMidnight(at: number): number {
    return Math.floor((at + VIETNAM_OFFSET) / DAY) * DAY - VIETNAM_OFFSET;
  }

  private somewhereIn(day: number): number {
    const roll = this.rng.next();
    if (roll < 0.15) return day;
    if (roll < 0.25) return day + DAY - 1;
    return day + this.rng.int(0, DAY - 1);
  }

  private past(): number {
    return this.somewhereIn(this.vietnamMidnight(this.now - this.rng.int(1, 700) * DAY));
  }

  /** Strictly after `t`: the same day sometimes, now and then in the future. */
  private after(t: number): number {
    const roll = this.rng.next();
    if (roll < 0.15) return t + this.rng.int(1, 3_600_000);
    if (roll < 0.25) return this.vietnamMidnight(t) + DAY;
    const days = roll < 0.3 ? this.rng.int(1, 60) + Math.max(0, Math.ceil((this.now - t) / DAY)) : this.rng.int(1, 300);
    const at = this.somewhereIn(this.vietnamMidnight(t + days * DAY));
    return at > t ? at : t + 1;
  }

  private iso(t: number | null): string | null {
    return t === null ? null : new Date(t).toISOString();
  }

  private some<T>(items: readonly T[], max: number): T[] {
    return this.rng.shuffle(items).slice(0, this.rng.int(1, max));
  }

  // ------------------------------------------------------------------------------------------
  // Units and people

  private async addUnits(db: PoolClient): Promise<void> {
    const rows: { id: string; parentId: string; level: Unit['level']; path: string; depth: number; name: string }[] =
      [];
    for (let i = this.rng.int(1, 3); i > 0; i--) {
      const level = this.rng.weighted(['district', 'commune', 'branch'] as const, [1, 3, 5]);
      const parentLevel = level === 'district' ? 'province' : level === 'commune' ? 'district' : 'commune';
      const parent = this.rng.pick(this.model.units.filter((u) => u.level === parentLevel));
      const id = this.rng.uuid();
      const path = `${parent.path}${id}/`;
      rows.push({ id, parentId: parent.id, level, path, depth: path.split('/').length - 3, name: `Đơn vị ${id}` });
      this.model.units.push({ id, path, level });
    }
    await this.exec(
      db,
      `INSERT INTO units (id, parent_id, level_id, name, name_search, path, depth)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[])`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.parentId),
        rows.map((r) => this.facts.levelIds[r.level]),
        rows.map((r) => r.name),
        rows.map((r) => foldForSearch(r.name)),
        rows.map((r) => r.path),
        rows.map((r) => r.depth),
      ],
    );
  }

  private async addPeople(db: PoolClient): Promise<void> {
    const people = Array.from({ length: this.rng.int(1, 6) }, () => ({
      id: this.rng.uuid(),
      unitId: this.rng.pick(this.model.units).id,
    }));
    await this.exec(
      db,
      `INSERT INTO people (id, full_name, name_search, gender)
       SELECT id, 'Người thử ' || id, 'nguoi thu ' || id, 'female' FROM unnest($1::uuid[]) id`,
      [people.map((p) => p.id)],
    );
    await this.exec(db, `INSERT INTO memberships (person_id, unit_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
      people.map((p) => p.id),
      people.map((p) => p.unitId),
    ]);
    this.model.people.push(...people);
  }

  // ------------------------------------------------------------------------------------------
  // Position assignments

  /** Whether opening this assignment keeps the unique indexes (one current row per person and position, one holder). */
  private canOpen(a: Pick<Assignment, 'id' | 'unitId' | 'kind' | 'role' | 'personId'>): boolean {
    return !this.model.assignments.some(
      (o) =>
        o.id !== a.id &&
        o.validTo === null &&
        o.unitId === a.unitId &&
        o.kind === a.kind &&
        (o.personId === a.personId || (a.role === 'holder' && o.role === 'holder' && SINGLE_HOLDER.includes(a.kind))),
    );
  }

  private randomKind(unit: Unit): PositionKind {
    if (this.rng.chance(0.1)) return this.rng.pick(POSITION_KINDS);
    return unit.level === 'branch'
      ? this.rng.pick(['branch_head', 'branch_vice_head'] as const)
      : this.rng.pick(['president', 'vice_president', 'executive_member', 'full_time_staff'] as const);
  }

  private async assign(db: PoolClient): Promise<void> {
    const rows: Assignment[] = [];
    for (let i = this.rng.int(1, 5); i > 0; i--) {
      const unit = this.rng.pick(this.model.units);
      const validFrom = this.past();
      const row: Assignment = {
        id: this.rng.uuid(),
        unitId: unit.id,
        kind: this.randomKind(unit),
        role: this.rng.chance(0.6) ? 'holder' : 'reserve',
        personId: this.rng.pick(this.model.people).id,
        validFrom,
        validTo: this.rng.chance(0.25) ? this.after(validFrom) : null,
      };
      if (row.validTo !== null || this.canOpen(row)) {
        rows.push(row);
        this.model.assignments.push(row);
      }
    }
    if (rows.length === 0) return;
    await this.exec(
      db,
      `INSERT INTO position_assignments (id, unit_id, kind, role, person_id, valid_from, valid_to)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::timestamptz[], $7::timestamptz[])`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.unitId),
        rows.map((r) => r.kind),
        rows.map((r) => r.role),
        rows.map((r) => r.personId),
        rows.map((r) => this.iso(r.validFrom)),
        rows.map((r) => this.iso(r.validTo)),
      ],
    );
  }

  private async closeAssignments(db: PoolClient): Promise<void> {
    const open = this.some(
      this.model.assignments.filter((a) => a.validTo === null),
      4,
    );
    if (open.length === 0) return;
    for (const a of open) a.validTo = this.after(a.validFrom);
    if (open.length === 1) {
      await this.exec(db, `UPDATE position_assignments SET valid_to = $2 WHERE id = $1`, [
        open[0]!.id,
        this.iso(open[0]!.validTo),
      ]);
      return;
    }
    await this.exec(
      db,
      `UPDATE position_assignments pa SET valid_to = v.valid_to
         FROM unnest($1::uuid[], $2::timestamptz[]) v(id, valid_to) WHERE pa.id = v.id`,
      [open.map((a) => a.id), open.map((a) => this.iso(a.validTo))],
    );
  }

  /** Reopened (valid_to cleared) where the unique indexes allow, else closed at another time. */
  private async reopenAssignments(db: PoolClient): Promise<void> {
    const closed = this.some(
      this.model.assignments.filter((a) => a.validTo !== null),
      3,
    );
    if (closed.length === 0) return;
    for (const a of closed) a.validTo = this.canOpen(a) ? null : this.after(a.validFrom);
    await this.exec(
      db,
      `UPDATE position_assignments pa SET valid_to = v.valid_to
         FROM unnest($1::uuid[], $2::timestamptz[]) v(id, valid_to) WHERE pa.id = v.id`,
      [closed.map((a) => a.id), closed.map((a) => this.iso(a.validTo))],
    );
  }

  private async changeRole(db: PoolClient): Promise<void> {
    const a = this.rng.pick(this.model.assignments);
    const changed = { ...a, role: a.role === 'holder' ? ('reserve' as const) : ('holder' as const) };
    if (a.validTo === null && !this.canOpen(changed)) return;
    a.role = changed.role;
    await this.exec(db, `UPDATE position_assignments SET role = $2 WHERE id = $1`, [a.id, a.role]);
  }

  private async deleteAssignment(db: PoolClient): Promise<void> {
    const gone = this.some(this.model.assignments, 2);
    this.model.assignments = this.model.assignments.filter((a) => !gone.includes(a));
    await this.exec(db, `DELETE FROM position_assignments WHERE id = ANY($1::uuid[])`, [gone.map((a) => a.id)]);
  }

  // ------------------------------------------------------------------------------------------
  // Requirements

  private randomPositions(): PositionKind[] {
    return this.some(POSITION_KINDS, 4);
  }

  private requirementUnit(): Unit {
    const province = this.model.units.filter((u) => u.level === 'province');
    return this.rng.chance(0.3) ? this.rng.pick(province) : this.rng.pick(this.model.units);
  }

  private async addRequirements(db: PoolClient): Promise<void> {
    const rows = Array.from({ length: this.rng.int(1, 2) }, () => {
      const createdAt = this.past();
      return {
        id: this.rng.uuid(),
        courseId: this.rng.pick(this.facts.courses).courseId,
        unitId: this.requirementUnit().id,
        positions: `{${this.randomPositions().join(',')}}`,
        includeReserves: this.rng.chance(0.5),
        createdAt,
        // Now and then ended on the very instant it was made: an empty period.
        endedAt: this.rng.chance(0.2) ? (this.rng.chance(0.1) ? createdAt : this.after(createdAt)) : null,
      };
    });
    this.model.requirements.push(...rows.map((r) => ({ id: r.id, createdAt: r.createdAt, endedAt: r.endedAt })));
    await this.exec(
      db,
      `INSERT INTO course_requirements (id, course_id, unit_id, positions, include_reserves, created_by, created_at, ended_at)
       SELECT id, course_id, unit_id, positions::text[], include_reserves, $8, created_at, ended_at
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::boolean[], $6::timestamptz[], $7::timestamptz[])
              AS r(id, course_id, unit_id, positions, include_reserves, created_at, ended_at)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.courseId),
        rows.map((r) => r.unitId),
        rows.map((r) => r.positions),
        rows.map((r) => r.includeReserves),
        rows.map((r) => this.iso(r.createdAt)),
        rows.map((r) => this.iso(r.endedAt)),
        this.facts.trainerUserId,
      ],
    );
  }

  /** Ended (as the app does), reopened, or rescoped: other positions, reserves, unit. */
  private async changeRequirements(db: PoolClient): Promise<void> {
    if (this.model.requirements.length === 0) return;
    const change = this.rng.pick(['end', 'reopen', 'positions', 'reserves', 'unit', 'many'] as const);
    const r = this.rng.pick(this.model.requirements);
    switch (change) {
      case 'end':
        r.endedAt = this.after(r.createdAt);
        return this.exec(db, `UPDATE course_requirements SET ended_at = $2 WHERE id = $1`, [r.id, this.iso(r.endedAt)]);
      case 'reopen':
        r.endedAt = null;
        return this.exec(db, `UPDATE course_requirements SET ended_at = NULL WHERE id = $1`, [r.id]);
      case 'positions':
        return this.exec(db, `UPDATE course_requirements SET positions = $2 WHERE id = $1`, [
          r.id,
          this.randomPositions(),
        ]);
      case 'reserves':
        return this.exec(db, `UPDATE course_requirements SET include_reserves = NOT include_reserves WHERE id = $1`, [
          r.id,
        ]);
      case 'unit':
        return this.exec(db, `UPDATE course_requirements SET unit_id = $2 WHERE id = $1`, [
          r.id,
          this.requirementUnit().id,
        ]);
      case 'many': {
        const ended = this.some(this.model.requirements, 5);
        for (const x of ended) x.endedAt = this.after(x.createdAt);
        return this.exec(
          db,
          `UPDATE course_requirements r SET ended_at = v.ended_at
             FROM unnest($1::uuid[], $2::timestamptz[]) v(id, ended_at) WHERE r.id = v.id`,
          [ended.map((x) => x.id), ended.map((x) => this.iso(x.endedAt))],
        );
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // Enrolments

  private current(): Enrolment[] {
    return this.model.enrolments.filter((e) => e.endedAt === null);
  }

  /** New enrolments of people with none current in the course; some completed already (an import). */
  private async enrol(db: PoolClient): Promise<void> {
    const rows: Enrolment[] = [];
    // People in positions mostly, as requirements enrol them.
    const assigned = this.model.assignments.map((a) => a.personId);
    for (let i = this.rng.int(1, 6); i > 0; i--) {
      const personId =
        this.rng.chance(0.8) && assigned.length ? this.rng.pick(assigned) : this.rng.pick(this.model.people).id;
      const course = this.rng.pick(this.facts.courses);
      if (
        this.model.enrolments.some(
          (e) => e.endedAt === null && e.personId === personId && e.courseId === course.courseId,
        )
      )
        continue;
      const row: Enrolment = {
        id: this.rng.uuid(),
        personId,
        ...course,
        completedAt: this.rng.chance(0.2) ? this.past() : null,
        endedAt: null,
      };
      rows.push(row);
      this.model.enrolments.push(row);
    }
    if (rows.length === 0) return;
    await this.exec(
      db,
      `INSERT INTO enrolments (id, person_id, course_id, version_id, source, completed_at)
       SELECT id, person_id, course_id, version_id, 'manual', completed_at
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[])
              AS e(id, person_id, course_id, version_id, completed_at)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.personId),
        rows.map((r) => r.courseId),
        rows.map((r) => r.versionId),
        rows.map((r) => this.iso(r.completedAt)),
      ],
    );
  }

  private async setCompletion(db: PoolClient, rows: Enrolment[]): Promise<void> {
    if (rows.length === 0) return;
    if (rows.length === 1 && this.rng.chance(0.5)) {
      return this.exec(db, `UPDATE enrolments SET completed_at = $2 WHERE id = $1`, [
        rows[0]!.id,
        this.iso(rows[0]!.completedAt),
      ]);
    }
    await this.exec(
      db,
      `UPDATE enrolments e SET completed_at = v.completed_at
         FROM unnest($1::uuid[], $2::timestamptz[]) v(id, completed_at) WHERE e.id = v.id`,
      [rows.map((r) => r.id), rows.map((r) => this.iso(r.completedAt))],
    );
  }

  private async complete(db: PoolClient): Promise<void> {
    const rows = this.some(
      this.current().filter((e) => e.completedAt === null),
      5,
    );
    for (const e of rows) e.completedAt = this.past();
    await this.setCompletion(db, rows);
  }

  /** A regrade reopening a course (or a completion moved to another time). */
  private async uncomplete(db: PoolClient): Promise<void> {
    const rows = this.some(
      this.model.enrolments.filter((e) => e.completedAt !== null),
      3,
    );
    for (const e of rows) e.completedAt = this.rng.chance(0.7) ? null : this.past();
    await this.setCompletion(db, rows);
  }

  private async endEnrolments(db: PoolClient): Promise<void> {
    const rows = this.some(this.current(), 3);
    if (rows.length === 0) return;
    for (const e of rows) e.endedAt = this.past();
    await this.exec(
      db,
      `UPDATE enrolments e SET ended_at = v.ended_at
         FROM unnest($1::uuid[], $2::timestamptz[]) v(id, ended_at) WHERE e.id = v.id`,
      [rows.map((r) => r.id), rows.map((r) => this.iso(r.endedAt))],
    );
  }

  // ------------------------------------------------------------------------------------------
  // Quiz attempts

  private nextAttemptNo(quizId: string, personId: string): number {
    return this.model.attempts.filter((a) => a.quizId === quizId && a.personId === personId).length + 1;
  }

  private unitOf(personId: string): string {
    return (this.model.people.find((p) => p.id === personId) ?? this.model.people[0]!).unitId;
  }

  /** A grade: passed or failed, submitted on time or closed at its deadline (no submission time). */
  private grade(): { passed: boolean; submittedAt: string | null; gradedAsOf: string; score: number } {
    const at = this.past();
    const passed = this.rng.chance(0.6);
    const late = this.rng.chance(0.15);
    return {
      passed,
      submittedAt: late ? null : this.iso(at),
      gradedAsOf: this.iso(at)!,
      score: passed ? 90 : 40,
    };
  }

  /** Attempts at quiz steps of a version she is enrolled in (as the app requires): most submitted, some left open. */
  private async attempt(db: PoolClient): Promise<void> {
    const rows: (Attempt & {
      enrolmentId: string;
      unitId: string;
      attemptNo: number;
      grade: ReturnType<AnalyticsWorkload['grade']> | null;
    })[] = [];
    for (let i = this.rng.int(1, 4); i > 0; i--) {
      const enrolment = this.rng.pick(this.current());
      const quizzes = this.facts.stepQuizzes.filter((q) => q.versionId === enrolment.versionId);
      if (quizzes.length === 0) continue;
      // Often every step of the version, so that "passed" (all steps passed) happens.
      const chosen = this.rng.chance(0.4) ? quizzes : [this.rng.pick(quizzes)];
      for (const quiz of chosen) {
        const inProgress = this.rng.chance(0.15);
        if (
          inProgress &&
          this.model.attempts.some(
            (a) => a.quizId === quiz.quizId && a.personId === enrolment.personId && a.status === 'in_progress',
          )
        )
          continue;
        const row = {
          id: this.rng.uuid(),
          quizId: quiz.quizId,
          personId: enrolment.personId,
          status: inProgress ? ('in_progress' as const) : ('submitted' as const),
          own: true,
          enrolmentId: enrolment.id,
          unitId: this.unitOf(enrolment.personId),
          attemptNo: this.nextAttemptNo(quiz.quizId, enrolment.personId),
          grade: inProgress ? null : this.grade(),
        };
        rows.push(row);
        this.model.attempts.push(row);
      }
    }
    if (rows.length === 0) return;
    await this.exec(
      db,
      `INSERT INTO quiz_attempts (id, quiz_id, person_id, enrolment_id, unit_id, attempt_no, status, submitted_at,
                                  graded_as_of, score, max_score, percent, passed, last_request_id)
       SELECT id, quiz_id, person_id, enrolment_id, unit_id, attempt_no, status, submitted_at, graded_as_of,
              score, CASE WHEN score IS NOT NULL THEN 100 END, score, passed, 'analytics-exactness'
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::int[], $7::text[],
                     $8::timestamptz[], $9::timestamptz[], $10::numeric[], $11::boolean[])
              AS a(id, quiz_id, person_id, enrolment_id, unit_id, attempt_no, status, submitted_at, graded_as_of, score, passed)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.quizId),
        rows.map((r) => r.personId),
        rows.map((r) => r.enrolmentId),
        rows.map((r) => r.unitId),
        rows.map((r) => r.attemptNo),
        rows.map((r) => r.status),
        rows.map((r) => r.grade?.submittedAt ?? null),
        rows.map((r) => r.grade?.gradedAsOf ?? null),
        rows.map((r) => r.grade?.score ?? null),
        rows.map((r) => r.grade?.passed ?? null),
      ],
    );
  }

  private async submitInProgress(db: PoolClient): Promise<void> {
    const open = this.some(
      this.model.attempts.filter((a) => a.status === 'in_progress'),
      3,
    );
    if (open.length === 0) return;
    const grades = open.map(() => this.grade());
    for (const a of open) a.status = 'submitted';
    await this.exec(
      db,
      `UPDATE quiz_attempts a SET status = 'submitted', submitted_at = v.submitted_at, graded_as_of = v.graded_as_of,
              score = v.score, max_score = 100, percent = v.score, passed = v.passed
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::numeric[], $5::boolean[])
              AS v(id, submitted_at, graded_as_of, score, passed)
        WHERE a.id = v.id`,
      [
        open.map((a) => a.id),
        grades.map((g) => g.submittedAt),
        grades.map((g) => g.gradedAsOf),
        grades.map((g) => g.score),
        grades.map((g) => g.passed),
      ],
    );
  }

  /** A regrade: every submitted attempt of a quiz flips, or a few of them. */
  private async regrade(db: PoolClient): Promise<void> {
    const submitted = this.model.attempts.filter((a) => a.status === 'submitted');
    if (submitted.length === 0) return;
    if (this.rng.chance(0.5)) {
      const quizId = this.rng.pick(submitted).quizId;
      return this.exec(
        db,
        `UPDATE quiz_attempts SET passed = NOT passed, regraded_at = now() WHERE quiz_id = $1 AND status = 'submitted'`,
        [quizId],
      );
    }
    await this.exec(
      db,
      `UPDATE quiz_attempts SET passed = NOT passed, regraded_at = now() WHERE id = ANY($1::uuid[])`,
      [this.some(submitted, 4).map((a) => a.id)],
    );
  }

  /** Contest attempts have no enrolment and count for no course's analytics. */
  private async contestAttempt(db: PoolClient): Promise<void> {
    const quizId = this.facts.contestQuizId;
    if (quizId === null) return;
    const person = this.rng.pick(this.model.people);
    const row: Attempt = { id: this.rng.uuid(), quizId, personId: person.id, status: 'submitted', own: true };
    const attemptNo = this.nextAttemptNo(quizId, person.id);
    this.model.attempts.push(row);
    const grade = this.grade();
    await this.exec(
      db,
      `INSERT INTO quiz_attempts (id, quiz_id, person_id, unit_id, attempt_no, status, submitted_at, graded_as_of,
                                  score, max_score, percent, passed, last_request_id)
       VALUES ($1, $2, $3, $4, $5, 'submitted', $6, $7, $8, 100, $8, $9, 'analytics-exactness')`,
      [
        row.id,
        quizId,
        person.id,
        person.unitId,
        attemptNo,
        grade.submittedAt,
        grade.gradedAsOf,
        grade.score,
        grade.passed,
      ],
    );
  }

  private async deleteAttempts(db: PoolClient): Promise<void> {
    // Attempt numbers stay unique (the next is the count + 1): only a person's latest attempt at a quiz goes.
    const latest = (a: Attempt) =>
      this.model.attempts.filter((x) => x.quizId === a.quizId && x.personId === a.personId).at(-1) === a;
    const gone = this.some(
      this.model.attempts.filter((a) => a.own && latest(a)),
      2,
    );
    if (gone.length === 0) return;
    this.model.attempts = this.model.attempts.filter((a) => !gone.includes(a));
    await this.exec(db, `DELETE FROM quiz_attempts WHERE id = ANY($1::uuid[])`, [gone.map((a) => a.id)]);
  }

  // ------------------------------------------------------------------------------------------
  // Moves

  /** A commune to another district, or a branch to another commune. */
  private async moveSomeUnit(): Promise<void> {
    const level = this.rng.pick(['commune', 'branch'] as const);
    const parentLevel = level === 'commune' ? 'district' : 'commune';
    const unit = this.rng.pick(this.model.units.filter((u) => u.level === level));
    const currentParent = unit.path.split('/').filter(Boolean).at(-2);
    const parents = this.model.units.filter((u) => u.level === parentLevel && u.id !== currentParent);
    if (parents.length === 0) return;
    await this.move(unit.id, this.rng.pick(parents).id);
    this.stats.moves++;
    this.model.units = await this.readUnits();
  }
}
