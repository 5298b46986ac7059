/**
 * Certificate rendering alone: one process renders certificates one after another, each for another
 * holder (another name, code and QR code, so every PDF has its own font subsets), and prints the rate
 * and the resident memory at the start, halfway and the end (it must stay flat: the fonts are parsed
 * once and nothing is kept per certificate). No database, no queue: the rate a worker's CPU allows.
 */
// The renderer the certificate worker will call, measured on its own (an app's source, not a library).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { renderCertificate, type CertificateTemplate } from '../../apps/api/src/features/certificates/pdf';

const TOTAL = Number(process.env.BENCH_CERTIFICATES ?? 2000);
const WARM_UP = 50;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Trương', 'Ngô', 'Dương'];
const MIDDLE = ['Thị', 'Thị Ánh', 'Thị Bích', 'Ngọc', 'Thị Hương', 'Thu', 'Thị Mỹ'];
const GIVEN = ['Tuyết', 'Giang', 'Ngọc', 'Hằng', 'Nhung', 'Huyền', 'Thảo', 'Yến', 'Quỳnh', 'Duyên', 'Hạnh'];
const COURSES = [
  'Kỹ năng chuyển đổi số cho cán bộ Hội cơ sở',
  'Nghiệp vụ công tác Hội — xây dựng tổ chức Hội vững mạnh',
  'Tuyên truyền pháp luật về bình đẳng giới và phòng, chống bạo lực gia đình',
];
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

const template: CertificateTemplate = {
  signatoryName: 'Trần Thị Hồng Nhung',
  signatoryTitle: 'Chủ tịch',
  primaryColour: '#C2185B',
  accentColour: '#B8860B',
};

function shortCode(i: number): string {
  let code = '';
  for (let n = i * 2654435761, k = 0; k < 8; k++, n = Math.floor(n / CODE_ALPHABET.length)) {
    code += CODE_ALPHABET[n % CODE_ALPHABET.length];
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

function render(i: number): Promise<Buffer> {
  const code = shortCode(i);
  return renderCertificate(
    {
      holderName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`,
      courseTitle: COURSES[i % COURSES.length]!,
      issuerName: 'Hội Liên hiệp Phụ nữ tỉnh Nam Định',
      issuedAt: new Date(Date.UTC(2026, 10, 24, 2) + i * 60_000),
      shortCode: code,
      verificationUrl: `https://sen.example.org/verify/${code}`,
    },
    template,
  );
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const memory = (): NodeJS.MemoryUsage => process.memoryUsage();
const show = (m: NodeJS.MemoryUsage): string => `RSS ${mb(m.rss)} (heap ${mb(m.heapUsed)})`;

async function main(): Promise<void> {
  for (let i = 0; i < WARM_UP; i++) await render(TOTAL + i);
  const samples = [memory()];
  const half = Math.floor(TOTAL / 2);
  let bytes = 0;
  const started = process.hrtime.bigint();
  let halfway = started;
  for (let i = 0; i < TOTAL; i++) {
    bytes += (await render(i)).length;
    if (i + 1 === half) {
      halfway = process.hrtime.bigint();
      samples.push(memory());
    }
  }
  const ended = process.hrtime.bigint();
  samples.push(memory());

  const seconds = (from: bigint, to: bigint): number => Number(to - from) / 1e9;
  console.log(`\nCertificate PDF rendering, ${TOTAL} certificates one after another in one process`);
  console.log(
    `rate: ${(TOTAL / seconds(started, ended)).toFixed(1)} certificates/s (first half ${(half / seconds(started, halfway)).toFixed(1)}, second half ${((TOTAL - half) / seconds(halfway, ended)).toFixed(1)}); mean PDF ${(bytes / TOTAL / 1024).toFixed(1)} KB`,
  );
  // Without a forced GC the heap figure wobbles with the collector's timing; a leak shows as steady growth.
  console.log(`memory: ${show(samples[0]!)} at 0, ${show(samples[1]!)} at ${half}, ${show(samples[2]!)} at ${TOTAL}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
