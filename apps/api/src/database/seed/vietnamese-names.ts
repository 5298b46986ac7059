import type { Rng } from './prng';

/** Family names, weighted roughly by frequency (Nam Định has many Trần, Vũ and Phạm). */
const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 30],
  ['Trần', 14],
  ['Vũ', 8],
  ['Phạm', 8],
  ['Lê', 7],
  ['Hoàng', 4],
  ['Đặng', 3],
  ['Bùi', 3],
  ['Đỗ', 3],
  ['Ngô', 2],
  ['Dương', 2],
  ['Đinh', 2],
  ['Phan', 2],
  ['Trịnh', 2],
  ['Lý', 1],
  ['Mai', 1],
  ['Đoàn', 1],
  ['Lương', 1],
  ['Cao', 1],
  ['Tạ', 1],
];
const FAMILY = FAMILY_NAMES.map(([name]) => name);
const FAMILY_WEIGHTS = FAMILY_NAMES.map(([, weight]) => weight);

/** "Thị" dominates, above all for women born in the 1960s–80s. */
const FEMALE_MIDDLE = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Kim', 'Phương', 'Thúy', 'Bích', 'Diệu'] as const;
const FEMALE_MIDDLE_WEIGHTS = [60, 6, 6, 6, 3, 5, 4, 3, 3, 2, 2];
/** The second part of four-part names such as "Nguyễn Thị Thu Hương". */
const FEMALE_SECOND_MIDDLE = ['Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Kim', 'Bích', 'Diệu', 'Thúy'] as const;
const FEMALE_GIVEN = [
  'Lan',
  'Hoa',
  'Hương',
  'Mai',
  'Hạnh',
  'Nga',
  'Thảo',
  'Trang',
  'Linh',
  'Yến',
  'Huyền',
  'Nhung',
  'Loan',
  'Phương',
  'Thủy',
  'Dung',
  'Hằng',
  'Vân',
  'Hà',
  'Oanh',
  'Liên',
  'Huệ',
  'Hiền',
  'Thúy',
  'Tuyết',
  'Xuân',
  'Quyên',
  'Duyên',
  'Giang',
  'Ánh',
  'Chi',
  'Anh',
  'Nhàn',
  'Sen',
  'Cúc',
  'Đào',
  'Hòa',
  'Thơm',
  'Thoa',
  'Ngân',
  'Hậu',
  'Tâm',
] as const;

const MALE_MIDDLE = ['Văn', 'Đức', 'Quang', 'Minh', 'Hữu', 'Xuân', 'Thanh'] as const;
const MALE_MIDDLE_WEIGHTS = [50, 12, 8, 8, 8, 7, 7];
const MALE_GIVEN = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Nam',
  'Sơn',
  'Thắng',
  'Long',
  'Hải',
  'Cường',
  'Bình',
  'Khánh',
  'Toàn',
] as const;

export type Gender = 'female' | 'male';

/** A plausible full name ("Trần Thị Thu Hương"); the given name never repeats the middle name. */
export function vietnameseName(rng: Rng, gender: Gender): string {
  const family = rng.weighted(FAMILY, FAMILY_WEIGHTS);
  if (gender === 'male') {
    const middle = rng.weighted(MALE_MIDDLE, MALE_MIDDLE_WEIGHTS);
    return `${family} ${middle} ${pickOther(rng, MALE_GIVEN, middle)}`;
  }
  const middle: string[] = [rng.weighted(FEMALE_MIDDLE, FEMALE_MIDDLE_WEIGHTS)];
  if (middle[0] === 'Thị' && rng.chance(0.12)) middle.push(rng.pick(FEMALE_SECOND_MIDDLE));
  const last = middle[middle.length - 1] ?? '';
  return `${family} ${middle.join(' ')} ${pickOther(rng, FEMALE_GIVEN, last)}`;
}

function pickOther(rng: Rng, names: readonly string[], avoid: string): string {
  for (;;) {
    const name = rng.pick(names);
    if (name !== avoid) return name;
  }
}
