/**
 * Certificates issued through the queue: N completed enrolments, one `issue-certificate` job each (enqueued in
 * bulk with the job ids production uses), consumed by one worker process per core (certificate-queue-worker.ts:
 * the real IssueCertificateProcessor, which reads the enrolment, signs, renders, writes the PDF atomically and
 * inserts the row with its history entry). Timed from the first enqueue to the last certificate row. The
 * baseline, in the same run, is a bare loop in this one process doing only the processor's CPU work (claims,
 * Ed25519 signature, PDF, SHA-256) for the same holders and courses, before and after the queue phase. Prints
 * both rates, the queue rate over (bare rate × worker processes) — the per-core ratio —, where the machine's CPU
 * went per certificate, and the workers' memory at the start, halfway and the end.
 *
 * Runs on a database, a Redis prefix and an upload folder of its own, all removed at the end.
 * BENCH_CERTIFICATES (10,000), BENCH_WORKERS (cores), BENCH_WORKER_CONCURRENCY (the processor's own), BENCH_BARE_CERTIFICATES (1,000
 * per pass), BENCH_WORKER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=tmp/profiles").
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, type KeyObject } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
// The processor's pieces and the app's schema and seed (an app's source, not a library).
/* eslint-disable @nx/enforce-module-boundaries */
import { dataSourceOptions } from '../../apps/api/src/core/database/data-source-options';
import { ensureDatabase } from '../../apps/api/src/core/database/ensure-database';
import { DEFAULT_JOB_OPTIONS, QueueName, type JobPayloads } from '../../apps/api/src/core/queue/queues';
import { seedDemo } from '../../apps/api/src/database/seed/seed-demo';
import { DEFAULT_TEMPLATE, instant } from '../../apps/api/src/features/certificates/certificate-issuer';
import {
  CertificatesRepository,
  type IssuanceSource,
} from '../../apps/api/src/features/certificates/certificates.repository';
import { issueCertificateJobId } from '../../apps/api/src/features/certificates/jobs/issue-certificate-job-id';
import { renderCertificate, type CertificateTemplate } from '../../apps/api/src/features/certificates/pdf';
import {
  signClaims,
  type CertificateClaims,
} from '../../apps/api/src/features/certificates/signing/certificate-claims';
import { generateCode } from '../../apps/api/src/features/certificates/signing/certificate-code';
import {
  INSECURE_DEMO_CERTIFICATE_SEED,
  signingKeyFromSeed,
} from '../../apps/api/src/features/certificates/signing/ed25519-keys';
/* eslint-enable @nx/enforce-module-boundaries */
import { dropDatabase } from '../support/recreate-database';
import type { WorkerMessage } from './certificate-queue-worker';

const TOTAL = Number(process.env.BENCH_CERTIFICATES ?? 10_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? availableParallelism());
/** Per bare pass; there are two, one before and one after the queue phase, so drift shows. */
const BARE = Number(process.env.BENCH_BARE_CERTIFICATES ?? 1_000);
const WARM_UP = 50;
const ENQUEUE_CHUNK = 500;
const POLL_MS = 100;
const PUBLIC_URL = 'https://sen.example.org';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Trương', 'Ngô', 'Dương'];
const MIDDLE = ['Thị', 'Thị Ánh', 'Thị Bích', 'Ngọc', 'Thị Hương', 'Thu', 'Thị Mỹ'];
const GIVEN = ['Tuyết', 'Giang', 'Ngọc', 'Hằng', 'Nhung', 'Huyền', 'Thảo', 'Yến', 'Quỳnh', 'Duyên', 'Hạnh'];

interface Enrolment {
  id: string;
  completedAt: Date;
}

/**
 * `count` new members (a name each), each enrolled in one of the seeded published courses in turn and having
 * completed it — one statement, so that 10,000 cost a second, not a minute of fixtures.
 */
