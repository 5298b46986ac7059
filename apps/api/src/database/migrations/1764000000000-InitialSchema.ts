import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation schema. Units keep a materialised path of ids (`/id/id/`), so a subtree is one
 * index range scan (`path LIKE '/root/%'` with text_pattern_ops). Everything that can change over
 * time (unit placement, membership, position assignments) carries valid_from / valid_to, so merges,
 * moves and retirements later keep history.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE unit_levels (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name_vi text NOT NULL,
        name_en text NOT NULL,
        rank integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_unit_levels PRIMARY KEY (id),
        CONSTRAINT uq_unit_levels_code UNIQUE (code),
        CONSTRAINT uq_unit_levels_rank UNIQUE (rank)
      )`);
    await q.query(`
      CREATE TABLE units (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        parent_id uuid,
        level_id uuid NOT NULL,
        name text NOT NULL,
        name_search text NOT NULL,
        path text NOT NULL,
        depth integer NOT NULL,
        valid_from timestamptz NOT NULL DEFAULT now(),
        valid_to timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_units PRIMARY KEY (id),
        CONSTRAINT fk_units_parent FOREIGN KEY (parent_id) REFERENCES units(id),
        CONSTRAINT fk_units_level FOREIGN KEY (level_id) REFERENCES unit_levels(id),
        CONSTRAINT uq_units_path UNIQUE (path),
        CONSTRAINT ck_units_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
      )`);
    await q.query(`CREATE INDEX ix_units_path_prefix ON units (path text_pattern_ops)`);
    await q.query(`CREATE INDEX ix_units_parent ON units (parent_id)`);
    await q.query(`
      CREATE TABLE unit_history (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL,
        change text NOT NULL,
        name text NOT NULL,
        parent_id uuid,
        path text NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_to timestamptz NOT NULL,
        CONSTRAINT pk_unit_history PRIMARY KEY (id),
        CONSTRAINT fk_unit_history_unit FOREIGN KEY (unit_id) REFERENCES units(id)
      )`);
    await q.query(`CREATE INDEX ix_unit_history_unit ON unit_history (unit_id, valid_from)`);
    await q.query(`
      CREATE TABLE people (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        full_name text NOT NULL,
        name_search text NOT NULL,
        gender text,
        birth_year integer,
        email text,
        phone text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_people PRIMARY KEY (id),
        CONSTRAINT ck_people_gender CHECK (gender IN ('female', 'male', 'other'))
      )`);
    await q.query(`
      CREATE TABLE memberships (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        valid_from timestamptz NOT NULL DEFAULT now(),
        valid_to timestamptz,
        CONSTRAINT pk_memberships PRIMARY KEY (id),
        CONSTRAINT fk_memberships_person FOREIGN KEY (person_id) REFERENCES people(id),
        CONSTRAINT fk_memberships_unit FOREIGN KEY (unit_id) REFERENCES units(id),
        CONSTRAINT ck_memberships_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_memberships_current_person ON memberships (person_id) WHERE valid_to IS NULL`,
    );
    await q.query(`CREATE INDEX ix_memberships_current_unit ON memberships (unit_id) WHERE valid_to IS NULL`);
    await q.query(`
      CREATE TABLE position_assignments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL,
        kind text NOT NULL,
        role text NOT NULL,
        person_id uuid NOT NULL,
        valid_from timestamptz NOT NULL DEFAULT now(),
        valid_to timestamptz,
        CONSTRAINT pk_position_assignments PRIMARY KEY (id),
        CONSTRAINT fk_position_assignments_unit FOREIGN KEY (unit_id) REFERENCES units(id),
        CONSTRAINT fk_position_assignments_person FOREIGN KEY (person_id) REFERENCES people(id),
        CONSTRAINT ck_position_assignments_kind CHECK (kind IN ('president', 'vice_president', 'branch_head', 'branch_vice_head', 'executive_member', 'full_time_staff')),
        CONSTRAINT ck_position_assignments_role CHECK (role IN ('holder', 'reserve')),
        CONSTRAINT ck_position_assignments_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
      )`);
    // One current holder for single-holder positions; a person appears once per current position.
    await q.query(
      `CREATE UNIQUE INDEX uq_position_assignments_single_holder ON position_assignments (unit_id, kind) WHERE valid_to IS NULL AND role = 'holder' AND kind IN ('president', 'branch_head')`,
    );
    await q.query(
      `CREATE UNIQUE INDEX uq_position_assignments_current_person ON position_assignments (unit_id, kind, person_id) WHERE valid_to IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_position_assignments_person ON position_assignments (person_id) WHERE valid_to IS NULL`,
    );
    await q.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL,
        email text,
        phone text,
        password_hash text NOT NULL,
        locale text NOT NULL DEFAULT 'vi',
        disabled_at timestamptz,
        failed_sign_ins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_users PRIMARY KEY (id),
        CONSTRAINT fk_users_person FOREIGN KEY (person_id) REFERENCES people(id),
        CONSTRAINT uq_users_person UNIQUE (person_id),
        CONSTRAINT uq_users_email UNIQUE (email),
        CONSTRAINT uq_users_phone UNIQUE (phone),
        CONSTRAINT ck_users_identifier CHECK (email IS NOT NULL OR phone IS NOT NULL),
        CONSTRAINT ck_users_locale CHECK (locale IN ('vi', 'en'))
      )`);
    await q.query(`
      CREATE TABLE role_grants (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        role text NOT NULL,
        unit_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_role_grants PRIMARY KEY (id),
        CONSTRAINT fk_role_grants_user FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
        CONSTRAINT fk_role_grants_unit FOREIGN KEY (unit_id) REFERENCES units(id),
        CONSTRAINT uq_role_grants_user_role_unit UNIQUE (user_id, role, unit_id),
        CONSTRAINT ck_role_grants_role CHECK (role IN ('trainee', 'trainer', 'reviewer', 'admin'))
      )`);
    await q.query(`
      CREATE TABLE sessions (
        id text NOT NULL,
        user_id uuid NOT NULL,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text,
        CONSTRAINT pk_sessions PRIMARY KEY (id),
        CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_sessions_user ON sessions (user_id)`);
    await q.query(`CREATE INDEX ix_sessions_expires ON sessions (expires_at)`);
    await q.query(`
      CREATE TABLE audit_log (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text,
        unit_id uuid,
        request_id text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        CONSTRAINT pk_audit_log PRIMARY KEY (id),
        CONSTRAINT fk_audit_log_actor FOREIGN KEY (actor_user_id) REFERENCES users(id),
        CONSTRAINT fk_audit_log_unit FOREIGN KEY (unit_id) REFERENCES units(id)
      )`);
    await q.query(`CREATE INDEX ix_audit_log_occurred ON audit_log (occurred_at DESC)`);
    await q.query(`CREATE INDEX ix_audit_log_unit ON audit_log (unit_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX ix_audit_log_actor ON audit_log (actor_user_id, occurred_at DESC)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'sessions',
      'role_grants',
      'users',
      'position_assignments',
      'memberships',
      'people',
      'unit_history',
      'units',
      'unit_levels',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
