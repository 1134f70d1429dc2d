export const COMPILE_HINT: string;
export function entryFilesOf(manifestSource: string): string[];
export function withCompileHint(script: string, sourceMap?: string): { script: string; sourceMap: string | undefined };
export function startupScripts(buildDir: string): string[];
