import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FuseOptionsV1 } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// Read through electron-builder's own loader and schema, so a misspelt fuse key fails here instead
// of being ignored silently at packaging time.
async function packagingConfig() {
  const config = await getConfig(projectDir, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('electron-builder.yml fuses', () => {
  it('turns off Node entry points and only loads the integrity-checked app.asar', async () => {
    const config = await packagingConfig();
    const expected: FuseOptionsV1 = {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    };
    expect(config.electronFuses).toMatchObject(expected);
  });

  it('keeps the app inside an asar archive (the integrity fuses check app.asar)', async () => {
    const config = await packagingConfig();
    expect(config.asar).not.toBe(false);
  });
});