async function completedEnrolments(db: DataSource, count: number): Promise<Enrolment[]> {
  const rows: { id: string; completedAt: Date }[] = await db.query(
    `WITH people_added AS (
       INSERT INTO people (full_name, name_search)
       SELECT n, lower(n) FROM (
         SELECT ($2::text[])[1 + i % cardinality($2::text[])] || ' ' || ($3::text[])[1 + i / 12 % cardinality($3::text[])]
                || ' ' || ($4::text[])[1 + i / 84 % cardinality($4::text[])] AS n
           FROM generate_series(0, $1 - 1) AS i) AS names
       RETURNING id),
     numbered AS (SELECT id, row_number() OVER () - 1 AS k FROM people_added),
     versions AS (
       SELECT v.course_id, v.id, row_number() OVER (ORDER BY v.id) - 1 AS k, count(*) OVER () AS n
         FROM course_versions v WHERE v.status = 'published')
     INSERT INTO enrolments (person_id, course_id, version_id, source, started_at, completed_at)
     SELECT p.id, v.course_id, v.id, 'self', now() - interval '2 days', now() - p.k * interval '1 second'
       FROM numbered p JOIN versions v ON v.k = p.k % v.n
     RETURNING id, completed_at AS "completedAt"`,
    [count, FAMILY, MIDDLE, GIVEN],
  );
  if (rows.length !== count) throw new Error(`expected ${count} enrolments, made ${rows.length}`);
  return rows;
}

/**
 * What the processor's CPU does for one certificate (claims, signature, the template the issuer prints with when
 * a course has none, PDF, SHA-256 of the file), without the database, the queue or the disk.
 */
async function bareCertificate(source: IssuanceSource, privateKey: KeyObject): Promise<number> {
  const issuedAt = new Date(instant(new Date()));
  const claims: CertificateClaims = {
    code: generateCode(),
    holderName: source.holderName.normalize('NFC'),
    course: { id: source.courseId, title: source.courseTitle.normalize('NFC'), version: source.versionNo },
    issuer: { unitId: source.issuerUnitId, unitName: source.issuerName.normalize('NFC') },
    issuedAt: instant(issuedAt),
    expiresAt: null,
    reissue: 0,
  };
  signClaims(claims, privateKey);
  const template: CertificateTemplate = {
    logo: null,
    signatoryName: source.presidentName ?? source.issuerName,
    signatoryTitle: DEFAULT_TEMPLATE.signatoryTitle,
    primaryColour: DEFAULT_TEMPLATE.primaryColour,
    accentColour: DEFAULT_TEMPLATE.accentColour,
  };
  const pdf = await renderCertificate(
    {
      holderName: claims.holderName,
      courseTitle: claims.course.title,
      issuerName: claims.issuer.unitName,
      issuedAt,
      expiresAt: null,
      shortCode: claims.code,
      verificationUrl: `${PUBLIC_URL}/verify/${claims.code}`,
    },
    template,
  );
  createHash('sha256').update(pdf).digest('hex');
  return pdf.length;
}

interface BareResult {
  perSecond: number;
  cpuMsPerCertificate: number;
  meanBytes: number;
}

async function bareLoop(sources: IssuanceSource[]): Promise<BareResult> {
  const { privateKey } = signingKeyFromSeed(Buffer.from(INSECURE_DEMO_CERTIFICATE_SEED, 'base64url'));
  for (let i = 0; i < WARM_UP; i++) await bareCertificate(sources[i % sources.length]!, privateKey);
  let bytes = 0;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (const source of sources) bytes += await bareCertificate(source, privateKey);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  return {
    perSecond: sources.length / seconds,
    cpuMsPerCertificate: (used.user + used.system) / 1000 / sources.length,
    meanBytes: bytes / sources.length,
  };
}

