export const COMPILE_HINT: string;
export function entryFilesOf(manifestSource: string): string[];
export function withCompileHint(script: string, sourceMap?: string): { script: string; sourceMap: string | undefined };
export function sourceMapPathOf(scriptPath: string, script: string): string | null;
export function startupScripts(buildDir: string): string[];
