import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Job } from 'bullmq';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { JobPayloads, QueueName } from '../src/core/queue/queues';
import type { AppConfig } from '../src/core/config/app-config';
import { CoreModule } from '../src/core/core.module';
import { CertificatesJobsModule } from '../src/features/certificates/certificates-jobs.module';
import { IssueCertificateProcessor } from '../src/features/certificates/jobs/issue-certificate.job';
import { certificateKeyRing } from '../src/features/certificates/signing/ed25519-keys';
import { verifyClaims, type CertificateClaims } from '../src/features/certificates/signing/certificate-claims';
import { Fixtures } from './support/fixtures';
import { testConfig } from './support/test-config';
import { TestApp } from './support/test-app';

const run = promisify(execFile);

type IssueJob = Job<JobPayloads[QueueName.IssueCertificate]>;

function job(enrolmentId: string): IssueJob {
  return { id: `test-${enrolmentId}`, data: { enrolmentId } } as IssueJob;
}

interface Row {
  id: string;
  code: string;
  holder_name: string;
  course_title: string;
  claims: CertificateClaims;
  signature: string;
  key_id: string;
  file_path: string;
  file_sha256: string;
}

/**
 * Only the certificate processor, on a Redis prefix and a folder of its own: a whole worker would also run the
 * maintenance sweep, which issues certificates for every completion other test files leave in the shared
 * database, into the folder this test counts files in.
 */
@Module({})
class IssuanceOnly {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: IssuanceOnly, imports: [CoreModule.forRoot(config), CertificatesJobsModule] };
  }
}

describe('certificate issuance', () => {
  const uploadDir = join(tmpdir(), `sen-it-certificates-${process.pid}-${Date.now()}`);
  const config = testConfig({ UPLOAD_DIR: uploadDir, REDIS_PREFIX: `sen-it-certificates-${process.pid}` });
  let t: TestApp;
  let fx: Fixtures;
  let worker: INestApplicationContext;
  let processor: IssueCertificateProcessor;
  let unitId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    worker = await NestFactory.createApplicationContext(IssuanceOnly.forRoot(config), { logger: false });
    processor = worker.get(IssueCertificateProcessor);
    unitId = (await fx.unitNamed('Minh Tân', 'commune')).id;
  });
  afterAll(async () => {
    await worker.close();
    await t.stop();
    await rm(uploadDir, { recursive: true, force: true });
  });

  async function completedEnrolment(holderName: string, courseTitle: string): Promise<string> {
    const personId = await fx.person(unitId, holderName);
    const course = await fx.course(unitId, { published: true });
    await t.db.query(`UPDATE course_versions SET title = $2 WHERE id = $1`, [course.versionId, courseTitle]);
    const enrolmentId = await fx.enrolment(personId, course);
    await t.db.query(`UPDATE enrolments SET started_at = now(), completed_at = now() WHERE id = $1`, [enrolmentId]);
    return enrolmentId;
  }

  async function rowsOf(enrolmentId: string): Promise<Row[]> {
    return t.db.query(`SELECT * FROM certificates WHERE enrolment_id = $1`, [enrolmentId]);
  }

  /** The certificate files this test's processor wrote, temporary ones included. */
  async function certificateFiles(): Promise<string[]> {
    return readdir(join(uploadDir, 'certificates')).catch(() => [] as string[]);
  }

  it('issues one signed certificate whose PDF prints the exact holder name and course title, however often it runs', async () => {
    // Typed on a Mac: decomposed (NFD) marks, which the certificate must print and sign composed.
    const holder = 'Nguyễn Thị Ngọc Ánh'.normalize('NFD');
    const title = 'Kỹ năng lãnh đạo Hội cơ sở — khóa 2025';
    const enrolmentId = await completedEnrolment(holder, title);

    const before = await certificateFiles();
    const first = await processor.process(job(enrolmentId));
    const second = await processor.process(job(enrolmentId));
    expect(first).not.toBeNull();
    expect(second).toEqual(first);

    const rows = await rowsOf(enrolmentId);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.holder_name).toBe(holder.normalize('NFC'));
    expect(row.course_title).toBe(title);
    expect((await certificateFiles()).filter((n) => !before.includes(n))).toEqual([basename(row.file_path)]);
    expect(row.file_sha256).toBe(
      createHash('sha256')
        .update(await readFile(join(uploadDir, row.file_path)))
        .digest('hex'),
    );
    const history = await t.db.query<{ kind: string; signature: string; file_path: string }[]>(
      `SELECT kind, signature, file_path FROM certificate_events WHERE certificate_id = $1`,
      [row.id],
    );
    expect(history).toEqual([{ kind: 'issued', signature: row.signature, file_path: row.file_path }]);

    const ring = certificateKeyRing(config);
    expect(row.key_id).toBe(ring.current.publicKey.kid);
    expect(row.claims.code).toBe(row.code);
    expect(verifyClaims(row.claims, row.signature, ring.current.publicKey.key)).toBe(true);
    expect(verifyClaims({ ...row.claims, holderName: 'Trần Văn Giả' }, row.signature, ring.current.publicKey.key)).toBe(
      false,
    );

    const pdfPath = join(uploadDir, row.file_path);
    const text = (await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'])).stdout
      .normalize('NFC')
      .replace(/\s+/gu, ' ');
    expect(text).toContain(holder.normalize('NFC'));
    expect(text).toContain(title);
    expect(text).toContain(row.code);
    expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('issues exactly one certificate when runs race', async () => {
    const enrolmentId = await completedEnrolment('Trần Thị Hương', 'Nghiệp vụ công tác Hội');
    const before = await certificateFiles();
    const results = await Promise.all([processor.process(job(enrolmentId)), processor.process(job(enrolmentId))]);
    const rows = await rowsOf(enrolmentId);
    expect(rows).toHaveLength(1);
    expect(results.map((r) => r?.id)).toEqual([rows[0]!.id, rows[0]!.id]);
    // The loser removed its file: only the winner's is new, and no temporary file is left.
    expect((await certificateFiles()).filter((n) => !before.includes(n))).toEqual([basename(rows[0]!.file_path)]);
  });

  it('issues nothing for an enrolment that is not completed', async () => {
    const personId = await fx.person(unitId);
    const enrolmentId = await fx.enrolment(personId, await fx.course(unitId, { published: true }));
    expect(await processor.process(job(enrolmentId))).toBeNull();
    expect(await rowsOf(enrolmentId)).toEqual([]);
  });
});
