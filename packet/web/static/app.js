// packet serve: the page's only script (vendored, no library). Everything works without it; it adds
// drag and drop onto the upload area, a note while files go up, and the reading progress without reloading.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  var drop = document.getElementById("drop");
  var input = document.getElementById("files");
  var status = document.getElementById("upload-status");
  if (form && drop && input) {
    ["dragenter", "dragover"].forEach(function (ev) {
      drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (ev) {
      drop.addEventListener(ev, function () { drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; form.requestSubmit(); }
    });
    form.addEventListener("submit", function () {
      if (status) { status.textContent = document.documentElement.lang === "en" ? "Sending…" : "正在上传……"; }
    });
  }
  // the new-case form as typed, kept in this tab only (sessionStorage) until the case is made: Back to the empty
  // form (the page is never cached: no-store) fills it in again instead of losing it (a trial)
  var DRAFT = "packet-new-case";
  var newCase = document.getElementById("new-case-form");
  try {
    if (newCase) {
      var kept = JSON.parse(window.sessionStorage.getItem(DRAFT) || "null");
      if (kept && window.location.search.indexOf("n=") < 0) {
        Array.prototype.forEach.call(newCase.elements, function (el) {
          if (el.name && el.name !== "csrf" && Object.prototype.hasOwnProperty.call(kept, el.name)) { el.value = kept[el.name]; }
        });
      }
      newCase.addEventListener("input", function () {
        var all = {};
        Array.prototype.forEach.call(newCase.elements, function (el) {
          if (el.name && el.name !== "csrf") { all[el.name] = el.value; }
        });
        window.sessionStorage.setItem(DRAFT, JSON.stringify(all));
      });
    } else if (/[?&]new=1/.test(window.location.search)) {
      window.sessionStorage.removeItem(DRAFT);  // the case is made: nothing to keep
    }
  } catch (e) { /* storage refused (private mode): the form works as before */ }
  // what the person is typing or where the keyboard stands survives the end of the reading: a reload would lose both
  // (a trial's note on a call was wiped, and the focus went back to the top of the page)
  var dirty = false;
  document.addEventListener("input", function (e) {
    if (e.target && e.target.type !== "file") { dirty = true; }
  });
  var busy = function () {
    var el = document.activeElement;
    return dirty || (el && el !== document.body && el.form && el.type !== "file");
  };
  var bar = document.getElementById("progress");
  // after an action (Add, Save, Add to the log, Build) the keyboard goes to what says what happened, never left on
  // <body> at the top of the reloaded page (a trial: a screen reader said nothing after "Add to the log"): a box
  // refused (aria-invalid, its message tied by aria-describedby), a failure, the action's notice (#said), or, once the
  // reading or building it started ends, its result
  var FINISHED = "packet-finished";
  var state = document.getElementById("state");
  if (state) {
    var finished = null;
    try { finished = window.sessionStorage.getItem(FINISHED); window.sessionStorage.removeItem(FINISHED); } catch (e) { /* none */ }
    var said = /[?&]n=/.test(window.location.search);
    var note = document.getElementById("said");
    // the reading an upload started is its result; a form saved below keeps the keyboard at its own notice
    var resultFirst = finished && (!note || /^(add|top)$/.test(note.getAttribute("data-at") || ""));
    var ids = [];
    if (bar && window.location.hash === "#state") { ids.push("state-title"); }
    if (said || finished) { ids.push("job-error"); }
    if (finished === "build") { ids.push("built"); }
    if (resultFirst) { ids.push("verdict", "missing-title"); }
    if (said) { ids.push("said"); }
    if (finished) { ids.push("verdict", "missing-title"); }
    var target = said ? document.querySelector("[aria-invalid=true]") : null;
    for (var i = 0; !target && i < ids.length; i++) { target = document.getElementById(ids[i]); }
    if (target) {
      if (!target.hasAttribute("tabindex") && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
        target.setAttribute("tabindex", "-1");
      }
      var box = target.closest("details");
      if (box) { box.open = true; }
      // after the load and the scroll to the address's #section, which in Chromium otherwise leaves focus on <body>
      var put = function () { target.focus(); };
      if (document.readyState === "complete") { setTimeout(put, 0); } else { window.addEventListener("load", function () { setTimeout(put, 0); }); }
    }
  }
  var text = document.getElementById("progress-text");
  if (bar) {
    var zh = document.documentElement.lang !== "en";
    var poll = function () {
      fetch(bar.getAttribute("data-url"), { credentials: "same-origin" }).then(function (r) { return r.json(); })
        .then(function (j) {
          if (j.state === "queued" || j.state === "running") {
            if (j.total) {
              bar.max = j.total; bar.value = j.done;
              text.textContent = zh ? "已读取 " + j.done + "/" + j.total + " 页" : j.done + " of " + j.total + " pages read";
            }
            setTimeout(poll, 1000);
          } else if (busy()) {
            bar.value = bar.max;
            text.textContent = "";
            var done = document.createElement("a");
            done.href = window.location.pathname + window.location.search;
            done.id = "reading-done";
            done.textContent = zh ? "已读取完毕。您正在填写的内容保留着；填完保存后，或点此刷新，即可看到结果。"
                                  : "Reading finished. What you are typing is kept: after you save it, or by this link, the page shows the result.";
            text.appendChild(done);
          } else {
            try { window.sessionStorage.setItem(FINISHED, bar.getAttribute("data-kind") || "check"); } catch (e) { /* none */ }
            window.location.reload();
          }
        }).catch(function () { setTimeout(poll, 3000); });
    };
    setTimeout(poll, 700);
  }
})();