/** Busy and total jiffies of the whole machine, from /proc/stat. */
async function machineCpu(): Promise<{ busy: number; total: number }> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/**
 * CPU milliseconds used so far by PostgreSQL (the backends serving the bench's database and the server's own
 * processes: WAL writer, checkpointer…; not other databases' backends) and by Redis, read from /proc.
 */
async function serviceCpu(database: string): Promise<{ postgres: number; postgresServer: number; redis: number }> {
  const totals = { postgres: 0, postgresServer: 0, redis: 0 };
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    const comm = /\((.*)\)/.exec(stat)?.[1] ?? '';
    let group: keyof typeof totals | null = comm.startsWith('redis-server') ? 'redis' : null;
    if (comm === 'postgres') {
      const title = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      const backend = /\(\d+\)/.test(title);
      if (!backend) group = 'postgresServer';
      else if (title.includes(` ${database} `)) group = 'postgres';
    }
    if (!group) continue;
    // utime and stime are the 14th and 15th fields of the file, the 12th and 13th after the command.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    totals[group] += (Number(fields[11]) + Number(fields[12])) * 10;
  }
  return totals;
}

interface Worker {
  child: ChildProcess;
  /** Resolves with the number of jobs the worker runs at once. */
  ready: Promise<number>;
}

type MemorySample = Extract<WorkerMessage, { type: 'memory' }>;

