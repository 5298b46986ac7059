import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Manifest } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { API_CACHE, FILES_CACHE } from './src/app/pwa/cache-names';
import { learnerFiles } from './src/app/pwa/learner-precache';

const root = fileURLToPath(new URL('.', import.meta.url));
const contracts = fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/apps/web', import.meta.url));

export default defineConfig({
  root,
  plugins: [
    react(),
    // The service worker: the app shell and the trainee's screens precached, so the app reloads offline;
    // the learner's GET answers cached network-first, so a lesson she has opened stays readable without
    // a connection.
    VitePWA({
      strategies: 'generateSW',
      filename: 'sw.js',
      // Registered by src/app/pwa/service-worker.ts, only in production builds.
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        // Only what the learner path needs (see learner-precache.ts), read from Vite's manifest, which is
        // written before the service worker is generated: a phone does not download every staff screen
        // (nor the lesson editor) when it installs the app.
        manifestTransforms: [
          (entries) => {
            const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
            const keep = learnerFiles(manifest);
            return { manifest: entries.filter((entry) => entry.url.endsWith('.html') || keep.has(entry.url)) };
          },
        ],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        sourcemap: false,
        runtimeCaching: [
          {
            // Same-origin GETs only (Workbox matches GET by default); a 4xx or 5xx is never stored.
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin &&
              (url.pathname === '/api/v1/auth/session' ||
                url.pathname === '/api/v1/me/learning' ||
                url.pathname === '/api/v1/me/catalogue' ||
                url.pathname.startsWith('/api/v1/me/enrolments/')),
            handler: 'NetworkFirst',
            options: {
              cacheName: API_CACHE,
              networkTimeoutSeconds: 4,
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 300 },
            },
          },
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/api/v1/files/'),
            handler: 'NetworkFirst',
            options: {
              cacheName: FILES_CACHE,
              networkTimeoutSeconds: 4,
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 200, maxAgeSeconds: 30 * 24 * 3600 },
            },
          },
          {
            // Screens left out of the precache (staff screens, the editor) are cached as they load.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'sen-assets', expiration: { maxEntries: 200 } },
          },
        ],
      },
    }),
  ],
  resolve: { alias: { '@sen/contracts': contracts } },
  server: {
    port: 4200,
    proxy: { '/api': { target: process.env['SEN_API_URL'] ?? 'http://localhost:3000', changeOrigin: false } },
  },
  preview: { port: 4300, proxy: { '/api': process.env['SEN_API_URL'] ?? 'http://localhost:3000' } },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // tools/measure-trainee-js.mjs follows the chunks a lesson page loads from this.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries every screen needs change rarely: their own chunks stay cached across app releases.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'vendor-zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            { name: 'vendor-query', test: /node_modules[\\/]@tanstack[\\/]/ },
          ],
        },
      },
    },
  },
});
