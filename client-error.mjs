/**
 * What Node's HTTP parser refuses before server.mjs sees a request, answered with a JSON error that says why instead
 * of Node's bare "400 Bad Request" with no body. The commonest: an address holding raw characters an address may not
 * carry as they are, such as `curl "…/api/export?title=Привет"` (curl sends the letters' UTF-8 bytes unescaped;
 * browsers percent-encode them).
 */

/**
 * The address of the request line (`GET api/buildup HTTP/1.1` → "api/buildup") when it holds only printable ASCII
 * but does not begin with "/": Node refuses it as an invalid URL, which the answer said was a raw character.
 */
function relativeTarget(rawPacket) {
  if (!Buffer.isBuffer(rawPacket)) return null;
  const line = rawPacket.subarray(0, Math.max(0, rawPacket.indexOf(0x0d))).toString('latin1');
  const target = /^[A-Z]+ (\S+) HTTP\/\d/.exec(line)?.[1];
  if (!target || !/^[\x21-\x7e]+$/.test(target) || target.startsWith('/') || target === '*' || /^https?:\/\//i.test(target)) return null;
  return target;
}

/** Status and message for a parser error (Node's `err.code` and `err.reason`, and the bytes it read: `err.rawPacket`). */
export function clientErrorAnswer(code, reason, rawPacket) {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return { status: 431, error: 'The request\'s headers, its address among them, are over 64 KB; an address may be at most 6,144 characters long.' };
  }
  const relative = code === 'HPE_INVALID_URL' ? relativeTarget(rawPacket) : null;
  if (relative) {
    const shown = relative.length > 40 ? `${relative.slice(0, 40)}…` : relative;
    return { status: 400, error: `The address must begin with "/" (such as /${shown}), not ${JSON.stringify(shown)}.` };
  }
  if (code === 'HPE_INVALID_URL') {
    return {
      status: 400,
      error: 'The address holds a character it may not carry as it is (a control character, or a letter '
        + 'outside ASCII such as “П”): percent-encode it, as browsers do (encodeURIComponent; “П” is %D0%9F).',
    };
  }
  const why = typeof reason === 'string' && reason ? ` (${reason.slice(0, 80)})` : '';
  return { status: 400, error: `The request is not valid HTTP/1.1${why}.` };
}

const STATUS_TEXT = { 400: 'Bad Request', 431: 'Request Header Fields Too Large' };

/** `server.on('clientError', answerClientError)`: answers and closes the connection, or only closes a broken one. */
export function answerClientError(err, socket) {
  // A client that has gone (or a connection Node timed out) gets nothing: there is no one to read an answer. Nor does a connection that has begun an answer already (a malformed request after a good one on a kept-alive
  // connection): the error's words would land inside that answer. Node's own handler holds to the same rule.
  if (err.code === 'ECONNRESET' || err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || !socket.writable || socket.bytesWritten > 0) {
    socket.destroy();
    return;
  }
  const { status, error } = clientErrorAnswer(err.code, err.reason, err.rawPacket);
  const body = JSON.stringify({ error });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nContent-Type: application/json\r\nCache-Control: no-store\r\n`
    + `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
