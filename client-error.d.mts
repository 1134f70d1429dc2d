import type { Socket } from 'node:net';

export function clientErrorAnswer(code: string | undefined, reason?: string, rawPacket?: Buffer): { status: 400 | 431; error: string };
export function answerClientError(err: Error & { code?: string; reason?: string; rawPacket?: Buffer }, socket: Socket): void;
