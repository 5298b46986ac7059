import { describe, expect, it } from '@jest/globals';
import type { Manifest } from 'vite';
import { learnerFiles } from './learner-precache';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor-react.js'],
    css: ['assets/index.css'],
    dynamicImports: [
      'src/features/learning/routes/lesson-player.page.tsx',
      'src/features/courses/routes/lesson-editor.page.tsx',
      'src/app/shell/language-menu.component.tsx',
      'src/i18n/en.json',
      'src/i18n/vi.staff.json',
      '../../node_modules/@mantine/notifications/esm/index.mjs',
    ],
  },
  '_vendor-react.js': { file: 'assets/vendor-react.js' },
  '_Button.js': { file: 'assets/Button.js', imports: ['_vendor-react.js'] },
  '_tiptap.js': { file: 'assets/tiptap.js' },
  'src/features/learning/routes/lesson-player.page.tsx': {
    file: 'assets/lesson-player.js',
    isDynamicEntry: true,
    imports: ['_Button.js', 'index.html'],
    css: ['assets/lesson-player.css'],
  },
  'src/features/courses/routes/lesson-editor.page.tsx': {
    file: 'assets/lesson-editor.js',
    isDynamicEntry: true,
    imports: ['_Button.js', '_tiptap.js'],
  },
  'src/app/shell/language-menu.component.tsx': { file: 'assets/language-menu.js', isDynamicEntry: true },
  'src/i18n/en.json': { file: 'assets/en.js', isDynamicEntry: true },
  'src/i18n/vi.staff.json': { file: 'assets/vi.staff.js', isDynamicEntry: true },
  '../../node_modules/@mantine/notifications/esm/index.mjs': { file: 'assets/notifications.js', isDynamicEntry: true },
};

describe('learnerFiles', () => {
  it('keeps the entry, what it loads on demand for a trainee, and their imports and styles', () => {
    expect([...learnerFiles(manifest)].sort()).toEqual([
      'assets/Button.js',
      'assets/en.js',
      'assets/index.css',
      'assets/index.js',
      'assets/language-menu.js',
      'assets/lesson-player.css',
      'assets/lesson-player.js',
      'assets/notifications.js',
      'assets/vendor-react.js',
    ]);
  });

  it('leaves out staff screens and what only they import', () => {
    const files = learnerFiles(manifest);
    expect(files.has('assets/lesson-editor.js')).toBe(false);
    expect(files.has('assets/tiptap.js')).toBe(false);
    expect(files.has('assets/vi.staff.js')).toBe(false);
  });
});
