export declare const BUILD_OUTPUTS: string[];
export declare const BUILD_INPUTS: string[];
export declare function needsBuild(outputMtimes: Array<number | null>, newestInputMtime: number): boolean;
export declare function mtimeOrNull(file: string): number | null;
export declare function newestMtime(entry: string): number;
export declare function buildIsStale(rootDir: string): boolean;
