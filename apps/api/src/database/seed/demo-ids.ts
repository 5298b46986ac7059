import type { PositionKind, PositionRole, Role } from '@sen/contracts';
import type { GenerateProvinceOptions, PinnedPerson } from './generate-province';
import { NAM_DINH } from './nam-dinh';
import { branchKey, stableUuid, unitIdFor } from './stable-uuid';

/** Fixed ids of the demo province, so tests and docs can name units without looking them up. */
export function demoUnitId(...keys: string[]): string {
  return unitIdFor(NAM_DINH.key, ...keys);
}

export const DEMO_IDS = {
  province: demoUnitId(),
  namDinhCity: demoUnitId('nam-dinh-city'),
  vuBan: demoUnitId('vu-ban'),
  yYen: demoUnitId('y-yen'),
  nghiaHung: demoUnitId('nghia-hung'),
  namTruc: demoUnitId('nam-truc'),
  trucNinh: demoUnitId('truc-ninh'),
  xuanTruong: demoUnitId('xuan-truong'),
  giaoThuy: demoUnitId('giao-thuy'),
  haiHau: demoUnitId('hai-hau'),
  tranHungDao: demoUnitId('nam-dinh-city', 'tran-hung-dao'),
  myTan: demoUnitId('nam-dinh-city', 'my-tan'),
  locHa: demoUnitId('nam-dinh-city', 'loc-ha'),
  minhTan: demoUnitId('vu-ban', 'minh-tan'),
  lienMinh: demoUnitId('vu-ban', 'lien-minh'),
  kimThai: demoUnitId('vu-ban', 'kim-thai'),
  yenTrung: demoUnitId('y-yen', 'yen-trung'),
  /** "Chi hội thôn Đông", xã Minh Tân: the trainee's branch; she is its branch head. */
  minhTanBranch: demoUnitId('vu-ban', 'minh-tan', branchKey(0)),
  /** "Chi hội thôn Tây", xã Minh Tân: a sibling branch, for out-of-scope checks. */
  minhTanBranch2: demoUnitId('vu-ban', 'minh-tan', branchKey(1)),
  /** "Chi hội tổ dân phố 1", phường Trần Hưng Đạo. */
  tranHungDaoBranch: demoUnitId('nam-dinh-city', 'tran-hung-dao', branchKey(0)),
} as const;

export const DEMO_PASSWORD = 'Demo@12345';

export interface DemoAccount {
  email: string;
  userId: string;
  personId: string;
  fullName: string;
  gender: 'female' | 'male';
  birthYear: number;
  /** The unit the person is a member of. */
  memberOf: string;
  role: Role;
  /** The unit the role is granted on (its whole subtree is in scope). */
  grantedOn: string;
  /** Positions the person holds in `memberOf`. */
  positions: readonly { kind: PositionKind; role: PositionRole }[];
}

function account(key: string, fields: Omit<DemoAccount, 'userId' | 'personId'>): DemoAccount {
  return { ...fields, userId: stableUuid(`user:demo:${key}`), personId: stableUuid(`person:demo:${key}`) };
}

export const DEMO_ACCOUNTS = {
  admin: account('admin', {
    email: 'admin@example.org',
    fullName: 'Phạm Thị Thanh Hương',
    gender: 'female',
    birthYear: 1975,
    memberOf: DEMO_IDS.province,
    role: 'admin',
    grantedOn: DEMO_IDS.province,
    positions: [{ kind: 'full_time_staff', role: 'holder' }],
  }),
  trainer: account('trainer', {
    email: 'trainer@example.org',
    fullName: 'Vũ Thị Mai',
    gender: 'female',
    birthYear: 1982,
    memberOf: DEMO_IDS.province,
    role: 'trainer',
    grantedOn: DEMO_IDS.province,
    positions: [],
  }),
  reviewer: account('reviewer', {
    email: 'reviewer@example.org',
    fullName: 'Đỗ Thị Hằng',
    gender: 'female',
    birthYear: 1978,
    memberOf: DEMO_IDS.province,
    role: 'reviewer',
    grantedOn: DEMO_IDS.province,
    positions: [],
  }),
  reviewerVuBan: account('reviewer.vuban', {
    email: 'reviewer.vuban@example.org',
    fullName: 'Lê Thị Ngọc Anh',
    gender: 'female',
    birthYear: 1984,
    memberOf: DEMO_IDS.vuBan,
    role: 'reviewer',
    grantedOn: DEMO_IDS.vuBan,
    positions: [],
  }),
  trainee: account('trainee', {
    email: 'trainee@example.org',
    fullName: 'Nguyễn Thị Hoa',
    gender: 'female',
    birthYear: 1988,
    memberOf: DEMO_IDS.minhTanBranch,
    role: 'trainee',
    grantedOn: DEMO_IDS.minhTanBranch,
    positions: [{ kind: 'branch_head', role: 'holder' }],
  }),
} as const satisfies Record<string, DemoAccount>;

function pinnedPerson(account: DemoAccount): PinnedPerson {
  return {
    id: account.personId,
    fullName: account.fullName,
    gender: account.gender,
    birthYear: account.birthYear,
    email: account.email,
    unitId: account.memberOf,
    positions: account.positions,
  };
}

