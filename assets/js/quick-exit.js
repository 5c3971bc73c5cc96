// Quick exit. The exit link ([data-quick-exit]) works without this
// script. With it, leaving uses location.replace, which takes this page
// out of the tab's history. Pressing Shift three times within one
// second leaves too, and any other key in between starts the count
// again. Plain ES5, for old browsers on cheap phones. Nothing is stored.
(function () {
  "use strict";

  var link = document.querySelector("[data-quick-exit]");
  if (!link) {
    return;
  }
  var exitURL = link.href;
  var windowMs = 1000;
  var presses = [];

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.hidden = true;
    window.location.replace(exitURL);
  }

  link.addEventListener("click", leave);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    if (event.repeat) {
      return;
    }
    var now = Date.now();
    presses.push(now);
    while (presses.length && now - presses[0] > windowMs) {
      presses.shift();
    }
    if (presses.length >= 3) {
      leave();
    }
  });
})();
