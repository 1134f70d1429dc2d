/*
 * Adds a reader page's Next chunks, named in this tag's data-chunks (after-first-paint.mjs says why), one a task:
 * from now in a window matching data-wide; in a narrower one once the first paint is on screen (a PerformanceObserver's
 * "paint" entry, queued after the frame is shown, or already buffered if the page painted before this ran).
 */
(function () {
  var me = document.currentScript;
  if (!me) return;
  var names = (me.getAttribute('data-chunks') || '').split(' ').filter(Boolean);
  var Observer = window.PerformanceObserver;
  // One chunk a task: adding a script starts its fetch there and then, and all of them at once made one long task
  // (64 ms in Lighthouse's phone) in the middle of the page's first second.
  function add() {
    var name = names.shift();
    if (!name) return;
    var script = document.createElement('script');
    script.src = '/_next/static/chunks/' + name;
    document.head.appendChild(script);
    setTimeout(add);
  }
  var waits = !matchMedia(me.getAttribute('data-wide') || 'all').matches
    && Observer && (Observer.supportedEntryTypes || []).indexOf('paint') >= 0;
  if (!waits) return add();
  new Observer(function (list, observer) {
    observer.disconnect();
    setTimeout(add);
  }).observe({ type: 'paint', buffered: true });
})();
