import {
  foldForSearch,
  routes,
  type ApiError,
  type CertificateDetail,
  type CertificateKeysDocument,
  type CertificatePage,
  type CertificateTemplateView,
  type FailedCertificateJobs,
  type MyCertificates,
  type RecertifyResult,
  type UploadView,
  type Verification,
} from '@sen/contracts';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { QueueName } from '../src/core/queue/queues';
import {
  signClaims,
  verifyClaims,
  type CertificateClaims,
} from '../src/features/certificates/signing/certificate-claims';
import { generateCode } from '../src/features/certificates/signing/certificate-code';
import {
  certificateKeyRing,
  parsePublicKey,
  publicKeyFromRaw,
  signingKeyFromSeed,
} from '../src/features/certificates/signing/ed25519-keys';
import { verifyOpenBadge } from '../src/features/certificates/signing/open-badge';
import { CertificateFixtures, type IssuedFixture } from './support/certificates';
import { png } from './support/files';
import { Fixtures } from './support/fixtures';
import { decodeQr, pdfText } from './support/pdf';
import { testConfig, TEST_UPLOAD_DIR } from './support/test-config';
import { TestApp, type Session } from './support/test-app';

interface Row {
  holder_name: string;
  claims: CertificateClaims;
  signature: string;
  key_id: string;
  file_path: string;
  issued_at: Date;
  expires_at: Date | null;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * What certificates do once issued: verification by code and by file (signature, tampering, revocation, expiry,
 * rate limit), the stored PDF, re-issue, the trainee's own list and renewal, the staff list and export, failed
 * jobs, the Open Badge and the course template. Who may call what is the authorization matrix's concern.
 */
describe('certificates', () => {
  const ring = certificateKeyRing(testConfig());
  let t: TestApp;
  let fx: Fixtures;
  let certificates: CertificateFixtures;
  let admin: Session;
  let vuBanId: string;
  let yYenId: string;
  let communeId: string;
  let scratch: string;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    certificates = new CertificateFixtures(t, fx);
    admin = await t.signIn('admin@example.org');
    vuBanId = (await fx.unitNamed('Vụ Bản', 'district')).id;
    yYenId = (await fx.unitNamed('Ý Yên', 'district')).id;
    communeId = await fx.unit(vuBanId, 'commune', 'Hội LHPN xã Thử Chứng Nhận');
    scratch = await mkdtemp(join(tmpdir(), 'sen-it-certificates-'));
  });
  afterAll(async () => {
    await t.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  function verify(code: string) {
    return t.call<Verification & ApiError>(routes.verifyCertificate, { params: { code } });
  }

  function verifyFile(data: Buffer, fileName = 'chứng nhận.pdf') {
    return t.call<Verification & ApiError>(routes.verifyCertificateFile, {
      file: { data, fileName, contentType: 'application/pdf' },
    });
  }

  async function row(id: string): Promise<Row> {
    const rows: Row[] = await t.db.query(
      `SELECT holder_name, claims, signature, key_id, file_path, issued_at, expires_at FROM certificates WHERE id = $1`,
      [id],
    );
    return rows[0]!;
  }

  function storedPdf(filePath: string): Promise<Buffer> {
    return readFile(join(TEST_UPLOAD_DIR, filePath));
  }

  async function saved(bytes: Buffer): Promise<string> {
    const file = join(scratch, `${randomBytes(6).toString('hex')}.pdf`);
    await writeFile(file, bytes);
    return file;
  }

  async function rename(personId: string, fullName: string): Promise<void> {
    await t.db.query(`UPDATE people SET full_name = $2, name_search = $3 WHERE id = $1`, [
      personId,
      fullName,
      foldForSearch(fullName),
    ]);
  }

  /** A signed-in trainee of the unit named `fullName`. */
  async function trainee(unitId: string, fullName: string): Promise<{ session: Session; personId: string }> {
    const user = await fx.user(unitId);
    await rename(user.personId, fullName);
    return { session: await t.signIn(user.email), personId: user.personId };
  }

  async function revoke(id: string, reason = 'Cấp nhầm người') {
    return t.call<CertificateDetail & ApiError>(routes.revokeCertificate, {
      as: admin,
      params: { id },
      body: { reason },
    });
  }

  describe('verification by code', () => {
    let keys: CertificateKeysDocument;

    beforeAll(async () => {
      keys = (await t.call<CertificateKeysDocument>(routes.certificateKeys)).body;
    });

    it('publishes the signing key at the API and at the well-known URL, the same document, to any origin', async () => {
      const api = await t.call<CertificateKeysDocument>(routes.certificateKeys);
      const wellKnown = await t.raw({ method: 'GET', url: '/.well-known/sen-certificate-keys.json' });
      expect(api.status).toBe(200);
      expect(wellKnown.status).toBe(200);
      expect(wellKnown.body).toEqual(api.body);
      expect(api.headers['access-control-allow-origin']).toBe('*');
      expect(wellKnown.headers['access-control-allow-origin']).toBe('*');
      const [current] = api.body.keys.filter((k) => k.status === 'current');
      // RFC 7638 thumbprint of the published x, computed here rather than trusted.
      expect(current!.kid).toBe(
        createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${current!.x}"}`).digest('base64url'),
      );
      expect(current!.kid).toBe(ring.current.publicKey.kid);
    });

    it('shows a fresh certificate as valid: holder, course, issuer, dates and the published key', async () => {
      const personId = await fx.person(communeId, 'Đỗ Thị Minh Châu');
      const issued = await certificates.issued(communeId, { personId, courseTitle: 'Kỹ năng vận động hội viên' });
      const response = await verify(issued.code);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-robots-tag']).toBe('noindex');
      const stored = await row(issued.id);
      expect(response.body).toEqual({
        verdict: 'valid',
        superseded: false,
        certificate: {
          code: issued.code,
          holderName: 'Đỗ Thị Minh Châu',
          courseTitle: 'Kỹ năng vận động hội viên',
          issuerName: 'Hội LHPN xã Thử Chứng Nhận',
          issuedAt: stored.issued_at.toISOString().replace('.000Z', 'Z'),
          expiresAt: null,
          revokedAt: null,
          revokedReason: null,
          reissueNo: 0,
          keyId: keys.keys[0]!.kid,
        },
      });

      // Typed on a phone: lower case, no dashes.
      const typed = await verify(issued.code.toLowerCase().replace(/-/g, ''));
      expect(typed.status).toBe(200);
      expect(typed.body.verdict).toBe('valid');
      expect(typed.body.certificate?.code).toBe(issued.code);
    });

    it('refuses a code with a wrong check character (400 naming params.code) and knows no invented code (404)', async () => {
      const issued = await certificates.issued(communeId);
      const last = issued.code.slice(-1);
      const wrong = issued.code.slice(0, -1) + (last === ALPHABET[0] ? ALPHABET[1] : ALPHABET[0]);
      const refused = await verify(wrong);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('VALIDATION_FAILED');
      expect(refused.body.error.fields?.map((f) => f.path)).toEqual(['params.code']);

      const unknown = await verify(generateCode());
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('NOT_FOUND');
    });

    /** A certificate that verifies as valid before the change under test. */
    async function genuineCertificate(holderName: string): Promise<IssuedFixture> {
      const issued = await certificates.issued(communeId, { personId: await fx.person(communeId, holderName) });
      expect((await verify(issued.code)).body.verdict).toBe('valid');
      return issued;
    }

    async function expectNotGenuine(code: string, holderName: string): Promise<void> {
      const response = await verify(code);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ verdict: 'not_genuine', certificate: null, superseded: false });
      // Nothing personal about a record nobody can vouch for.
      expect(JSON.stringify(response.body)).not.toContain(holderName.split(' ')[0]);
    }

    it('shows a record whose signature was replaced as not genuine, naming nobody', async () => {
      const issued = await genuineCertificate('Vũ Thị Lan Anh');
      const stored = await row(issued.id);
      // A real signature by the real key, over other content: it looks right and is not this record's.
      const other = signClaims({ ...stored.claims, holderName: 'Vũ Thị Lan' }, ring.current.privateKey);
      expect(other).not.toBe(stored.signature);
      await t.db.query(`UPDATE certificates SET signature = $2 WHERE id = $1`, [issued.id, other]);
      await expectNotGenuine(issued.code, 'Vũ Thị Lan Anh');
      // Random bytes of a signature's length.
      await t.db.query(`UPDATE certificates SET signature = $2 WHERE id = $1`, [
        issued.id,
        randomBytes(64).toString('base64url'),
      ]);
      await expectNotGenuine(issued.code, 'Vũ Thị Lan Anh');
    });

    it('shows a record whose signed claims were edited as not genuine', async () => {
      const issued = await genuineCertificate('Hoàng Thị Mai');
      await t.db.query(
        `UPDATE certificates SET claims = jsonb_set(claims, '{holderName}', to_jsonb($2::text)), holder_name = $2
          WHERE id = $1`,
        [issued.id, 'Hoàng Thị Mai Hương'],
      );
      await expectNotGenuine(issued.code, 'Hoàng Thị Mai');
    });

    it('shows a record whose name column alone was edited as not genuine', async () => {
      const issued = await genuineCertificate('Bùi Thị Thanh');
      await t.db.query(`UPDATE certificates SET holder_name = $2 WHERE id = $1`, [issued.id, 'Bùi Thị Thanh Tâm']);
      await expectNotGenuine(issued.code, 'Bùi Thị Thanh');
    });

    it('shows a record signed by a key it does not publish as not genuine', async () => {
      const stranger = signingKeyFromSeed(randomBytes(32));
      const issued = await genuineCertificate('Đinh Thị Quyên');
      const stored = await row(issued.id);
      const forged = signClaims(stored.claims, stranger.privateKey);
      // The stranger's signature under the published key id…
      await t.db.query(`UPDATE certificates SET signature = $2 WHERE id = $1`, [issued.id, forged]);
      await expectNotGenuine(issued.code, 'Đinh Thị Quyên');
      // …and under its own key id, which is not published.
      await t.db.query(`UPDATE certificates SET key_id = $2 WHERE id = $1`, [issued.id, stranger.publicKey.kid]);
      await expectNotGenuine(issued.code, 'Đinh Thị Quyên');
    });

    it('shows a revoked certificate as revoked, with the reason and the date', async () => {
      const issued = await genuineCertificate('Lưu Thị Hạnh');
      const revoked = await revoke(issued.id, 'Hồ sơ hoàn thành khóa học bị làm giả');
      expect(revoked.status).toBe(200);
      const response = await verify(issued.code);
      expect(response.body.verdict).toBe('revoked');
      expect(response.body.certificate).toMatchObject({
        holderName: 'Lưu Thị Hạnh',
        revokedReason: 'Hồ sơ hoàn thành khóa học bị làm giả',
        revokedAt: revoked.body.revokedAt,
      });
      expect(Math.abs(Date.parse(response.body.certificate!.revokedAt!) - Date.now())).toBeLessThan(60_000);
    });

    it('shows a certificate past its expiry, genuinely signed, as expired', async () => {
      const issued = await certificates.issued(communeId, {
        personId: await fx.person(communeId, 'Cao Thị Hồng'),
        validityMonths: 24,
      });
      const stored = await row(issued.id);
      const issuedAt = new Date(Date.now() - 745 * 86_400_000);
      const expiresAt = new Date(Date.now() - 14 * 86_400_000);
      const instant = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
      const claims = { ...stored.claims, issuedAt: instant(issuedAt), expiresAt: instant(expiresAt) };
      await t.db.query(
        `UPDATE certificates SET claims = $2, signature = $3, issued_at = $4, expires_at = $5 WHERE id = $1`,
        [
          issued.id,
          JSON.stringify(claims),
          signClaims(claims, ring.current.privateKey),
          claims.issuedAt,
          claims.expiresAt,
        ],
      );
      const response = await verify(issued.code);
      expect(response.body.verdict).toBe('expired');
      expect(response.body.certificate).toMatchObject({
        holderName: 'Cao Thị Hồng',
        issuedAt: claims.issuedAt,
        expiresAt: claims.expiresAt,
      });
    });
  });