function startWorker(env: NodeJS.ProcessEnv): Worker {
  const child = fork(join(__dirname, 'certificate-queue-worker.ts'), [], {
    env,
    // BENCH_WORKER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=tmp/profiles") profiles the workers.
    execArgv: [
      '-r',
      '@swc-node/register',
      '--expose-gc',
      ...(process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = new Promise<number>((resolve, reject) => {
    child.on('message', (m: WorkerMessage) => m.type === 'ready' && resolve(m.concurrency));
    child.once('exit', (code) => reject(new Error(`a worker exited with ${code} before it was ready`)));
  });
  return { child, ready };
}

function memoryOf(worker: Worker): Promise<MemorySample> {
  return new Promise((resolve) => {
    const listener = (m: WorkerMessage): void => {
      if (m.type !== 'memory') return;
      worker.child.off('message', listener);
      resolve(m);
    };
    worker.child.on('message', listener);
    worker.child.send('memory');
  });
}

async function stopWorker(worker: Worker): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => worker.child.once('exit', () => resolve()));
  worker.child.send('stop');
  const timer = setTimeout(() => worker.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Deletes every key under the bench's own prefix (queues, events, locks). */
async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const databaseUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sen');
  databaseUrl.pathname = `/${databaseUrl.pathname.slice(1) || 'sen'}_bench_certificates`;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisPrefix = `${process.env.REDIS_PREFIX ?? 'sen'}-bench-certificates`;
  const uploadDir = await mkdtemp(join(tmpdir(), 'sen-bench-certificates-'));
  const workerEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    LOG_LEVEL: 'silent',
    UPLOAD_DIR: uploadDir,
    PUBLIC_URL,
    // Production refuses the demo key; the bare loop signs with the demo key, which costs the same.
    CERTIFICATE_SIGNING_KEY: randomBytes(32).toString('base64'),
    REPORT_LINK_SECRET: randomBytes(32).toString('base64'),
  };

  await dropDatabase(databaseUrl.toString());
  await ensureDatabase(databaseUrl.toString());
  const db = await new DataSource(dataSourceOptions(databaseUrl.toString())).initialize();
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue<JobPayloads[QueueName.IssueCertificate]>(QueueName.IssueCertificate, {
    connection: redis,
    prefix: `${redisPrefix}:bull`,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });
  const workers: Worker[] = [];
  try {
    await deleteKeys(redis, redisPrefix);
    await db.runMigrations({ transaction: 'each' });
    await seedDemo(db);
    const warmUp = await completedEnrolments(db, WARM_UP * WORKERS);
    const timed = await completedEnrolments(db, TOTAL);
    await db.query('ANALYZE');

    // The baseline reads its sources beforehand with the processor's own query: only the CPU work is timed.
    const repository = new CertificatesRepository(db);
    const sources: IssuanceSource[] = [];
    for (const e of timed.slice(0, BARE)) sources.push((await repository.issuanceSource(e.id))!);
    const bareBefore = await bareLoop(sources);

    for (let i = 0; i < WORKERS; i++) workers.push(startWorker(workerEnv));
    const concurrency = (await Promise.all(workers.map((w) => w.ready)))[0];

    const enqueue = (enrolments: Enrolment[]): Promise<unknown> =>
      queue.addBulk(
        enrolments.map((e) => ({
          name: 'issue-certificate',
          data: { enrolmentId: e.id },
          opts: { jobId: issueCertificateJobId(e.id, e.completedAt) },
        })),
      );
    // Jobs not finished yet, from Redis: counting rows instead would cost PostgreSQL a growing scan ten times a second.
    const pending = async (): Promise<number> => {
      const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed');
      if (counts.failed) throw new Error(`${counts.failed} jobs failed`);
      return Object.values(counts).reduce((sum, n) => sum + n, 0);
    };

    // Warm-up: each worker connects, compiles and renders its first certificates before the clock starts.
    await enqueue(warmUp);
    while ((await pending()) > 0) await sleep(POLL_MS);
    const atStart = await Promise.all(workers.map(memoryOf));

    const cpuBefore = await machineCpu();
    const servicesBefore = await serviceCpu(databaseUrl.pathname.slice(1));
    const ownBefore = process.cpuUsage();
    const [{ t0 }] = await db.query<[{ t0: Date }]>(`SELECT clock_timestamp() AS t0`);
    const started = process.hrtime.bigint();
    for (let i = 0; i < timed.length; i += ENQUEUE_CHUNK) await enqueue(timed.slice(i, i + ENQUEUE_CHUNK));
    const enqueuedIn = Number(process.hrtime.bigint() - started) / 1e9;
    let atHalf: MemorySample[] | null = null;
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      const n = await pending();
      if (n === 0) break;
      if (!atHalf && n <= TOTAL / 2) atHalf = await Promise.all(workers.map(memoryOf));
      if (Date.now() > deadline) throw new Error(`${n} of ${TOTAL} jobs still pending after 10 minutes`);
      await sleep(POLL_MS);
    }
    const [{ last }] = await db.query<[{ last: Date }]>(`SELECT max(created_at) AS last FROM certificates`);
    const cpuAfter = await machineCpu();
    const servicesAfter = await serviceCpu(databaseUrl.pathname.slice(1));
    const own = process.cpuUsage(ownBefore);
    const atEnd = await Promise.all(workers.map(memoryOf));
    const seconds = (last.getTime() - t0.getTime()) / 1000;
    const queueRate = TOTAL / seconds;

    const bareAfter = await bareLoop(sources);
    const bareRate = (bareBefore.perSecond + bareAfter.perSecond) / 2;

    // Every enrolment has its certificate once, with its file, and nothing is left half-written.
    const [{ rows, enrolments }] = await db.query<[{ rows: number; enrolments: number }]>(
      `SELECT count(*)::int AS rows, count(DISTINCT enrolment_id)::int AS enrolments FROM certificates`,
    );
    const files = await readdir(join(uploadDir, 'certificates'));
    const pdfs = files.filter((f) => f.endsWith('.pdf')).length;
    const expected = TOTAL + warmUp.length;
    if (rows !== expected || enrolments !== expected || pdfs !== expected || files.length !== expected) {
      throw new Error(
        `${rows} certificates for ${enrolments} enrolments, ${pdfs} PDFs, ${files.length} files; expected ${expected}`,
      );
    }

    const workerCpuMs = atEnd.reduce((sum, m, i) => sum + m.cpuMs - atStart[i]!.cpuMs, 0);
    const workerSystemMs = atEnd.reduce((sum, m, i) => sum + m.systemMs - atStart[i]!.systemMs, 0);
    const postgresMs = servicesAfter.postgres - servicesBefore.postgres;
    const postgresServerMs = servicesAfter.postgresServer - servicesBefore.postgresServer;
    const redisMs = servicesAfter.redis - servicesBefore.redis;
    const ownMs = (own.user + own.system) / 1000;
    // /proc/stat counts in 1/100 s, summed over the cores.
    const busyMs = (cpuAfter.busy - cpuBefore.busy) * 10;
    const machineBusy = (cpuAfter.busy - cpuBefore.busy) / (cpuAfter.total - cpuBefore.total);
    const elsewhereMs = busyMs - workerCpuMs - postgresMs - postgresServerMs - redisMs - ownMs;
    const bareCpu = (bareBefore.cpuMsPerCertificate + bareAfter.cpuMsPerCertificate) / 2;
    const perCertificate = (ms: number): string => (ms / TOTAL).toFixed(2);
    const mem = (samples: MemorySample[] | null): string =>
      samples ? samples.map((m) => `RSS ${mb(m.rss)} heap ${mb(m.heapUsed)}`).join(' | ') : 'n/a';

    console.log(
      `\nCertificates through the queue: ${TOTAL} jobs, ${WORKERS} worker processes × concurrency ${concurrency}, ${availableParallelism()} cores`,
    );
    console.log(
      `bare loop (claims, signature, PDF, hash; one process): ${bareBefore.perSecond.toFixed(1)} /s before, ${bareAfter.perSecond.toFixed(1)} /s after → ${bareRate.toFixed(1)} /s; CPU ${bareCpu.toFixed(2)} ms per certificate; mean PDF ${(bareBefore.meanBytes / 1024).toFixed(1)} KB`,
    );
    console.log(
      `queue: ${queueRate.toFixed(1)} certificates/s (${seconds.toFixed(1)} s from the first enqueue to the last row; enqueueing took ${enqueuedIn.toFixed(1)} s)`,
    );
    console.log(
      `per-core ratio: ${(queueRate / (bareRate * WORKERS)).toFixed(2)}× (queue / (bare × ${WORKERS} worker processes)); queue / bare ${(queueRate / bareRate).toFixed(2)}×`,
    );
    console.log(
      `CPU per certificate in the queue phase (machine ${(100 * machineBusy).toFixed(0)} % busy): workers ${perCertificate(workerCpuMs)} ms (kernel ${perCertificate(workerSystemMs)}), PostgreSQL ${perCertificate(postgresMs)} (+ ${perCertificate(postgresServerMs)} WAL writer, checkpointer…), Redis ${perCertificate(redisMs)}, this process ${perCertificate(ownMs)}, anything else on the machine ${perCertificate(elsewhereMs)}`,
    );
    console.log(
      `bare CPU / worker CPU per certificate: ${(bareCpu / (workerCpuMs / TOTAL)).toFixed(2)}× (the per-core ratio were PostgreSQL and Redis on cores of their own)`,
    );
    if (elsewhereMs > 0.1 * busyMs) {
      console.log(
        `warning: other work took ${((100 * elsewhereMs) / busyMs).toFixed(0)} % of the busy CPU: not a quiet run`,
      );
    }
    console.log(`worker memory after a GC (per worker): at 0       ${mem(atStart)}`);
    console.log(`${' '.repeat(39)}at ${String(TOTAL / 2).padEnd(7)} ${mem(atHalf)}`);
    console.log(`${' '.repeat(39)}at ${String(TOTAL).padEnd(7)} ${mem(atEnd)}`);
  } finally {
    await Promise.all(workers.map(stopWorker));
    await queue.close();
    await deleteKeys(redis, redisPrefix);
    redis.disconnect();
    await db.destroy();
    await dropDatabase(databaseUrl.toString());
    await rm(uploadDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
