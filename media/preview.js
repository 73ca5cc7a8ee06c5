// The preview's only script (loaded by nonce, never built from document text): scroll sync. The
// extension posts { type: 'reveal', line } when the cursor moves; the block whose source starts
// at or above that line (data-line, numbers the server writes) is scrolled into view and marked.
(function () {
  'use strict';
  var current;
  function reveal(line) {
    var best;
    var bestLine = -1;
    var blocks = document.querySelectorAll('[data-line]');
    for (var i = 0; i < blocks.length; i++) {
      var l = Number(blocks[i].getAttribute('data-line'));
      if (l <= line && l >= bestLine) {
        best = blocks[i];
        bestLine = l;
      }
    }
    if (!best) return;
    if (current) current.classList.remove('unres-current');
    current = best;
    current.classList.add('unres-current');
    var box = best.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) best.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('message', function (event) {
    var m = event.data;
    if (m && m.type === 'reveal' && typeof m.line === 'number') reveal(m.line);
  });
  var initial = Number(document.body.getAttribute('data-initial-line'));
  if (initial >= 0) reveal(initial);
})();
