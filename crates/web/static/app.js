// Small enhancements; every page works without this file.
// Upload progress for class lists: a large spreadsheet on a slow school line takes a while,
// so the form shows how far the upload is instead of seeming to hang.
(function () {
  "use strict";
  document.querySelectorAll("form[data-upload-progress]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var input = form.querySelector("input[type=file]");
      if (!window.XMLHttpRequest || !window.FormData || !input || !input.files.length) return;
      event.preventDefault();
      var box = form.querySelector(".upload-progress");
      var bar = form.querySelector("progress");
      var button = form.querySelector("button[type=submit]");
      if (box) box.hidden = false;
      if (button) button.disabled = true;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable && bar) bar.value = Math.round((e.loaded / e.total) * 100);
      });
      xhr.addEventListener("load", function () {
        // The server answers with the preview (after a redirect) or the form with a message.
        if (xhr.responseURL && xhr.responseURL !== window.location.href && xhr.status < 400) {
          window.location.assign(xhr.responseURL);
        } else {
          document.open();
          document.write(xhr.responseText);
          document.close();
        }
      });
      xhr.addEventListener("error", function () {
        if (button) button.disabled = false;
        form.submit();
      });
      xhr.send(new FormData(form));
    });
  });
})();

// The child's video: recorded in the browser with a countdown, a running timer, a stop at
// the school's limit, a look back and "again" before it is kept. Without a camera or
// without this script, the plain file field under it does the same job.
(function () {
  "use strict";
  var canRecord = navigator.mediaDevices && navigator.mediaDevices.getUserMedia && window.MediaRecorder;
  document.querySelectorAll(".recorder").forEach(function (box) {
    if (!canRecord) return;
    box.hidden = false;
    var preview = box.querySelector("video");
    var status = box.querySelector(".recorder-status");
    var max = parseInt(box.getAttribute("data-max-seconds"), 10) || 120;
    var buttons = {};
    box.querySelectorAll("[data-step]").forEach(function (b) { buttons[b.getAttribute("data-step")] = b; });
    var text = function (name) { var p = box.querySelector("[data-text=" + name + "]"); return p ? p.textContent : ""; };
    var show = function () {
      var visible = Array.prototype.slice.call(arguments);
      Object.keys(buttons).forEach(function (k) { buttons[k].hidden = visible.indexOf(k) < 0; });
    };
    var clock = function (s) { return Math.floor(s / 60) + ":" + ("0" + (s % 60)).slice(-2); };
    var stream = null, recorder = null, chunks = [], blob = null, ticker = null;

    function stopStream() {
      if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
      stream = null;
    }

    function record() {
      chunks = [];
      var types = ["video/webm;codecs=vp8,opus", "video/webm", "video/mp4"];
      var type = types.filter(function (t) { return MediaRecorder.isTypeSupported && MediaRecorder.isTypeSupported(t); })[0];
      recorder = type ? new MediaRecorder(stream, { mimeType: type }) : new MediaRecorder(stream);
      recorder.ondataavailable = function (e) { if (e.data && e.data.size) chunks.push(e.data); };
      recorder.onstop = function () {
        clearInterval(ticker);
        blob = new Blob(chunks, { type: (recorder.mimeType || "video/webm").split(";")[0] });
        stopStream();
        preview.srcObject = null;
        preview.muted = false;
        preview.controls = true;
        preview.src = URL.createObjectURL(blob);
        status.textContent = "";
        show("again", "save");
        buttons.save.focus();
      };
      var started = Date.now();
      recorder.start(1000);
      show("stop");
      buttons.stop.focus();
      var tick = function () {
        var s = Math.min(max, Math.floor((Date.now() - started) / 1000));
        status.textContent = text("recording") + " " + clock(s) + " / " + clock(max);
        if (s >= max && recorder.state === "recording") recorder.stop();
      };
      tick();
      ticker = setInterval(tick, 250);
    }

    function start() {
      show();
      navigator.mediaDevices.getUserMedia({ video: true, audio: true }).then(function (s) {
        stream = s;
        preview.controls = false;
        preview.muted = true;
        preview.removeAttribute("src");
        preview.hidden = false;
        preview.srcObject = s;
        preview.play();
        var n = 3;
        status.textContent = text("countdown") + " " + n;
        var countdown = setInterval(function () {
          n -= 1;
          if (n > 0) {
            status.textContent = text("countdown") + " " + n;
          } else {
            clearInterval(countdown);
            record();
          }
        }, 1000);
      }, function () {
        status.textContent = text("no-camera");
        show();
      });
    }

    function save() {
      if (!blob) return;
      show();
      status.textContent = text("saving");
      var form = new FormData();
      var ext = blob.type === "video/mp4" ? "mp4" : "webm";
      form.append("video", blob, "filmpje." + ext);
      var xhr = new XMLHttpRequest();
      xhr.open("POST", box.getAttribute("data-upload"));
      xhr.addEventListener("load", function () {
        if (xhr.status < 400) {
          window.location.href = box.getAttribute("data-go-to");
          window.location.reload();
        } else {
          // The page with the message next to the field, as without this script.
          document.open();
          document.write(xhr.responseText);
          document.close();
        }
      });
      xhr.addEventListener("error", function () {
        status.textContent = text("no-camera");
        show("again", "save");
      });
      xhr.send(form);
    }

    buttons.start.addEventListener("click", start);
    buttons.stop.addEventListener("click", function () { if (recorder && recorder.state === "recording") recorder.stop(); });
    buttons.again.addEventListener("click", function () { blob = null; start(); });
    buttons.save.addEventListener("click", save);
  });
})();

