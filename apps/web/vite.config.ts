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
  build: { outDir, emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 600 },
});
