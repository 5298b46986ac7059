import type { Manifest } from 'vite';

/**
 * The features a trainee uses; every other feature's screens are staff work. Their chunks are left
 * out of the service worker's precache, so a phone does not download every admin screen when it
 * installs the app; they are cached at run time if ever opened (the `/assets/` CacheFirst rule).
 */
export const LEARNER_FEATURES: readonly string[] = ['auth', 'home', 'learning', 'quiz-player', 'certificates'];

function isLearnerModule(key: string): boolean {
  // Staff screens' texts (see i18n/dictionaries.ts) are staff work too.
  if (/^src\/i18n\/[^/]+\.staff\.json$/.test(key)) return false;
  const feature = /^src\/features\/([^/]+)\//.exec(key)?.[1];
  return feature === undefined || LEARNER_FEATURES.includes(feature);
}

/**
 * The built files (JS and CSS, relative to the build directory) the learner path needs offline: the
 * entry with everything it imports, and what it loads on demand (learner screens, the language menu,
 * notifications, the other dictionary) with their imports, read from Vite's manifest.
 */
export function learnerFiles(manifest: Manifest): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const follow = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) follow(imported);
    for (const loaded of chunk.dynamicImports ?? []) if (isLearnerModule(loaded)) follow(loaded);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) follow(key);
  return files;
}