// The planning page: drag one talk onto another and the two children change places. The
// same swap is a plain form on every talk, for the keyboard and without this script.
(function () {
  "use strict";
  var dragged = null;
  document.querySelectorAll("li.talk[data-swap]").forEach(function (li) {
    li.addEventListener("dragstart", function (e) {
      dragged = li.getAttribute("data-talk");
      li.classList.add("dragging");
      if (e.dataTransfer) {
        e.dataTransfer.effectAllowed = "move";
        e.dataTransfer.setData("text/plain", dragged);
      }
    });
    li.addEventListener("dragend", function () {
      li.classList.remove("dragging");
      document.querySelectorAll("li.talk.drop-target").forEach(function (t) { t.classList.remove("drop-target"); });
    });
    li.addEventListener("dragover", function (e) {
      if (dragged && dragged !== li.getAttribute("data-talk")) {
        e.preventDefault();
        li.classList.add("drop-target");
      }
    });
    li.addEventListener("dragleave", function () { li.classList.remove("drop-target"); });
    li.addEventListener("drop", function (e) {
      e.preventDefault();
      var other = (e.dataTransfer && e.dataTransfer.getData("text/plain")) || dragged;
      if (!other || other === li.getAttribute("data-talk")) return;
      var body = new URLSearchParams();
      body.append("with", other);
      fetch(li.getAttribute("data-swap"), {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: body.toString(),
        credentials: "same-origin"
      }).then(function () { window.location.reload(); });
    });
  });
})();

// The parents' questionnaire: every change is kept as a draft after a moment's pause, so
// closing the phone loses nothing. The buttons do the same without this script.
(function () {
  "use strict";
  document.querySelectorAll("form[data-autosave]").forEach(function (form) {
    var status = form.querySelector(".autosave-status");
    var timer = null;
    function save() {
      var body = new URLSearchParams(new FormData(form));
      body.set("action", "draft");
      // Not form.action: the buttons named "action" shadow that property.
      fetch(form.getAttribute("action"), {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: body.toString(),
        credentials: "same-origin",
        redirect: "manual"
      }).then(function (r) {
        if (status && (r.type === "opaqueredirect" || r.ok)) status.textContent = status.getAttribute("data-saved");
      });
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(save, 800);
    });
    form.addEventListener("change", function () {
      clearTimeout(timer);
      timer = setTimeout(save, 300);
    });
  });
})();

// The conversation screen: the arrow keys and the space bar move between the steps too, as
// the buttons do (the steps work without this, through their links).
(function () {
  "use strict";
  var screen = document.querySelector("[data-screen]");
  if (!screen) return;
  var steps = Array.prototype.slice.call(screen.querySelectorAll(".screen-step"));
  var current = function () {
    var i = steps.findIndex(function (s) { return "#" + s.id === window.location.hash; });
    return i < 0 ? 0 : i;
  };
  var go = function (i) {
    if (i < 0 || i >= steps.length) return;
    window.location.hash = steps[i].id;
    steps[i].focus();
  };
  document.addEventListener("keydown", function (e) {
    var tag = (e.target && e.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "VIDEO" || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "ArrowRight" || e.key === "PageDown") { e.preventDefault(); go(current() + 1); }
    if (e.key === "ArrowLeft" || e.key === "PageUp") { e.preventDefault(); go(current() - 1); }
  });
})();

