/*
 * Adds a reader page's Next chunks, named in this tag's data-chunks (after-first-paint.mjs says why): all at once in a
 * window matching data-wide; in a narrower one once the first paint is on screen (a PerformanceObserver's "paint"
 * entry, queued after the frame is shown, or already buffered if the page painted before this ran), one a task.
 */
(function () {
  var me = document.currentScript;
  if (!me) return;
  var names = (me.getAttribute('data-chunks') || '').split(' ').filter(Boolean);
  var Observer = window.PerformanceObserver;
  function add(name) {
    var script = document.createElement('script');
    script.src = '/_next/static/chunks/' + name;
    document.head.appendChild(script);
  }
  // Adding a script starts its fetch there and then: all of them at once, after the paint, made one long task (64 ms
  // in Lighthouse's phone run) in the page's first second. A wide window has them preloaded already.
  function addOneATask() {
    var name = names.shift();
    if (!name) return;
    add(name);
    setTimeout(addOneATask);
  }
  var waits = !matchMedia(me.getAttribute('data-wide') || 'all').matches
    && Observer && (Observer.supportedEntryTypes || []).indexOf('paint') >= 0;
  if (!waits) return names.forEach(add);
  new Observer(function (list, observer) {
    observer.disconnect();
    setTimeout(addOneATask);
  }).observe({ type: 'paint', buffered: true });
})();
