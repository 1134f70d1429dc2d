/* after-first-paint.mjs explains this file. */
(function () {
  var me = document.currentScript;
  if (!me) return;
  var names = (me.getAttribute('data-chunks') || '').split(' ').filter(Boolean);
  var Observer = window.PerformanceObserver;
  function add(name) {
    var script = document.createElement('script');
    script.async = true;
    script.src = '/_next/static/chunks/' + name;
    document.head.appendChild(script);
  }
  function addOneATask() {
    if (!names.length) return;
    add(names.shift());
    setTimeout(addOneATask);
  }
  if (matchMedia(me.getAttribute('data-wide') || 'all').matches || !Observer || (Observer.supportedEntryTypes || []).indexOf('paint') < 0) {
    return names.forEach(add);
  }
  new Observer(function (list, observer) {
    observer.disconnect();
    setTimeout(addOneATask);
  }).observe({ type: 'paint', buffered: true });
})();
