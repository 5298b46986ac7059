// Gzipped JavaScript a trainee downloads to open a lesson: the entry and its static imports, plus the
// lesson route's chunk and its static imports, read from Vite's manifest of the built web app.
// Usage: node tools/measure-trainee-js.mjs [--check]  (after `npx nx run web:build`); --check fails over budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist', 'apps', 'web');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const ROUTE = 'src/features/learning/routes/lesson-player.page.tsx';
const BUDGET_KB = 200;

const files = new Set();
function follow(key) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the manifest`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) follow(imported);
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
follow(entry);
follow(ROUTE);

const rows = [...files]
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, gz: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }))
  .sort((a, b) => b.gz - a.gz);
const total = rows.reduce((sum, row) => sum + row.gz, 0);
for (const row of rows) console.log(`${(row.gz / 1024).toFixed(1).padStart(8)} KB gz  ${row.file}`);
console.log(`${(total / 1024).toFixed(1).padStart(8)} KB gz  total to open a lesson (budget ${BUDGET_KB} KB)`);
const editor = rows.filter((row) => /tiptap|rich-text|lesson-editor/.test(row.file));
if (editor.length > 0) console.log(`editor code in the lesson route: ${editor.map((r) => r.file).join(', ')}`);
if (process.argv.includes('--check') && (total / 1024 > BUDGET_KB || editor.length > 0)) process.exitCode = 1;
