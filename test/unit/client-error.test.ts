import { describe, expect, it } from 'vitest';
import { clientErrorAnswer } from '../../client-error.mjs';

describe('clientErrorAnswer (what Node parser refuses, said in words)', () => {
  it('names a raw character in the address and how to send it', () => {
    const answer = clientErrorAnswer('HPE_INVALID_URL', 'Invalid char in url query');
    expect(answer.status).toBe(400);
    expect(answer.error).toBe('The address holds a character it may not carry as it is (a control character, or a letter outside ASCII such as “П”): percent-encode it, as browsers do (encodeURIComponent; “П” is %D0%9F).');
  });

  it('says an address without its leading slash is one, rather than blaming a character it does not have', () => {
    const raw = (line: string) => Buffer.from(`${line}\r\nHost: 127.0.0.1\r\n\r\n`, 'latin1');
    expect(clientErrorAnswer('HPE_INVALID_URL', 'Invalid URL', raw('GET api/buildup HTTP/1.1'))).toEqual({
      status: 400, error: 'The address must begin with "/" (such as /api/buildup), not "api/buildup".',
    });
    expect(clientErrorAnswer('HPE_INVALID_URL', 'Invalid URL', raw(`GET ${'a'.repeat(60)} HTTP/1.1`)).error)
      .toBe(`The address must begin with "/" (such as /${'a'.repeat(40)}…), not "${'a'.repeat(40)}…".`);
    // A raw letter outside ASCII is still named as such, with or without the slash.
    const cyrillic = Buffer.concat([Buffer.from('GET api/'), Buffer.from('П', 'utf8'), Buffer.from(' HTTP/1.1\r\n\r\n')]);
    expect(clientErrorAnswer('HPE_INVALID_URL', 'Invalid char in url path', cyrillic).error).toMatch(/^The address holds a character it may not carry/);
  });

  it('answers headers past 64 KB with a 431 that gives the address limit', () => {
    expect(clientErrorAnswer('HPE_HEADER_OVERFLOW', 'Header overflow')).toEqual({
      status: 431, error: 'The request\'s headers, its address among them, are over 64 KB; an address may be at most 6,144 characters long.',
    });
  });

  it('passes on the parser\'s reason for anything else, cut to 80 characters', () => {
    expect(clientErrorAnswer('HPE_INVALID_METHOD', 'Invalid method encountered').error).toBe('The request is not valid HTTP/1.1 (Invalid method encountered).');
    expect(clientErrorAnswer('HPE_INVALID_HEADER_TOKEN', 'x'.repeat(200)).error).toBe(`The request is not valid HTTP/1.1 (${'x'.repeat(80)}).`);
    expect(clientErrorAnswer('HPE_UNEXPECTED', undefined).error).toBe('The request is not valid HTTP/1.1.');
  });
});
