import { describe, expect, it } from 'vitest';
import { ifMatch, optionalIfMatch, requiredIfMatch } from '@/store/api';

const withIfMatch = (value?: string) => new Request('http://127.0.0.1/api/claims/x', { method: 'PUT', headers: value === undefined ? {} : { 'If-Match': value } });

describe('If-Match', () => {
  it('reads a revision in quotes, weak or not', () => {
    expect(ifMatch(withIfMatch('"3"'))).toBe(3);
    expect(ifMatch(withIfMatch('W/"12"'))).toBe(12);
    expect(ifMatch(withIfMatch('"999999999999999"'))).toBe(999_999_999_999_999);
  });

  it('refuses a number too long to be read exactly, naming what was sent, rather than rounding it', async () => {
    expect(ifMatch(withIfMatch('"12345678901234567890"'))).toBeNull();
    const answer = requiredIfMatch(withIfMatch('"12345678901234567890"'), 'the claim\'s latest revision');
    expect(answer).toBeInstanceOf(Response);
    const response = answer as Response;
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('If-Match must be a revision number in quotes, e.g. If-Match: "3", not "\\"12345678901234567890\\"".');
  });

  it('asks for the header when none was sent', async () => {
    const response = requiredIfMatch(withIfMatch(), 'the claim\'s latest revision') as Response;
    expect(response.status).toBe(428);
    expect((await response.json()).error).toBe('If-Match is required: the claim\'s latest revision, e.g. If-Match: "3".');
  });

  it('where it may be left out (a retraction), is undefined without the header, and refuses one that names no revision', async () => {
    expect(optionalIfMatch(withIfMatch())).toBeUndefined();
    expect(optionalIfMatch(withIfMatch('"7"'))).toBe(7);
    const response = optionalIfMatch(withIfMatch('banana')) as Response;
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('If-Match must be a revision number in quotes, e.g. If-Match: "3", not "banana".');
  });
});
