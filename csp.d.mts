export function contentSecurityPolicy(scripts: { nonce: string } | { hashes: string[] }, frameable: boolean): string;
export function inlineScriptHashes(html: string): string[];
