/**
 * The real names of the demo province: the former Nam Định before the July 2025 merger into
 * Ninh Bình, keeping its nine district-level unions (Mỹ Lộc already folded into Nam Định city).
 * Keys are stable slugs from which unit ids are derived; names may be corrected without changing ids.
 */
export type CommuneKind = 'ward' | 'town' | 'commune';

export interface CommuneName {
  key: string;
  name: string;
  /** Wards (phường) and townships (thị trấn) have residential groups; rural communes have hamlets. */
  kind: CommuneKind;
}

export interface DistrictName {
  key: string;
  name: string;
  communes: readonly CommuneName[];
}

export interface ProvinceNames {
  key: string;
  name: string;
  districts: readonly DistrictName[];
}

const ward = (key: string, name: string): CommuneName => ({ key, name: `Hội LHPN phường ${name}`, kind: 'ward' });
const town = (key: string, name: string): CommuneName => ({ key, name: `Hội LHPN thị trấn ${name}`, kind: 'town' });
const commune = (key: string, name: string): CommuneName => ({ key, name: `Hội LHPN xã ${name}`, kind: 'commune' });

export const NAM_DINH: ProvinceNames = {
  key: 'nam-dinh',
  name: 'Hội LHPN tỉnh Nam Định',
  districts: [
    {
      key: 'nam-dinh-city',
      name: 'Hội LHPN thành phố Nam Định',
      communes: [ward('tran-hung-dao', 'Trần Hưng Đạo'), commune('my-tan', 'Mỹ Tân'), ward('loc-ha', 'Lộc Hạ')],
    },
    {
      key: 'vu-ban',
      name: 'Hội LHPN huyện Vụ Bản',
      communes: [commune('minh-tan', 'Minh Tân'), commune('lien-minh', 'Liên Minh'), commune('kim-thai', 'Kim Thái')],
    },
    {
      key: 'y-yen',
      name: 'Hội LHPN huyện Ý Yên',
      communes: [commune('yen-trung', 'Yên Trung'), town('lam', 'Lâm'), commune('yen-thang', 'Yên Thắng')],
    },
    {
      key: 'nghia-hung',
      name: 'Hội LHPN huyện Nghĩa Hưng',
      communes: [
        town('lieu-de', 'Liễu Đề'),
        commune('nghia-dong', 'Nghĩa Đồng'),
        commune('nghia-thinh', 'Nghĩa Thịnh'),
      ],
    },
    {
      key: 'nam-truc',
      name: 'Hội LHPN huyện Nam Trực',
      communes: [town('nam-giang', 'Nam Giang'), commune('nam-hong', 'Nam Hồng'), commune('dien-xa', 'Điền Xá')],
    },
    {
      key: 'truc-ninh',
      name: 'Hội LHPN huyện Trực Ninh',
      communes: [town('co-le', 'Cổ Lễ'), commune('truc-hung', 'Trực Hùng'), commune('truc-dai', 'Trực Đại')],
    },
    {
      key: 'xuan-truong',
      name: 'Hội LHPN huyện Xuân Trường',
      communes: [
        town('xuan-truong', 'Xuân Trường'),
        commune('xuan-hong', 'Xuân Hồng'),
        commune('xuan-ngoc', 'Xuân Ngọc'),
      ],
    },
    {
      key: 'giao-thuy',
      name: 'Hội LHPN huyện Giao Thủy',
      communes: [
        town('ngo-dong', 'Ngô Đồng'),
        commune('giao-thien', 'Giao Thiện'),
        commune('giao-huong', 'Giao Hương'),
      ],
    },
    {
      key: 'hai-hau',
      name: 'Hội LHPN huyện Hải Hậu',
      communes: [town('yen-dinh', 'Yên Định'), commune('hai-bac', 'Hải Bắc'), commune('hai-anh', 'Hải Anh')],
    },
  ],
};

const HAMLET_DIRECTIONS = ['Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ'] as const;

/**
 * Branch names vary the way real ones do: "tổ dân phố N" in wards and townships; in rural communes
 * either numbered "xóm N" or "thôn Đông/Tây/…", alternating by commune so the demo shows both.
 */
export function branchName(kind: CommuneKind, communeIndex: number, branchIndex: number): string {
  const n = branchIndex + 1;
  if (kind !== 'commune') return `Chi hội tổ dân phố ${n}`;
  if (communeIndex % 2 === 0) return `Chi hội xóm ${n}`;
  const direction = HAMLET_DIRECTIONS[branchIndex];
  return direction ? `Chi hội thôn ${direction}` : `Chi hội thôn ${n}`;
}
