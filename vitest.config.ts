import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        // The renderer's forms and dialogs, rendered in happy-dom with MUI and TanStack Query; only api.call is faked.
        plugins: [react()],
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/components/support/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Several instances on one database: PostgreSQL only (project integration-pg).
          exclude: ['tests/integration/postgres/**'],
          environment: 'node',
          // scrypt at N=2^17 takes ~0.4 s a password: tests that sign in many times need the room.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The same integration suite on PostgreSQL: one throwaway cluster for the run, a fresh database per test server.
        test: {
          name: 'integration-pg',
          include: ['tests/integration/**/*.test.ts'],
          // About the SQLite data folder itself (file modes, the SQLite seed's byte-identical output, the audit key
          // file of a pre-MAC SQLite database, demo/proxy start-up on a folder): they never touch PostgreSQL, so they
          // run once, in the integration project. Everything else runs on both engines.
          exclude: [
            'tests/integration/fileModes.test.ts',
            'tests/integration/seed.test.ts',
            'tests/integration/auditKeyCheckpoints.test.ts',
            'tests/integration/proxyNotice.test.ts',
            'tests/integration/hardening/demoMode.test.ts',
          ],
          environment: 'node',
          env: { KCC_TEST_ENGINE: 'postgres' },
          globalSetup: ['tests/integration/support/pgGlobalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Real browser (Debian Chromium via playwright-core) against the web build and a real server.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