// The teacher's panel during the conversation: a timer for the slot, and forms that keep
// what is typed in this browser until the server has it. On a poor school network a save
// that does not get through waits, and is sent again when the connection is back; nothing
// typed is lost, not even when the page is closed and opened again.
(function () {
  "use strict";
  document.querySelectorAll("[data-timer-end]").forEach(function (box) {
    var start = parseInt(box.getAttribute("data-timer-start"), 10) * 1000;
    var end = parseInt(box.getAttribute("data-timer-end"), 10) * 1000;
    var say = function (name) { return box.getAttribute("data-" + name) || ""; };
    // "29 dagen en 3 uur", "2 uur en 5 minuten", "12 minuten": the two largest units, never
    // a count of minutes a teacher has to divide by sixty.
    var unit = function (n, one, many) { return (n === 1 ? say(one) : say(many)).replace("{n}", n); };
    var span = function (ms) {
      var m = Math.ceil(ms / 60000), d = Math.floor(m / 1440), h = Math.floor((m % 1440) / 60);
      m = m % 60;
      if (d > 0) return h > 0 ? unit(d, "day", "days") + " " + say("and") + " " + unit(h, "hour", "hours") : unit(d, "day", "days");
      if (h > 0) return m > 0 ? unit(h, "hour", "hours") + " " + say("and") + " " + unit(m, "minute", "minutes") : unit(h, "hour", "hours");
      return unit(m, "minute", "minutes");
    };
    var tick = function () {
      var now = Date.now();
      var minutes = Math.round((end - now) / 60000);
      var text;
      if (start && now < start) text = say("starts").replace("{when}", span(start - now));
      else if (minutes < -60) text = say("done");
      else text = (minutes >= 0 ? say("left") : say("over")).replace("{min}", Math.abs(minutes));
      box.textContent = text;
      box.classList.toggle("over", minutes < 0 && minutes >= -60);
    };
    tick();
    setInterval(tick, 15000);
  });

  var offline = document.querySelector("[data-keep-offline]");
  document.querySelectorAll("form[data-keep]").forEach(function (form) {
    if (!window.fetch || !window.localStorage) return;
    var key = "samenspraak-keep:" + form.getAttribute("action");
    var status = form.querySelector(".keep-status");
    var pending = false;
    var say = function (name, time) {
      if (!status) return;
      status.textContent = (status.getAttribute("data-" + name) || "").replace("{time}", time || "");
    };
    var fields = function () {
      return Array.prototype.filter.call(form.elements, function (e) {
        return e.name && e.type !== "hidden" && e.type !== "submit" && e.type !== "checkbox";
      });
    };
    var typed = function () {
      var data = {};
      fields().forEach(function (f) { data[f.name] = f.value; });
      return data;
    };
    try {
      var kept = JSON.parse(window.localStorage.getItem(key) || "null");
      if (kept) {
        fields().forEach(function (f) { if (Object.prototype.hasOwnProperty.call(kept, f.name)) f.value = kept[f.name]; });
        pending = true;
        say("restored");
      }
    } catch (e) { /* a broken entry is ignored */ }
    form.addEventListener("input", function () {
      window.localStorage.setItem(key, JSON.stringify(typed()));
      pending = true;
      say("unsaved");
    });
    var send = function () {
      var body = new URLSearchParams(new FormData(form));
      return fetch(form.action, { method: "POST", body: body, credentials: "same-origin" }).then(function (r) {
        if (r.ok && r.url.indexOf("saved=1") >= 0) {
          window.localStorage.removeItem(key);
          pending = false;
          if (offline) offline.hidden = true;
          say("saved", new Date().toTimeString().slice(0, 5));
          if (form.getAttribute("data-keep") === "reload") window.location.reload();
        } else {
          // A problem with what was typed, or the session ended: the normal way shows it
          // next to the field, with the text kept.
          form.submit();
        }
      }, function () {
        pending = true;
        if (offline) offline.hidden = false;
        say("waiting");
      });
    };
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      window.localStorage.setItem(key, JSON.stringify(typed()));
      send();
    });
    window.addEventListener("online", function () { if (pending && status && status.textContent === status.getAttribute("data-waiting")) send(); });
    setInterval(function () {
      if (pending && navigator.onLine && status && status.textContent === status.getAttribute("data-waiting")) send();
    }, 15000);
  });
})();

// A button that prints the page (the recovery codes, to keep on paper).
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
})();

// "Lees voor" on a parent's page: the phone's own voice reads the page's text in the page's
// language. The button shows only where the device has a voice for that language; nothing
// is fetched, and without it the page is the same.
(function () {
  "use strict";
  var button = document.querySelector(".read-aloud");
  if (!button || !window.speechSynthesis || !window.SpeechSynthesisUtterance) return;
  var synth = window.speechSynthesis;
  var lang = (document.documentElement.lang || "nl").toLowerCase();
  var label = button.querySelector("span");
  var readLabel = label.textContent;
  var voice = null;
  var pickVoice = function () {
    var voices = synth.getVoices();
    voice = voices.filter(function (v) { return v.lang.toLowerCase().split(/[-_]/)[0] === lang; })[0] || null;
    button.hidden = !voice;
  };
  pickVoice();
  if (synth.addEventListener) synth.addEventListener("voiceschanged", pickVoice);
  var reset = function () { label.textContent = readLabel; button.setAttribute("aria-pressed", "false"); };
  button.addEventListener("click", function () {
    if (synth.speaking) { synth.cancel(); reset(); return; }
    var main = document.getElementById("main");
    var clone = main.cloneNode(true);
    // Not the button itself, nor text meant only for screen readers or hidden.
    clone.querySelectorAll(".read-aloud-bar, [hidden], .visually-hidden, script, form[method=post] input").forEach(function (n) { n.remove(); });
    var text = clone.textContent.replace(/\s+/g, " ").trim();
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = voice ? voice.lang : lang;
    if (voice) utterance.voice = voice;
    utterance.addEventListener("end", reset);
    utterance.addEventListener("error", reset);
    label.textContent = button.getAttribute("data-stop");
    button.setAttribute("aria-pressed", "true");
    synth.speak(utterance);
  });
})();
