/* microdrama interactive player: plays the story segments of story.json back to back,
   shows the choice overlay, keeps state in localStorage and emits analytics events.
   No network, no libraries: works from file:// or any static server. */
(function () {
  "use strict";

  var story = JSON.parse(document.getElementById("story").textContent);
  var ui = story.strings;
  var root = document.getElementById("player");
  var videos = [document.getElementById("video-a"), document.getElementById("video-b")];
  var overlay = document.getElementById("choice");
  var optionsBox = document.getElementById("options");
  var bar = document.getElementById("countdown-bar");
  var screen = document.getElementById("screen");
  var storeKey = "microdrama:" + story.id;
  var session = Math.random().toString(36).slice(2) + Date.now().toString(36);
  var sequence = 0;
  var sinks = [];

  // -- state ---------------------------------------------------------------------------
  function loadSaved() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(storeKey) || "null");
      if (saved && saved.version === 1) return saved;
    } catch (e) { /* unreadable or blocked: start afresh */ }
    return { version: 1, playing: null, endings: {}, flags: {} };
  }
  var saved = loadSaved();
  function save() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(saved)); } catch (e) { /* full or blocked */ }
  }

  var now = { episode: null, segment: null, vars: {}, path: [], choice: null, decided: null,
              holding: false, paused: false, ended: false };

  function episodeById(id) {
    for (var i = 0; i < story.episodes.length; i++) if (story.episodes[i].id === id) return story.episodes[i];
    return null;
  }
  function segment(id) { return now.episode.segments[id]; }

  function freshVars(episode) {
    var vars = {};
    episode.variables.forEach(function (v) {
      vars[v.name] = v.persistent && Object.prototype.hasOwnProperty.call(saved.flags, v.name)
        ? saved.flags[v.name] : v.default;
    });
    return vars;
  }

  // -- the expression language (the JSON tree of domain/expressions.py) -----------------
  function evaluate(node, vars) {
    if (Object.prototype.hasOwnProperty.call(node, "const")) return node.const;
    if (Object.prototype.hasOwnProperty.call(node, "var")) {
      if (!Object.prototype.hasOwnProperty.call(vars, node.var)) throw new Error("unset variable " + node.var);
      return vars[node.var];
    }
    switch (node.op) {
      case "not": return !evaluate(node.arg, vars);
      case "neg": return -evaluate(node.arg, vars);
      case "and": return Boolean(evaluate(node.left, vars)) && Boolean(evaluate(node.right, vars));
      case "or": return Boolean(evaluate(node.left, vars)) || Boolean(evaluate(node.right, vars));
    }
    var a = evaluate(node.left, vars), b = evaluate(node.right, vars);
    switch (node.op) {
      case "==": return a === b;
      case "!=": return a !== b;
      case "<": return a < b;
      case "<=": return a <= b;
      case ">": return a > b;
      case ">=": return a >= b;
      case "+": return a + b;
      case "-": return a - b;
    }
    throw new Error("unknown operator " + node.op);
  }
  function applyEffect(effect, vars) {
    var value = evaluate(effect.value, vars);
    if (effect.op === "+=") value = vars[effect.target] + value;
    else if (effect.op === "-=") value = vars[effect.target] - value;
    vars[effect.target] = value;
  }
  function shown(option) {
    if (!option.condition) return true;
    try { return Boolean(evaluate(option.condition, now.vars)); } catch (e) { return false; }
  }
  function shownOptions(choice) {
    var list = choice.options.filter(shown);
    return list.length ? list : [choice.options[choice.default]];  // never a choice of nothing
  }
  function defaultOption(choice, list) {
    var preferred = choice.options[choice.default];
    return list.indexOf(preferred) >= 0 ? preferred : list[0];
  }

  // -- analytics ------------------------------------------------------------------------
  function emit(name, fields) {
    var event = { event: name, story: story.id, series: story.series, language: story.language,
                  episode: now.episode ? now.episode.id : null, session: session,
                  seq: ++sequence, at: new Date().toISOString() };
    for (var k in fields) if (Object.prototype.hasOwnProperty.call(fields, k)) event[k] = fields[k];
    sinks.forEach(function (sink) { try { sink(event); } catch (e) { /* a sink never stops the story */ } });
  }
  function consoleSink(event) { console.info("microdrama-analytics " + JSON.stringify(event)); }
  function postSink(url) {
    return function (event) {
      var body = JSON.stringify(event);
      var sent = false;
      if (navigator.sendBeacon) {
        try { sent = navigator.sendBeacon(url, new Blob([body], { type: "text/plain;charset=UTF-8" })); } catch (e) { sent = false; }
      }
      if (!sent && window.fetch) {
        fetch(url, { method: "POST", body: body, keepalive: true, mode: "no-cors",
                     headers: { "Content-Type": "text/plain;charset=UTF-8" } }).catch(function () {});
      }
    };
  }
  sinks.push(story.analytics && story.analytics.url ? postSink(story.analytics.url) : consoleSink);

  // -- video ----------------------------------------------------------------------------
  var active = 0;
  var pending = null;  // the video asked to play last (a tap starts it when autoplay is refused)
  function standby() { return videos[1 - active]; }
  function prepare(video, id, episode) {
    if (video.dataset.segment === id) return;
    video.dataset.segment = id;
    video.src = (episode || now.episode).segments[id].video;
    video.preload = "auto";
    video.load();
  }
  function preloadNext() {
    var seg = segment(now.segment);
    var target = seg.next;
    if (seg.choice) {
      var list = shownOptions(seg.choice);
      target = (now.decided || defaultOption(seg.choice, list)).target;
    }
    if (target && videos[active].dataset.segment !== target) prepare(standby(), target);
  }

  function play(id) {
    var seg = segment(id);
    if (!seg) return;
    // A playthrough starts on the picture shown behind the start screen, if it is this one.
    var fresh = now.segment === null &&
      (!videos[active].dataset.segment || videos[active].dataset.segment === id);
    var video = fresh ? videos[active] : standby();
    prepare(video, id);
    pending = video;
    now.segment = id;
    now.choice = null;
    now.decided = null;
    now.holding = false;
    now.ended = false;
    now.path.push(id);
    saved.playing = { episode: now.episode.id, segment: id, vars: copy(now.vars), path: now.path.slice() };
    save();
    hideChoice();
    root.classList.remove("holding");
    try { video.currentTime = 0; } catch (e) { /* not loaded yet: starts at 0 */ }
    var startedAt = performance.now();
    video.onplaying = function () {
      video.onplaying = null;
      var old = videos[active];
      if (old !== video) {
        video.classList.add("on");
        old.classList.remove("on");
        old.pause();
        active = videos.indexOf(video);
      } else {
        video.classList.add("on");
      }
      root.dataset.segment = id;
      emit("segment_started", { segment: id, step: now.path.length, startup_ms: Math.round(performance.now() - startedAt) });
      preloadNext();
    };
    video.onended = function () { finished(id); };
    var attempt = video.play();
    if (attempt && attempt.catch) {
      attempt.catch(function () { showScreen("tap"); });
    }
  }
  function copy(value) { return JSON.parse(JSON.stringify(value)); }

  function finished(id) {
    if (now.segment !== id || now.ended) return;
    now.ended = true;
    var seg = segment(id);
    emit("segment_completed", { segment: id, duration_ms: seg.duration_ms });
    if (seg.ending) return reachEnding(seg.ending);
    if (seg.next) return play(seg.next);
    if (seg.choice) {
      if (!now.choice) openChoice();
      if (now.decided) return go(now.decided);
      now.holding = true;
      root.classList.add("holding");
    }
  }

  // -- choices --------------------------------------------------------------------------
  var countdown = { remaining: 0, total: 0, last: 0 };
  function openChoice() {
    var seg = segment(now.segment);
    var list = shownOptions(seg.choice);
    now.choice = { options: list, focus: list.indexOf(defaultOption(seg.choice, list)) };
    countdown.total = countdown.remaining = seg.choice.window_ms;
    countdown.last = performance.now();
    optionsBox.textContent = "";
    optionsBox.dataset.count = String(list.length);
    list.forEach(function (option, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "option";
      button.dataset.option = option.id;
      var key = document.createElement("span");
      key.className = "key";
      key.textContent = String(index + 1);
      var label = document.createElement("span");
      label.className = "label";
      label.textContent = option.label;
      button.appendChild(key);
      button.appendChild(label);
      button.addEventListener("click", function () { decide(option, false); });
      optionsBox.appendChild(button);
    });
    overlay.hidden = false;
    overlay.classList.remove("decided");
    requestAnimationFrame(function () { overlay.classList.add("open"); });
    focusOption(now.choice.focus);
    root.dataset.choice = now.segment;
    emit("choice_shown", { segment: now.segment, options: list.map(function (o) { return o.id; }),
                           window_ms: seg.choice.window_ms });
  }
  function focusOption(index) {
    if (!now.choice) return;
    var buttons = optionsBox.querySelectorAll(".option");
    if (!buttons.length) return;
    now.choice.focus = (index + buttons.length) % buttons.length;
    for (var i = 0; i < buttons.length; i++) buttons[i].classList.toggle("focus", i === now.choice.focus);
    buttons[now.choice.focus].focus({ preventScroll: true });
  }
  function decide(option, timedOut) {
    if (!now.choice || now.decided) return;
    now.decided = option;
    option.effects.forEach(function (effect) { applyEffect(effect, now.vars); });
    overlay.classList.add("decided");
    var buttons = optionsBox.querySelectorAll(".option");
    for (var i = 0; i < buttons.length; i++) buttons[i].classList.toggle("chosen", buttons[i].dataset.option === option.id);
    emit("choice_made", { segment: now.segment, option: option.id, label: option.label, target: option.target,
                          timed_out: timedOut, decision_ms: Math.round(countdown.total - countdown.remaining) });
    preloadNext();
    setTimeout(hideChoice, 650);
    if (now.holding) setTimeout(function () { go(option); }, 350);
  }
  function go(option) {
    if (now.decided !== option) return;
    play(option.target);
  }
  function hideChoice() {
    overlay.classList.remove("open");
    overlay.hidden = true;
    delete root.dataset.choice;
  }

  function tick(time) {
    requestAnimationFrame(tick);
    var elapsed = time - countdown.last;
    countdown.last = time;
    if (!now.episode || !now.segment || root.dataset.screen) return;
    var seg = segment(now.segment);
    if (!seg.choice || now.decided) return;
    var video = videos[active];
    if (!now.choice) {
      var at = Math.max(seg.speech_end_ms, seg.duration_ms - seg.choice.window_ms);
      if (video.dataset.segment === now.segment && !video.paused && video.currentTime * 1000 >= at) openChoice();
      return;
    }
    if (!now.paused) countdown.remaining -= elapsed;
    bar.style.transform = "scaleX(" + Math.max(0, countdown.remaining / countdown.total) + ")";
    if (countdown.remaining <= 0) {
      var list = now.choice.options;
      decide(defaultOption(seg.choice, list), true);
    }
  }
  requestAnimationFrame(tick);

  // -- endings and screens --------------------------------------------------------------
  function endingsOf(episode) {
    var list = [];
    for (var id in episode.segments) if (episode.segments[id].ending) list.push(episode.segments[id].ending);
    return list;
  }
  function reachEnding(ending) {
    var first = !saved.endings[ending.id];
    if (first) saved.endings[ending.id] = { title: ending.title, at: new Date().toISOString() };
    now.episode.variables.forEach(function (v) { if (v.persistent) saved.flags[v.name] = now.vars[v.name]; });
    saved.playing = null;
    save();
    var all = endingsOf(now.episode);
    var seen = all.filter(function (e) { return saved.endings[e.id]; }).length;
    emit("ending_reached", { segment: ending.id, ending: ending.id, title: ending.title, kind: ending.kind,
                             first_time: first, endings_seen: seen, endings_total: all.length,
                             path: now.path.slice() });
    showScreen("ending", ending);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function endingsList(episode) {
    var box = el("div", "endings");
    var all = endingsOf(episode);
    var seen = all.filter(function (e) { return saved.endings[e.id]; });
    box.appendChild(el("p", "endings-count", ui.endings_found.replace("{seen}", seen.length).replace("{total}", all.length)));
    var row = el("ol", "endings-row");
    all.forEach(function (e) {
      var item = el("li", saved.endings[e.id] ? "seen kind-" + e.kind : "unseen", saved.endings[e.id] ? e.title : "?");
      item.dataset.ending = e.id;
      row.appendChild(item);
    });
    box.appendChild(row);
    return box;
  }
  function showScreen(kind, ending) {
    screen.textContent = "";
    root.dataset.screen = kind;
    screen.hidden = false;
    var episode = now.episode || episodeById(saved.playing ? saved.playing.episode : story.episodes[0].id);
    if (kind === "start") {  // the picture where the viewer starts (or left off), behind the card
      var from = saved.playing && saved.playing.episode === episode.id &&
        episode.segments[saved.playing.segment] ? saved.playing.segment : episode.start;
      prepare(videos[active], from, episode);
      videos[active].classList.add("on");
    }
    var card = el("div", "card");
    var buttons = [];
    if (kind === "ending") {
      card.appendChild(el("p", "eyebrow", ui.ending));
      card.appendChild(el("h1", "title ending-title kind-" + ending.kind, ending.title));
      card.appendChild(endingsList(episode));
      buttons.push([ui.play_again, function () { start(episode.id, false); }]);
      var index = story.episodes.indexOf(episode);
      if (index + 1 < story.episodes.length) {
        var nextEpisode = story.episodes[index + 1];
        buttons.unshift([ui.next_episode, function () { start(nextEpisode.id, false); }]);
      }
    } else if (kind === "tap") {
      card.appendChild(el("h1", "title", episode.title));
      buttons.push([ui.tap_to_play, function () { hideScreen(); (pending || videos[active]).play(); }]);
    } else {
      card.appendChild(el("p", "eyebrow", story.series));
      card.appendChild(el("h1", "title", episode.title));
      card.appendChild(endingsList(episode));
      if (saved.playing && episodeById(saved.playing.episode)) {
        var resume = saved.playing;
        buttons.push([ui.resume, function () { start(resume.episode, true); }]);
        buttons.push([ui.start_over, function () { start(resume.episode, false); }]);
      } else {
        buttons.push([ui.play, function () { start(story.episodes[0].id, false); }]);
      }
    }
    var actions = el("div", "actions");
    buttons.forEach(function (pair, i) {
      var button = el("button", i === 0 ? "action primary" : "action", pair[0]);
      button.type = "button";
      button.addEventListener("click", pair[1]);
      actions.appendChild(button);
    });
    card.appendChild(actions);
    screen.appendChild(card);
    var primary = screen.querySelector(".action.primary");
    if (primary) primary.focus({ preventScroll: true });
  }
  function hideScreen() {
    screen.hidden = true;
    delete root.dataset.screen;
  }

  function start(episodeId, resume) {
    now.episode = episodeById(episodeId);
    var from = now.episode.start;
    now.vars = freshVars(now.episode);
    now.path = [];
    if (resume && saved.playing && saved.playing.episode === episodeId && now.episode.segments[saved.playing.segment]) {
      from = saved.playing.segment;
      now.vars = copy(saved.playing.vars);
      now.path = saved.playing.path.slice(0, -1);
    }
    now.segment = null;
    hideScreen();
    play(from);
  }

  // -- input ----------------------------------------------------------------------------
  document.addEventListener("keydown", function (event) {
    var key = event.key;
    if (now.choice && !now.decided && !root.dataset.screen) {
      if (key === "ArrowLeft" || key === "ArrowUp") { focusOption(now.choice.focus - 1); event.preventDefault(); return; }
      if (key === "ArrowRight" || key === "ArrowDown") { focusOption(now.choice.focus + 1); event.preventDefault(); return; }
      if (/^[1-9]$/.test(key) && Number(key) <= now.choice.options.length) {
        decide(now.choice.options[Number(key) - 1], false); event.preventDefault(); return;
      }
      if (key === "Enter" || key === " ") { decide(now.choice.options[now.choice.focus], false); event.preventDefault(); return; }
    }
    if (root.dataset.screen && (key === "Enter" || key === " ")) {
      var target = document.activeElement && screen.contains(document.activeElement)
        ? document.activeElement : screen.querySelector(".action.primary");
      if (target) { target.click(); event.preventDefault(); }
      return;
    }
    if (!root.dataset.screen && key === " ") { togglePause(); event.preventDefault(); }
  });
  document.getElementById("stage").addEventListener("click", function (event) {
    if (event.target.closest("button") || root.dataset.screen || now.holding) return;
    togglePause();
  });
  function togglePause() {
    var video = videos[active];
    if (!now.segment || now.ended) return;
    if (video.paused) { video.play(); now.paused = false; } else { video.pause(); now.paused = true; }
    root.classList.toggle("paused", now.paused);
  }

  // -- start ----------------------------------------------------------------------------
  document.getElementById("series").textContent = story.series;
  document.getElementById("ai-mark").textContent = story.label;
  document.title = story.series;
  window.microdramaPlayer = {
    story: story,
    addSink: function (sink) { sinks.push(sink); },
    evaluate: evaluate,
    applyEffect: applyEffect,
    state: function () {
      return { screen: root.dataset.screen || null, episode: now.episode ? now.episode.id : null,
               segment: now.segment, vars: copy(now.vars), path: now.path.slice(),
               choice: now.choice ? now.choice.options.map(function (o) { return o.id; }) : null,
               decided: now.decided ? now.decided.id : null, holding: now.holding,
               endings: Object.keys(saved.endings), video: videos[active].dataset.segment || null };
    }
  };
  showScreen("start");
})();
