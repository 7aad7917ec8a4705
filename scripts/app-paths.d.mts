export declare const APP_DIR_NAME: string;
export declare function appDataDir(platform: string, env: Record<string, string | undefined>, home: string): string;
export declare function portalDataDir(userDataDir: string, env: Record<string, string | undefined>): string;
