import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type * as ApiModule from '../../../renderer/src/app/api';
import { fakeServer } from './fakeServer';

// The renderer's one API client, swapped for the same typed client over a fake HTTP layer.
vi.mock('../../../renderer/src/app/api', async (importOriginal) => {
  const actual = await importOriginal<typeof ApiModule>();
  const { fakeApi } = await import('./fakeServer');
  return { ...actual, api: fakeApi };
});

beforeEach(() => {
  fakeServer.reset();
  sessionStorage.clear();
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});