  describe('verification by file', () => {
    it('finds the stored PDF valid and the same PDF with one byte changed not genuine', async () => {
      const issued = await certificates.issued(communeId, { personId: await fx.person(communeId, 'Tạ Thị Kim Oanh') });
      const pdf = await storedPdf(issued.filePath);
      const genuine = await verifyFile(pdf);
      expect(genuine.status).toBe(200);
      expect(genuine.body.verdict).toBe('valid');
      expect(genuine.body.superseded).toBe(false);
      expect(genuine.body.certificate).toMatchObject({ code: issued.code, holderName: 'Tạ Thị Kim Oanh' });

      // The producer string "(Sen)" edited to "(Sem)": one byte, and the page looks the same.
      const edited = Buffer.from(pdf);
      const at = edited.indexOf('(Sen)');
      expect(at).toBeGreaterThan(0);
      edited[at + 3] = 'm'.charCodeAt(0);
      expect(edited.equals(pdf)).toBe(false);
      expect(await verifyFile(edited)).toMatchObject({
        status: 200,
        body: { verdict: 'not_genuine', certificate: null, superseded: false },
      });
    });

    it('finds a PDF from before a re-issue genuine but superseded', async () => {
      const issued = await certificates.issued(communeId, { personId: await fx.person(communeId, 'Mai Thị Hoa') });
      const before = await storedPdf(issued.filePath);
      await rename(issued.personId, 'Mai Thị Hòa');
      const reissued = await t.call<CertificateDetail>(routes.reissueCertificate, {
        as: admin,
        params: { id: issued.id },
        body: { reason: 'Sửa dấu theo CCCD' },
      });
      expect(reissued.status).toBe(200);
      const old = await verifyFile(before);
      expect(old.body).toMatchObject({ verdict: 'valid', superseded: true, certificate: { code: issued.code } });
      const current = await verifyFile(await storedPdf((await row(issued.id)).file_path));
      expect(current.body).toMatchObject({
        verdict: 'valid',
        superseded: false,
        certificate: { holderName: 'Mai Thị Hòa' },
      });
    });

    it('finds a file that is no PDF not genuine and refuses one over 5 MB', async () => {
      expect((await verifyFile(Buffer.from('Chứng nhận giả'), 'giả.txt')).body).toEqual({
        verdict: 'not_genuine',
        certificate: null,
        superseded: false,
      });
      const huge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024)]);
      const refused = await verifyFile(huge);
      expect(refused.status).toBe(413);
      expect(refused.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  it('limits checks per address: past the budget, 429 with Retry-After', async () => {
    const limited = await TestApp.start({
      VERIFY_RATE_PER_MINUTE: '3',
      REDIS_PREFIX: `${testConfig().redisPrefix}-rl`,
    });
    try {
      const { code } = await certificates.issued(communeId);
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        statuses.push((await limited.call(routes.verifyCertificate, { params: { code } })).status);
      }
      expect(statuses).toEqual([200, 200, 200]);
      const fourth = await limited.call<ApiError>(routes.verifyCertificate, { params: { code } });
      expect(fourth.status).toBe(429);
      expect(fourth.body.error.code).toBe('RATE_LIMITED');
      expect(Number(fourth.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(fourth.headers['retry-after'])).toBeLessThanOrEqual(60);
      // A file check draws on the same budget.
      const file = await limited.call(routes.verifyCertificateFile, {
        file: { data: Buffer.from('%PDF-1.7'), fileName: 'a.pdf', contentType: 'application/pdf' },
      });
      expect(file.status).toBe(429);
    } finally {
      await limited.stop();
    }
    // The main app's own budget is untouched.
    expect((await verify(generateCode())).status).toBe(404);
  });

  describe('the PDF', () => {
    it('prints the exact Vietnamese name and title, carries a QR code of the verification URL, and downloads as stored', async () => {
      const holder = await trainee(communeId, 'Nguyễn Thị Ngọc Ánh');
      const title = 'Kỹ năng lãnh đạo Hội cơ sở — Bồi dưỡng chuyển đổi số';
      const issued = await certificates.issued(communeId, { personId: holder.personId, courseTitle: title });
      const mine = await t.call<MyCertificates>(routes.myCertificates, { as: holder.session });
      const item = mine.body.items.find((c) => c.id === issued.id)!;
      expect(item.verificationUrl).toMatch(new RegExp(`^https?://[^/]+/verify/${issued.code}$`));

      const absolute = join(TEST_UPLOAD_DIR, issued.filePath);
      const mtime = (await stat(absolute)).mtimeMs;
      const first = await t.call(routes.downloadMyCertificate, { as: holder.session, params: { id: issued.id } });
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toBe('application/pdf');
      expect(first.headers['content-disposition']).toContain(`chung-nhan-${issued.code}.pdf`);
      const file = await saved(first.bytes);
      const text = pdfText(file);
      expect(text).toContain('Nguyễn Thị Ngọc Ánh');
      expect(text).toContain(title);
      expect(text).toContain(issued.code);
      expect(decodeQr(file)).toBe(item.verificationUrl);

      const second = await t.call(routes.downloadMyCertificate, { as: holder.session, params: { id: issued.id } });
      expect(second.bytes.equals(first.bytes)).toBe(true);
      expect(first.bytes.equals(await storedPdf(issued.filePath))).toBe(true);
      expect((await stat(absolute)).mtimeMs).toBe(mtime);
    });

    it("prints the course template's signatory, logo and validity on the next certificate", async () => {
      const completion = await certificates.completion(communeId, {
        personId: await fx.person(communeId, 'Lý Thị Thu Trang'),
      });
      const logo = await t.call<UploadView>(routes.createUpload, {
        as: admin,
        query: { courseId: completion.courseId },
        file: { data: await png(240, 240), fileName: 'logo.png', contentType: 'image/png' },
      });
      expect(logo.status).toBe(200);
      const template = await t.call<CertificateTemplateView>(routes.updateCertificateTemplate, {
        as: admin,
        params: { id: completion.courseId },
        body: {
          logoFileId: logo.body.id,
          signatoryName: 'Trần Thị Hồng Nhung',
          signatoryTitle: 'Phó Chủ tịch',
          primaryColour: '#1565c0',
          accentColour: '#2E7D32',
          validityMonths: 24,
          reminderDays: 45,
        },
      });
      expect(template.status).toBe(200);
      expect(template.body).toMatchObject({ primaryColour: '#1565C0', validityMonths: 24, reminderDays: 45 });
      const read = await t.call<CertificateTemplateView>(routes.getCertificateTemplate, {
        as: admin,
        params: { id: completion.courseId },
      });
      expect(read.body).toEqual(template.body);
      expect(read.body).toMatchObject({ logoFileId: logo.body.id, signatoryName: 'Trần Thị Hồng Nhung' });

      const issued = await certificates.issue(completion.enrolmentId);
      // 24 months later on Vietnam's calendar, at the same wall-clock time, by PostgreSQL's arithmetic.
      const [expiry] = await t.db.query<{ matches: boolean; day: string; month: number; year: string }[]>(
        `SELECT expires_at = ((issued_at AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '24 months')
                             AT TIME ZONE 'Asia/Ho_Chi_Minh' AS matches,
                to_char(expires_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD') AS day,
                extract(month FROM expires_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS month,
                to_char(expires_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY') AS year
           FROM certificates WHERE id = $1`,
        [issued.id],
      );
      expect(expiry!.matches).toBe(true);
      const file = join(TEST_UPLOAD_DIR, issued.filePath);
      const text = pdfText(file);
      expect(text).toContain('Trần Thị Hồng Nhung');
      expect(text).toContain('PHÓ CHỦ TỊCH');
      const month = expiry!.month <= 2 ? `0${expiry!.month}` : String(expiry!.month);
      expect(text).toContain(`Có giá trị đến ngày ${expiry!.day} tháng ${month} năm ${expiry!.year}`);
      const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(images.length).toBeGreaterThan(0);
    });
  });

  describe('re-issue after a name correction', () => {
    it('keeps the number, signs the new name, records the change; refuses no change, a revoked one, a second revoke', async () => {
      const personId = await fx.person(communeId, 'Phạm Thị Thu Hà');
      const issued = await certificates.issued(communeId, { personId });
      const before = await row(issued.id);
      await rename(personId, 'Phạm Thị Thu Hằng');
      // Before the re-issue, the staff view tells the printed name from the corrected one.
      expect(
        (await t.call<CertificateDetail>(routes.getCertificate, { as: admin, params: { id: issued.id } })).body,
      ).toMatchObject({ holderName: 'Phạm Thị Thu Hà', currentHolderName: 'Phạm Thị Thu Hằng' });

      const response = await t.call<CertificateDetail>(routes.reissueCertificate, {
        as: admin,
        params: { id: issued.id },
        body: { reason: 'Sửa họ tên theo CCCD' },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        code: issued.code,
        reissueNo: 1,
        holderName: 'Phạm Thị Thu Hằng',
        currentHolderName: 'Phạm Thị Thu Hằng',
        status: 'valid',
      });
      expect(response.body.history.map((e) => e.kind)).toEqual(['issued', 'reissued']);
      expect(response.body.history[1]).toMatchObject({
        reason: 'Sửa họ tên theo CCCD',
        holderNameBefore: 'Phạm Thị Thu Hà',
        holderNameAfter: 'Phạm Thị Thu Hằng',
        actor: { id: admin.view.user.id },
      });

      const after = await row(issued.id);
      expect(after.signature).not.toBe(before.signature);
      expect(after.file_path).not.toBe(before.file_path);
      expect(after.claims).toEqual({ ...before.claims, holderName: 'Phạm Thị Thu Hằng', reissue: 1 });
      expect(verifyClaims(after.claims, after.signature, ring.current.publicKey.key)).toBe(true);
      expect(pdfText(join(TEST_UPLOAD_DIR, after.file_path))).toContain('Phạm Thị Thu Hằng');
      expect((await verify(issued.code)).body).toMatchObject({
        verdict: 'valid',
        certificate: { holderName: 'Phạm Thị Thu Hằng', reissueNo: 1 },
      });
      const audit: { details: Record<string, unknown> }[] = await t.db.query(
        `SELECT details FROM audit_log WHERE action = 'certificate.reissue' AND target_id = $1`,
        [issued.id],
      );
      expect(audit).toEqual([
        {
          details: expect.objectContaining({ before: 'Phạm Thị Thu Hà', after: 'Phạm Thị Thu Hằng', reissue: 1 }),
        },
      ]);

      const again = await t.call<ApiError>(routes.reissueCertificate, {
        as: admin,
        params: { id: issued.id },
        body: { reason: 'Bấm lại' },
      });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('CERTIFICATE_UNCHANGED');

      await rename(personId, 'Phạm Thị Thu Hương');
      expect((await revoke(issued.id)).status).toBe(200);
      const revoked = await t.call<ApiError>(routes.reissueCertificate, {
        as: admin,
        params: { id: issued.id },
        body: { reason: 'Sửa họ tên' },
      });
      expect(revoked.status).toBe(409);
      expect(revoked.body.error.code).toBe('CERTIFICATE_REVOKED');
      const twice = await revoke(issued.id, 'Thu hồi lần nữa');
      expect(twice.status).toBe(409);
      expect(twice.body.error.code).toBe('CERTIFICATE_REVOKED');
      expect((await row(issued.id)).claims.reissue).toBe(1);
      const history: { kind: string }[] = await t.db.query(
        `SELECT kind FROM certificate_events WHERE certificate_id = $1 ORDER BY at, id`,
        [issued.id],
      );
      expect(history.map((h) => h.kind)).toEqual(['issued', 'reissued', 'revoked']);
    });
  });

  describe('my certificates', () => {
    it('lists a completion as pending until its certificate is issued, then the certificate with its status', async () => {
      const holder = await trainee(communeId, 'Trịnh Thị Yến');
      const completion = await certificates.completion(communeId, { personId: holder.personId });
      const mine = () => t.call<MyCertificates>(routes.myCertificates, { as: holder.session }).then((r) => r.body);

      const waiting = await mine();
      expect(waiting.pending.map((p) => p.course.id)).toEqual([completion.courseId]);
      expect(waiting.items).toEqual([]);

      const issued = await certificates.issue(completion.enrolmentId);
      const done = await mine();
      expect(done.pending).toEqual([]);
      expect(done.items).toEqual([
        expect.objectContaining({ id: issued.id, code: issued.code, status: 'valid', canRecertify: false }),
      ]);

      await revoke(issued.id);
      expect((await mine()).items[0]).toMatchObject({ status: 'revoked', canRecertify: false });
    });

    it('renews inside the reminder window: a new enrolment once, and a second certificate with a new code', async () => {
      const holder = await trainee(communeId, 'Quách Thị Liên');
      const first = await certificates.issued(communeId, { personId: holder.personId, validityMonths: 24 });
      const mine = () => t.call<MyCertificates>(routes.myCertificates, { as: holder.session }).then((r) => r.body);
      const recertify = () =>
        t.call<RecertifyResult & ApiError>(routes.recertify, { as: holder.session, params: { id: first.id } });

      expect((await mine()).items[0]).toMatchObject({ id: first.id, canRecertify: false });
      const early = await recertify();
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('CERTIFICATE_NOT_RENEWABLE');

      // Three days before the expiry: inside the 30-day reminder window.
      await t.db.query(`UPDATE certificates SET expires_at = now() + interval '3 days' WHERE id = $1`, [first.id]);
      expect((await mine()).items[0]).toMatchObject({ id: first.id, canRecertify: true });

      const renewed = await recertify();
      expect(renewed.status).toBe(200);
      expect(renewed.body.course.id).toBe(first.courseId);
      expect(renewed.body.enrolmentId).not.toBe(first.enrolmentId);
      const enrolments: { id: string; source: string; ended: boolean; completed: boolean }[] = await t.db.query(
        `SELECT id, source, ended_at IS NOT NULL AS ended, completed_at IS NOT NULL AS completed
           FROM enrolments WHERE person_id = $1 AND course_id = $2 ORDER BY enrolled_at`,
        [holder.personId, first.courseId],
      );
      expect(enrolments).toEqual([
        { id: first.enrolmentId, source: 'manual', ended: true, completed: true },
        { id: renewed.body.enrolmentId, source: 'recertification', ended: false, completed: false },
      ]);
      expect((await recertify()).body.enrolmentId).toBe(renewed.body.enrolmentId);

      await t.db.query(`UPDATE enrolments SET started_at = now(), completed_at = now() WHERE id = $1`, [
        renewed.body.enrolmentId,
      ]);
      const completed = await mine();
      expect(completed.pending.map((p) => p.course.id)).toEqual([first.courseId]);
      // Completed again: renewed, even while the new certificate is still being issued.
      expect(completed.items).toEqual([expect.objectContaining({ id: first.id, canRecertify: false })]);
      const second = await certificates.issue(renewed.body.enrolmentId);
      expect(second.code).not.toBe(first.code);
      const after = await mine();
      expect(after.pending).toEqual([]);
      expect(after.items.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
      expect(after.items.find((c) => c.id === second.id)!.expiresAt).not.toBeNull();
      // Renewed: the old certificate has nothing left to renew, and asking again changes nothing.
      expect(after.items.find((c) => c.id === first.id)).toMatchObject({ canRecertify: false });
      const late = await recertify();
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe('CERTIFICATE_NOT_RENEWABLE');
      const current: { id: string }[] = await t.db.query(
        `SELECT id FROM enrolments WHERE person_id = $1 AND course_id = $2 AND ended_at IS NULL`,
        [holder.personId, first.courseId],
      );
      expect(current).toEqual([{ id: renewed.body.enrolmentId }]);
    });
  });

  describe('staff list and export', () => {
    let course: { courseId: string; versionId: string };
    let commune: string;
    let branch: string;
    const ids: Record<'anh' | 'bich' | 'hoa' | 'yYen' | 'otherCourse', IssuedFixture> = {} as never;

    /** A certificate of the course for a new person of the unit named `fullName`. */
    async function certificateOf(unitId: string, fullName: string): Promise<IssuedFixture> {
      const personId = await fx.person(unitId, fullName);
      const enrolmentId = await fx.enrolment(personId, course);
      await t.db.query(`UPDATE enrolments SET started_at = now(), completed_at = now() WHERE id = $1`, [enrolmentId]);
      return { ...(await certificates.issue(enrolmentId)), enrolmentId, personId, courseId: course.courseId };
    }

    beforeAll(async () => {
      commune = await fx.unit(vuBanId, 'commune', 'Hội LHPN xã Thử Danh Sách');
      branch = await fx.unit(commune, 'branch', 'Chi hội thôn Thử');
      course = await fx.course((await fx.unitNamed('Nam Định', 'province')).id, { published: true });
      ids.anh = await certificateOf(branch, 'Nguyễn Thị Ngọc Ánh');
      ids.bich = await certificateOf(commune, 'Trần Thị Bích');
      ids.hoa = await certificateOf(commune, 'Lê Thị Hoa');
      ids.yYen = await certificateOf(await fx.unit(yYenId, 'commune'), 'Nguyễn Thị Ngọc Ánh');
      ids.otherCourse = await certificates.issued(commune);
      // 23:30 on 10 March in Vietnam is still 10 March there (16:30 UTC); 00:30 on 11 March is the 11th.
      await t.db.query(`UPDATE certificates SET issued_at = '2025-03-10T23:30:00+07:00' WHERE id = $1`, [ids.anh.id]);
      await t.db.query(`UPDATE certificates SET issued_at = '2025-03-11T00:30:00+07:00' WHERE id = $1`, [ids.bich.id]);
      await t.db.query(
        `UPDATE certificates SET issued_at = now() - interval '2 years', expires_at = now() - interval '1 day'
          WHERE id = $1`,
        [ids.hoa.id],
      );
      await revoke(ids.bich.id, 'Cấp nhầm người');
    });

    async function list(query: Record<string, string>, as: Session = admin): Promise<string[]> {
      const response = await t.call<CertificatePage>(routes.listCertificates, {
        as,
        query: { pageSize: 100, ...query },
      });
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(response.body.items.length);
      return response.body.items.map((c) => c.id).sort();
    }
    const sorted = (...certs: IssuedFixture[]) => certs.map((c) => c.id).sort();

    it('filters by name without diacritics and by a piece of the code', async () => {
      expect(await list({ unitId: commune, q: 'nguyen thi ngoc anh' })).toEqual(sorted(ids.anh));
      expect(await list({ courseId: course.courseId, q: 'NGUYỄN THỊ NGỌC ÁNH' })).toEqual(sorted(ids.anh, ids.yYen));
      // Typed across a dash, in lower case.
      const piece = ids.bich.code.slice(6, 12).toLowerCase().replace('-', '');
      expect(await list({ unitId: commune, q: piece })).toEqual(sorted(ids.bich));
    });

    it('filters by status, course and unit subtree', async () => {
      expect(await list({ unitId: commune, status: 'revoked' })).toEqual(sorted(ids.bich));
      expect(await list({ unitId: commune, status: 'expired' })).toEqual(sorted(ids.hoa));
      expect(await list({ unitId: commune, status: 'valid' })).toEqual(sorted(ids.anh, ids.otherCourse));
      expect(await list({ courseId: ids.otherCourse.courseId })).toEqual(sorted(ids.otherCourse));
      expect(await list({ unitId: commune })).toEqual(sorted(ids.anh, ids.bich, ids.hoa, ids.otherCourse));
      expect(await list({ unitId: branch })).toEqual(sorted(ids.anh));
    });

    it('filters by issue date in Vietnam time', async () => {
      expect(await list({ unitId: commune, issuedFrom: '2025-03-10', issuedTo: '2025-03-10' })).toEqual(
        sorted(ids.anh),
      );
      expect(await list({ unitId: commune, issuedFrom: '2025-03-11', issuedTo: '2025-03-11' })).toEqual(
        sorted(ids.bich),
      );
      expect(await list({ unitId: commune, issuedFrom: '2025-03-10', issuedTo: '2025-03-11' })).toEqual(
        sorted(ids.anh, ids.bich),
      );
    });

    it("shows a district reviewer only her district's certificates", async () => {
      const reviewer = await t.signIn('reviewer.vuban@example.org');
      expect(await list({ courseId: course.courseId }, reviewer)).toEqual(sorted(ids.anh, ids.bich, ids.hoa));
      expect(await list({ courseId: course.courseId })).toEqual(sorted(ids.anh, ids.bich, ids.hoa, ids.yYen));
    });

    it('exports the filtered rows as a workbook with Vietnamese headers and real dates', async () => {
      const response = await t.call(routes.exportCertificates, {
        as: admin,
        query: { unitId: commune, issuedFrom: '2025-03-10', issuedTo: '2025-03-11' },
      });
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(response.bytes).buffer);
      const sheet = workbook.worksheets[0]!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(headers).toEqual(
        expect.arrayContaining(['Số chứng nhận', 'Họ và tên', 'Khóa học', 'Ngày cấp', 'Trạng thái']),
      );
      const column = (header: string) => headers.indexOf(header) + 1;
      const rows = [2, 3].map((n) => sheet.getRow(n));
      expect(sheet.rowCount).toBe(3);
      const anh = rows.find((r) => r.getCell(column('Số chứng nhận')).value === ids.anh.code)!;
      expect(anh.getCell(column('Họ và tên')).value).toBe('Nguyễn Thị Ngọc Ánh');
      expect(anh.getCell(column('Trạng thái')).value).toBe('Còn hiệu lực');
      // Excel has no zones: the cell holds Vietnam's wall clock.
      const issued = anh.getCell(column('Ngày cấp')).value;
      expect(issued).toBeInstanceOf(Date);
      expect((issued as Date).toISOString()).toBe('2025-03-10T23:30:00.000Z');
      const bich = rows.find((r) => r.getCell(column('Số chứng nhận')).value === ids.bich.code)!;
      expect(bich.getCell(column('Trạng thái')).value).toBe('Đã thu hồi');
    });
  });

  describe('failed jobs', () => {
    it('shows a failed job to the admin with the first line of its reason, and retries it once', async () => {
      const completion = await certificates.completion(communeId);
      const jobId = await certificates.failedJob(completion.enrolmentId, 'Ổ đĩa đầy\n    at write (/srv/sen/x.js:1:1)');
      const failed = async () =>
        (await t.call<FailedCertificateJobs>(routes.failedCertificateJobs, { as: admin })).body.items.find(
          (j) => j.jobId === jobId,
        );
      expect(await failed()).toMatchObject({
        enrolmentId: completion.enrolmentId,
        reason: 'Ổ đĩa đầy',
        attempts: 1,
        course: { id: completion.courseId },
        person: { id: completion.personId },
      });

      const retried = await t.call(routes.retryCertificateJob, { as: admin, params: { jobId } });
      expect(retried.status).toBe(204);
      expect(await failed()).toBeUndefined();
      const queue = t.app.get<Queue>(getQueueToken(QueueName.IssueCertificate));
      expect(await (await queue.getJob(jobId))!.getState()).toBe('waiting');

      const again = await t.call<ApiError>(routes.retryCertificateJob, { as: admin, params: { jobId } });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('JOB_NOT_FAILED');
    });
  });

  it('exports an Open Badge that verifies against the published key and names the holder and the course', async () => {
    const holder = await trainee(communeId, 'Kiều Thị Phương');
    const issued = await certificates.issued(communeId, {
      personId: holder.personId,
      courseTitle: 'Phòng chống bạo lực gia đình',
    });
    const response = await t.call<Record<string, unknown>>(routes.myCertificateBadge, {
      as: holder.session,
      params: { id: issued.id },
    });
    expect(response.status).toBe(200);
    const keys = (await t.call<CertificateKeysDocument>(routes.certificateKeys)).body;
    const published = keys.keys.map((k) => publicKeyFromRaw(parsePublicKey(k.x)!));
    expect(verifyOpenBadge(response.body, published)).toEqual({ valid: true, kid: keys.keys[0]!.kid });
    expect(response.body).toMatchObject({
      credentialSubject: { name: 'Kiều Thị Phương', achievement: { name: 'Phòng chống bạo lực gia đình' } },
    });
    // Edited, it no longer verifies.
    const edited = {
      ...response.body,
      credentialSubject: { ...(response.body.credentialSubject as object), name: 'Kiều Thị Phượng' },
    };
    expect(verifyOpenBadge(edited, published)).toEqual({ valid: false, reason: 'bad-signature' });
  });

  describe('template validation', () => {
    const body = {
      logoFileId: null,
      signatoryName: null,
      signatoryTitle: 'Chủ tịch',
      primaryColour: '#C2185B',
      accentColour: '#B8860B',
      validityMonths: null,
      reminderDays: 30,
    };

    async function written(courseId: string): Promise<number> {
      const rows: { n: number }[] = await t.db.query(
        `SELECT (SELECT count(*) FROM certificate_templates WHERE course_id = $1)
              + (SELECT count(*) FROM audit_log WHERE action = 'certificate.template' AND target_id = $1::text) AS n`,
        [courseId],
      );
      return Number(rows[0]!.n);
    }

    it('refuses a WebP logo (422 naming body.logoFileId) and a bad colour (400 naming it), writing nothing', async () => {
      const { courseId } = await fx.course(communeId, { published: true });
      const webp = await t.call<UploadView>(routes.createUpload, {
        as: admin,
        query: { courseId },
        file: {
          data: await sharp({ create: { width: 64, height: 64, channels: 3, background: '#C2185B' } })
            .webp()
            .toBuffer(),
          fileName: 'logo.webp',
          contentType: 'image/webp',
        },
      });
      expect(webp.status).toBe(200);
      const logo = await t.call<ApiError>(routes.updateCertificateTemplate, {
        as: admin,
        params: { id: courseId },
        body: { ...body, logoFileId: webp.body.id },
      });
      expect(logo.status).toBe(422);
      expect(logo.body.error.code).toBe('CERTIFICATE_LOGO_INVALID');
      expect(logo.body.error.fields?.map((f) => f.path)).toEqual(['body.logoFileId']);

      const colour = await t.call<ApiError>(routes.updateCertificateTemplate, {
        as: admin,
        params: { id: courseId },
        body: { ...body, accentColour: '#B8860' },
      });
      expect(colour.status).toBe(400);
      expect(colour.body.error.code).toBe('VALIDATION_FAILED');
      expect(colour.body.error.fields?.map((f) => f.path)).toEqual(['body.accentColour']);
      expect(await written(courseId)).toBe(0);

      // The same body with a good colour and no logo is taken: the refusals above were about those fields.
      expect(
        (await t.call(routes.updateCertificateTemplate, { as: admin, params: { id: courseId }, body })).status,
      ).toBe(200);
      expect(await written(courseId)).toBe(2);
    });
  });
});
