export declare function electronPlatformPath(platform: string): string | null;
export declare function electronBinaryPath(opts: {
  electronDir: string;
  platform: string;
  env: Record<string, string | undefined>;
  pathTxt: string | undefined;
}): string | null;
export declare function chooseShell(opts: { binaryExists: boolean; env: Record<string, string | undefined> }): {
  shell: 'electron' | 'browser' | 'none';
  reason: 'forced' | 'present' | 'missing';
};
export declare function readPathTxt(electronDir: string): string | undefined;
export declare function ensureElectronBinary(opts: {
  electronDir: string;
  timeoutMs?: number;
  log?: (message: string) => void;
}): Promise<string | null>;
