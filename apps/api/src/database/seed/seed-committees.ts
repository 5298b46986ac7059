import type { CommitteeKind, ReportScheduleKind } from '@sen/contracts';
import { foldForSearch } from '@sen/contracts';
import type { EntityManager } from 'typeorm';
import {
  DEMO_ACCOUNTS,
  DEMO_COHORT_ID,
  DEMO_COMMITTEES,
  DEMO_COURSES,
  DEMO_IDS,
  DEMO_REPORT_SCHEDULES,
  demoRecipientId,
} from './demo-ids';

export interface SeededCommitteeCounts {
  committees: number;
  recipients: number;
  schedules: number;
  cohorts: number;
}

interface SeedCommittee {
  id: string;
  unitId: string;
  name: string;
  kind: CommitteeKind;
  covers: string[];
  /** Invented people; addresses under example.vn, which never receives mail. */
  recipients: { fullName: string; email: string; role: string }[];
}

const COMMITTEES: SeedCommittee[] = [
  {
    id: DEMO_COMMITTEES.provinceParty,
    unitId: DEMO_IDS.province,
    name: 'Ban Thường vụ Tỉnh ủy Nam Định',
    kind: 'party_committee',
    covers: [DEMO_IDS.province],
    recipients: [
      { fullName: 'Trần Văn Hùng', email: 'hung.tv@example.vn', role: 'Phó Bí thư Thường trực Tỉnh ủy' },
      { fullName: 'Nguyễn Thị Thu Hà', email: 'ha.ntt@example.vn', role: 'Trưởng Ban Dân vận Tỉnh ủy' },
      { fullName: 'Lê Minh Tuấn', email: 'tuan.lm@example.vn', role: 'Trưởng Ban Tổ chức Tỉnh ủy' },
    ],
  },
  {
    id: DEMO_COMMITTEES.unionPresidium,
    unitId: DEMO_IDS.province,
    name: 'Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam',
    kind: 'union_standing_committee',
    covers: [DEMO_IDS.province],
    recipients: [
      { fullName: 'Hoàng Thị Lan Anh', email: 'anh.htl@example.vn', role: 'Phó Chủ tịch Hội LHPN Việt Nam' },
      { fullName: 'Đặng Thị Minh Nguyệt', email: 'nguyet.dtm@example.vn', role: 'Trưởng Ban Tổ chức Trung ương Hội' },
    ],
  },
  {
    id: DEMO_COMMITTEES.vuBanParty,
    unitId: DEMO_IDS.vuBan,
    name: 'Ban Thường vụ Huyện ủy Vụ Bản',
    kind: 'party_committee',
    covers: [DEMO_IDS.vuBan],
    recipients: [
      { fullName: 'Phạm Văn Đức', email: 'duc.pv@example.vn', role: 'Phó Bí thư Thường trực Huyện ủy Vụ Bản' },
      { fullName: 'Vũ Thị Hạnh', email: 'hanh.vt@example.vn', role: 'Trưởng Ban Dân vận Huyện ủy Vụ Bản' },
    ],
  },
];

const SCHEDULES: {
  id: string;
  committeeId: string;
  kind: ReportScheduleKind;
  courseIds: string[];
  cohortId?: string;
}[] = [
  {
    id: DEMO_REPORT_SCHEDULES.provincePartyMonthly,
    committeeId: DEMO_COMMITTEES.provinceParty,
    kind: 'monthly',
    courseIds: Object.values(DEMO_COURSES).map((course) => course.id),
  },
  {
    id: DEMO_REPORT_SCHEDULES.unionPresidiumQuarterly,
    committeeId: DEMO_COMMITTEES.unionPresidium,
    kind: 'quarterly',
    courseIds: [],
  },
  {
    id: DEMO_REPORT_SCHEDULES.provincePartyCohortEnd,
    committeeId: DEMO_COMMITTEES.provinceParty,
    kind: 'cohort_end',
    courseIds: [DEMO_COURSES.itForGrassrootsPresidents.id],
    cohortId: DEMO_COHORT_ID,
  },
];

/**
 * The supervising committees the brief names, with their recipients, the 2025 cohort of the IT programme
 * (its 50 learners are not modelled yet: the cohort table holds a course, a unit and dates), and a schedule of
 * each kind that runs by itself. Only rows: the worker turns the schedules into job schedulers when it starts.
 */
export async function seedCommittees(manager: EntityManager): Promise<SeededCommitteeCounts> {
  await manager.query(
    `INSERT INTO cohorts (id, course_id, unit_id, name, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      DEMO_COHORT_ID,
      DEMO_COURSES.itForGrassrootsPresidents.id,
      DEMO_IDS.province,
      'Lớp Ứng dụng CNTT cho Chủ tịch, Phó Chủ tịch cơ sở 2025',
      '2025-09-08',
      '2025-09-19',
    ],
  );
  let recipients = 0;
  for (const committee of COMMITTEES) {
    await manager.query(`INSERT INTO committees (id, unit_id, name, name_search, kind) VALUES ($1, $2, $3, $4, $5)`, [
      committee.id,
      committee.unitId,
      committee.name,
      foldForSearch(committee.name),
      committee.kind,
    ]);
    await manager.query(`INSERT INTO committee_units (committee_id, unit_id) SELECT $1, unnest($2::uuid[])`, [
      committee.id,
      committee.covers,
    ]);
    for (const [index, recipient] of committee.recipients.entries()) {
      await manager.query(
        `INSERT INTO committee_recipients (id, committee_id, full_name, email, role) VALUES ($1, $2, $3, $4, $5)`,
        [demoRecipientId(committee.id, index), committee.id, recipient.fullName, recipient.email, recipient.role],
      );
      recipients += 1;
    }
  }
  for (const schedule of SCHEDULES) {
    await manager.query(
      `INSERT INTO report_schedules (id, committee_id, kind, course_ids, cohort_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        schedule.id,
        schedule.committeeId,
        schedule.kind,
        schedule.courseIds,
        schedule.cohortId ?? null,
        DEMO_ACCOUNTS.reviewer.userId,
      ],
    );
  }
  return { committees: COMMITTEES.length, recipients, schedules: SCHEDULES.length, cohorts: 1 };
}
