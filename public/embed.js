/*
 * Buildup Map embed helper: sizes each embedded map's iframe to the map's content, so an article shows it whole,
 * without an inner scrollbar or blank space, at any column width.
 *
 *   <iframe src="https://<this app>/embed" title="Map: …" data-buildup-map width="100%" height="760" frameborder="0"></iframe>
 *   <script async src="https://<this app>/embed.js"></script>
 *
 * The embed posts { type: 'buildup-map:height', height } to its parent whenever its height changes
 * (components/embed/use-post-height.ts). This script sets the height of the one iframe that sent it, and only when
 * the message really comes from that frame: its window is the message's source and its origin is the origin of
 * the iframe's address. Any other window's message (another frame, a popup, the page itself) changes nothing.
 * It adds one listener, runs no inline code and needs nothing but `script-src <this app>` in a host page's CSP
 * (the height is set through the style object, which CSP does not govern). Plain ES5: it runs where articles run.
 */
(function () {
  'use strict';

  var TYPE = 'buildup-map:height';
  /** A height beyond any real embed's: a frame asking for more gets this. */
  var MAX_HEIGHT = 20000;
  var FLAG = '__buildupMapEmbedJs';

  // The snippet pasted twice on one page (two maps in one article): one listener is enough.
  if (window[FLAG]) return;
  window[FLAG] = true;

  function originOf(url) {
    var a = document.createElement('a');
    a.href = url;
    return a.protocol + '//' + a.host;
  }

  var script = document.currentScript;
  /** This app's origin (where this script came from): its /embed frames count even without data-buildup-map. */
  var appOrigin = script && script.src ? originOf(script.src) : null;

  function pathOf(url) {
    var a = document.createElement('a');
    a.href = url;
    var path = a.pathname;
    return path.charAt(0) === '/' ? path : '/' + path;
  }

  function isEmbedFrame(frame) {
    if (frame.hasAttribute('data-buildup-map')) return true;
    return appOrigin !== null && !!frame.src && originOf(frame.src) === appOrigin && pathOf(frame.src) === '/embed';
  }

  /** The embed iframe whose window sent this message, or null. */
  function frameOf(event) {
    if (!event.source) return null;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) return isEmbedFrame(frames[i]) ? frames[i] : null;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !(height > 0) || !isFinite(height)) return;
    var frame = frameOf(event);
    // A frame that navigated away from the embed (its address's origin is no longer the sender's) is not obeyed.
    if (!frame || !frame.src || event.origin !== originOf(frame.src)) return;
    var px = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
    if (frame.style.height !== px) frame.style.height = px;
  });
})();
