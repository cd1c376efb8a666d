// Dev server proxies /graphql to the API; the production build goes to dist/, which the API serves.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Where /graphql and /files (evidence uploads and downloads) go in `vite dev` and `vite preview`;
 * ETIK_API_URL overrides (the e2e run uses it). In production the API serves the build itself. */
const apiUrl =
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.ETIK_API_URL ??
  'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': apiUrl, '/files': apiUrl },
  },
  preview: {
    proxy: { '/graphql': apiUrl, '/files': apiUrl },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // react-admin renders a lot per test; jsdom on 2 cores needs room.
    testTimeout: 60_000,
  },
});
