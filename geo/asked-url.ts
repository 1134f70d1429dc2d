/**
 * The request header in which proxy.ts hands a page the address it was asked for (path and query, cut to
 * ASKED_URL_MAX characters): a not-found page gets no search params of its own.
 */
export const ASKED_URL_HEADER = 'x-buildup-asked-url';
export const ASKED_URL_MAX = 512;
