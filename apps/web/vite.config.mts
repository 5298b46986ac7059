import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const contracts = fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/apps/web', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
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
