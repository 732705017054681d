// The HTML book reads itself aloud: one page at a time, turned with the arrows, a swipe
// or the keyboard; the play button reads the page and goes on to the next one, lighting
// up each sentence as it is said. Each sentence's time comes with the book
// (data-begins, data-ends, in seconds). Nothing here asks for anything from outside.
// One player reads every page (its sound taken from the page's own audio element): a
// phone lets a page play on after the one before only in the player a tap started.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var pages = Array.prototype.slice.call(document.querySelectorAll(".page"));
  var play = document.querySelector(".controls .play");
  var turns = document.querySelectorAll(".controls .turn");
  var count = document.querySelector(".controls .count");
  var rtl = root.dir === "rtl";
  var current = -1;
  var reading = false;
  var pending = null;
  var player = new Audio();
  player.preload = "auto";

  function audioOf(i) { return pages[i] ? pages[i].querySelector("audio") : null; }

  function show(i) {
    if (i < 0 || i >= pages.length || i === current) { return; }
    player.pause();
    light(null);
    if (current >= 0) { pages[current].classList.remove("shown"); }
    current = i;
    pages[i].classList.add("shown");
    count.textContent = pages[i].getAttribute("data-count");
    turns[0].disabled = i === 0;
    turns[1].disabled = i === pages.length - 1;
    play.disabled = !audioOf(i);
    if (history.replaceState) { history.replaceState(null, "", "#" + pages[i].id); }
    window.scrollTo(0, 0);
  }

  function turn(step) {
    clearTimeout(pending);
    var wasReading = reading;
    stop();
    show(current + step);
    if (wasReading) { start(); }
  }

  function start() {
    var audio = audioOf(current);
    if (!audio) { return; }
    if (player.getAttribute("data-page") !== String(current)) {
      player.src = audio.src;
      player.setAttribute("data-page", String(current));
    }
    reading = true;
    root.classList.add("reading");
    play.setAttribute("aria-label", play.getAttribute("data-pause"));
    var promise = player.play();
    if (promise && promise.catch) { promise.catch(stop); }
    requestAnimationFrame(follow);
  }

  function stop() {
    reading = false;
    root.classList.remove("reading");
    play.setAttribute("aria-label", play.getAttribute("data-play"));
    player.pause();
    light(null);
  }

  // Light up the sentence being said, as long as the page is read.
  function follow() {
    if (!reading) { return; }
    var now = player.currentTime;
    var found = null;
    pages[current].querySelectorAll(".s").forEach(function (s) {
      if (now >= +s.getAttribute("data-begins") && now < +s.getAttribute("data-ends")) { found = s; }
    });
    light(found);
    requestAnimationFrame(follow);
  }

  function light(sentence) {
    var lit = document.querySelectorAll(".s.now");
    for (var k = 0; k < lit.length; k++) {
      if (lit[k] !== sentence) { lit[k].classList.remove("now"); }
    }
    if (sentence) { sentence.classList.add("now"); }
  }

  player.addEventListener("ended", function () {
    light(null);
    if (!reading) { return; }
    if (current === pages.length - 1) { stop(); return; }
    // A breath between pages, then the next one is read.
    pending = setTimeout(function () { show(current + 1); start(); }, 900);
  });

  play.addEventListener("click", function () {
    clearTimeout(pending);
    if (reading) { stop(); } else { start(); }
  });
  turns[0].addEventListener("click", function () { turn(-1); });
  turns[1].addEventListener("click", function () { turn(1); });

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var forward = rtl ? "ArrowLeft" : "ArrowRight";
    var back = rtl ? "ArrowRight" : "ArrowLeft";
    if (event.key === forward || event.key === "PageDown") { turn(1); event.preventDefault(); }
    else if (event.key === back || event.key === "PageUp") { turn(-1); event.preventDefault(); }
    else if (event.key === " " && event.target === document.body) {
      play.click(); event.preventDefault();
    }
  });

  // A swipe: mostly sideways and far enough. Towards the start of the line turns on.
  var touch = null;
  document.addEventListener("touchstart", function (event) {
    touch = event.touches.length === 1 ? [event.touches[0].clientX, event.touches[0].clientY] : null;
  }, { passive: true });
  document.addEventListener("touchend", function (event) {
    if (!touch) { return; }
    var dx = event.changedTouches[0].clientX - touch[0];
    var dy = event.changedTouches[0].clientY - touch[1];
    touch = null;
    if (Math.abs(dx) < 50 || Math.abs(dx) < 1.5 * Math.abs(dy)) { return; }
    turn((dx < 0) !== rtl ? 1 : -1);
  }, { passive: true });

  var start_at = pages.findIndex(function (p) { return "#" + p.id === location.hash; });
  show(start_at > 0 ? start_at : 0);
})();