/** The demo province's shape: the nine real district-level unions, three real communes each. */
export const DEMO_PROVINCE_OPTIONS: GenerateProvinceOptions = {
  districts: NAM_DINH.districts.length,
  communesPerDistrict: 3,
  branchesPerCommune: 4,
  members: 2000,
  seed: 20250701,
  names: NAM_DINH,
  pinned: Object.values(DEMO_ACCOUNTS).map(pinnedPerson),
};

/**
 * Fixed ids of the seeded courses, derived from the programmes' keys (see seed-courses.ts). Module and
 * lesson keys name a place in the course and stay the same across versions; their ids are per version.
 */
export function demoCourseId(courseKey: string): string {
  return stableUuid(`course:${courseKey}`);
}

export function demoCourseVersionId(courseKey: string, versionNo: number): string {
  return stableUuid(`course-version:${courseKey}@${versionNo}`);
}

export function demoModuleKey(courseKey: string, moduleKey: string): string {
  return stableUuid(`course-module-key:${courseKey}/${moduleKey}`);
}

export function demoModuleId(courseKey: string, versionNo: number, moduleKey: string): string {
  return stableUuid(`course-module:${courseKey}@${versionNo}/${moduleKey}`);
}

export function demoLessonKey(courseKey: string, moduleKey: string, lessonKey: string): string {
  return stableUuid(`lesson-key:${courseKey}/${moduleKey}/${lessonKey}`);
}

export function demoLessonId(courseKey: string, versionNo: number, moduleKey: string, lessonKey: string): string {
  return stableUuid(`lesson:${courseKey}@${versionNo}/${moduleKey}/${lessonKey}`);
}

/** The lesson key of each module's closing quiz step (programme lessons are keyed `l<n>-…`). */
export const DEMO_QUIZ_STEP_KEY = 'quiz';

/** The quiz of a seeded module's quiz step; one quiz row per lesson row, so per version like the lesson. */
export function demoQuizId(courseKey: string, versionNo: number, moduleKey: string): string {
  return stableUuid(`quiz:${courseKey}@${versionNo}/${moduleKey}`);
}

function demoCourse(key: string): { key: string; id: string; versionId: string } {
  return { key, id: demoCourseId(key), versionId: demoCourseVersionId(key, 1) };
}

/** The seeded question bank of a programme course. */
export function demoQuestionBankId(courseKey: string): string {
  return stableUuid(`question-bank:${courseKey}`);
}

/** A seeded question, named by its course, module and question keys. */
export function demoQuestionId(courseKey: string, moduleKey: string, questionKey: string): string {
  return stableUuid(`question:${courseKey}/${moduleKey}/${questionKey}`);
}

/** The n-th option or item of a seeded question: opaque, so it never hints at the key or the order. */
export function demoQuestionOptionId(questionId: string, index: number): string {
  return stableUuid(`question-option:${questionId}/${index}`);
}

/** The three programmes, each seeded with one published version (version 1). */
export const DEMO_COURSES = {
  confidenceDigitalLeadership: demoCourse('confidence-digital-leadership'),
  grassrootsLeaderSkills: demoCourse('grassroots-leader-skills'),
  itForGrassrootsPresidents: demoCourse('it-for-grassroots-presidents'),
} as const;

/** The demo contest: the IT programme's province-wide contest. */
export const DEMO_CONTEST_ID = stableUuid('contest:it-for-grassroots-presidents/province-2026');

/** The demo's supervising committees (see seed-committees.ts). */
export const DEMO_COMMITTEES = {
  /** "Ban Thường vụ Tỉnh ủy Nam Định": the Party committee at the province's level. */
  provinceParty: stableUuid('committee:nam-dinh/party-standing'),
  /** "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam": the union's standing committee above the province. */
  unionPresidium: stableUuid('committee:nam-dinh/union-central-presidium'),
  /** "Ban Thường vụ Huyện ủy Vụ Bản": managed by, and covering, Vụ Bản. */
  vuBanParty: stableUuid('committee:vu-ban/party-standing'),
} as const;

/** The n-th (0-based) seeded recipient of a demo committee. */
export function demoRecipientId(committeeId: string, index: number): string {
  return stableUuid(`committee-recipient:${committeeId}/${index}`);
}

/** "Lớp Ứng dụng CNTT cho Chủ tịch, Phó Chủ tịch cơ sở 2025": the brief's cohort of 50. */
export const DEMO_COHORT_ID = stableUuid('cohort:it-for-grassroots-presidents/2025');

export const DEMO_REPORT_SCHEDULES = {
  /** Monthly to the province's Party committee, covering the three programmes. */
  provincePartyMonthly: stableUuid('report-schedule:nam-dinh/party-standing/monthly'),
  /** Quarterly to the union's central presidium, covering every required course. */
  unionPresidiumQuarterly: stableUuid('report-schedule:nam-dinh/union-central-presidium/quarterly'),
  /** At the end of the 2025 cohort, to the province's Party committee. */
  provincePartyCohortEnd: stableUuid('report-schedule:nam-dinh/party-standing/cohort-2025'),
} as const;
