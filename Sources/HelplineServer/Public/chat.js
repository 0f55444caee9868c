// Helpline chat page. Every piece of visitor or server text goes in through textContent:
// nothing here is ever parsed as HTML. Loads nothing from any other host.
"use strict";

(function () {
  var HELPLINE = { tel: "+18559930960", display: "855-993-0960" };
  var STORAGE_KEY = "helpline.conversation";
  var TEL_PATTERN = /^\+?[0-9]{2,15}$/;
  var GAP = 8; // px kept between a reply brought into view and the viewport's top or the input bar
  var reducedMotion = window.matchMedia ? window.matchMedia("(prefers-reduced-motion: reduce)") : null;

  var log = document.getElementById("log");
  var composer = document.getElementById("composer");
  var input = document.getElementById("message");
  var sendButton = document.getElementById("send");
  var status = document.getElementById("status");
  var callback = document.getElementById("callback");
  var callbackForm = document.getElementById("callback-form");
  var callbackError = document.getElementById("cb-error");
  var fields = { name: document.getElementById("cb-name"), phone: document.getElementById("cb-phone"),
    time: document.getElementById("cb-time"), consent: document.getElementById("cb-consent") };

  var busy = false;
  var memoryConversation = null; // used when sessionStorage is unavailable
  var callbackConversation = null; // the conversation the open call-back form belongs to
  var callbackDone = {}; // conversation id -> true once a call-back was requested

  // MARK: conversation id

  function getConversation() {
    try { return window.sessionStorage.getItem(STORAGE_KEY) || memoryConversation; } catch (e) { return memoryConversation; }
  }
  function setConversation(id) {
    memoryConversation = id;
    try { window.sessionStorage.setItem(STORAGE_KEY, id); } catch (e) { /* memory only */ }
  }
  function clearConversation() {
    memoryConversation = null;
    try { window.sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* memory only */ }
    hideCallback();
  }

  // MARK: building blocks

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function telLink(tel, label, className) {
    if (typeof tel !== "string" || !TEL_PATTERN.test(tel)) return null;
    var a = el("a", className, label || tel);
    a.href = "tel:" + tel;
    return a;
  }

  // A paragraph of text, optionally followed by "call 855-993-0960." as a tel: link.
  function sentence(text, withHelpline) {
    var p = el("p", "text", text);
    if (withHelpline) {
      p.appendChild(document.createTextNode(" You can call us at "));
      p.appendChild(telLink(HELPLINE.tel, HELPLINE.display));
      p.appendChild(document.createTextNode("."));
    }
    return p;
  }

  function append(node) {
    log.appendChild(node);
    return node;
  }

  // The document scrolls (not #log) and the input bar is sticky over its bottom edge, so a new
  // reply is brought into view by scrolling the window: all of it (and the call-back form, if
  // open) just above the bar when it fits, else its start at the top. Only new replies call this,
  // so a visitor who scrolls back up to read is left alone until the next reply.
  function bringIntoView(node) {
    var rect = node.getBoundingClientRect();
    var bottomEdge = rect.bottom;
    if (!callback.hidden) { // it sits right below the log, so below the newest reply
      bottomEdge = Math.max(bottomEdge, callback.getBoundingClientRect().bottom);
    }
    var top = GAP;
    var bottom = Math.min(window.innerHeight, composer.getBoundingClientRect().top) - GAP;
    if (rect.top >= top && bottomEdge <= bottom) return;
    var delta = bottomEdge - rect.top <= bottom - top ? bottomEdge - bottom : rect.top - top;
    var smooth = !(reducedMotion && reducedMotion.matches);
    window.scrollBy({ top: delta, left: 0, behavior: smooth ? "smooth" : "auto" });
  }

  function showVisitor(text) {
    var msg = el("div", "msg visitor");
    msg.appendChild(el("span", "visually-hidden", "You said: "));
    msg.appendChild(el("p", "text", text));
    append(msg);
  }
  function showNotice(text, withHelpline) {
    var msg = el("div", "msg bot notice");
    msg.appendChild(sentence(text, withHelpline));
    bringIntoView(append(msg));
  }

  // MARK: replies

  function renderActions(actions, emergency) {
    var box = el("div", emergency ? "actions actions-emergency" : "actions");
    actions.forEach(function (action) {
      if (!action || action.type !== "call") return;
      var link = telLink(action.tel, action.label, emergency ? "call-button call-button-big" : "call-button");
      if (link) box.appendChild(link);
    });
    return box.childNodes.length ? box : null;
  }

  function renderExcerpt(excerpt) {
    var figure = el("figure", "excerpt");
    var quote = el("blockquote");
    quote.appendChild(el("p", null, excerpt.quote));
    figure.appendChild(quote);
    var title = excerpt.title || excerpt.article || "Source";
    var caption = el("figcaption", null, "— ");
    if (typeof excerpt.url === "string" && excerpt.url.indexOf("https://") === 0) {
      var link = el("a", null, title);
      link.href = excerpt.url;
      link.rel = "noopener";
      link.target = "_blank";
      quote.cite = excerpt.url;
      caption.appendChild(link);
    } else {
      caption.appendChild(document.createTextNode(title));
    }
    figure.appendChild(caption);
    return figure;
  }

  function renderReply(reply, recorded) {
    var emergency = reply.escalation === "emergency";
    var msg = el("div", emergency ? "msg bot emergency" : "msg bot");
    if (emergency) msg.setAttribute("role", "alert");
    var actions = renderActions(Array.isArray(reply.actions) ? reply.actions : [], emergency);
    if (emergency && actions) msg.appendChild(actions);
    if (reply.text) msg.appendChild(el("p", "text", reply.text));
    if (reply.excerpt && typeof reply.excerpt.quote === "string") msg.appendChild(renderExcerpt(reply.excerpt));
    if (!emergency && actions) msg.appendChild(actions);
    if (Array.isArray(reply.suggestions) && reply.suggestions.length) {
      var list = el("div", "suggestions");
      list.setAttribute("role", "group");
      list.setAttribute("aria-label", "Suggested questions");
      reply.suggestions.forEach(function (s) {
        if (!s || typeof s.title !== "string" || !s.title) return;
        var button = el("button", "suggestion", s.title);
        button.type = "button";
        button.addEventListener("click", function () { sendMessage(s.title); });
        list.appendChild(button);
      });
      if (list.childNodes.length) msg.appendChild(list);
    }
    if (recorded === false) {
      msg.appendChild(el("p", "note", "We couldn't save this conversation just now. To reach a person, please call the helpline."));
    }
    return append(msg); // appended whole, so role="alert" announces the complete message
  }

  // MARK: chat API

  async function postJSON(url, body) {
    var response = await fetch(url, { method: "POST", credentials: "same-origin", cache: "no-store",
      headers: { "Content-Type": "application/json", "Accept": "application/json" }, body: JSON.stringify(body) });
    var data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    return { status: response.status, data: data && typeof data === "object" ? data : {} };
  }

  function errorText(data) {
    return data.error && typeof data.error.message === "string" ? data.error.message : "";
  }

  function postChat(text) {
    var body = { message: text };
    var id = getConversation();
    if (id) body.conversation = id;
    return postJSON("/api/v1/chat", body);
  }

  function handleChat(result) {
    var data = result.data;
    if (data.reply && typeof data.reply === "object") { // 200, or 503 with a reply that was not recorded
      if (typeof data.conversation === "string" && data.conversation) setConversation(data.conversation);
      var msg = renderReply(data.reply, data.recorded);
      var wantsCallback = data.reply.asks_for_callback === true || (data.reply.escalation === "handoff" && data.handoff);
      var id = getConversation();
      if (wantsCallback && data.recorded !== false && id && !callbackDone[id]) showCallback(id);
      bringIntoView(msg); // after the call-back form, which changes the layout below it
      return;
    }
    var fallback = result.status === 429 ? "You're sending messages very quickly. Please wait a moment and try again."
      : "Sorry, something went wrong on our side.";
    showNotice(errorText(data) || fallback, true); // 429 and every other error also offer the helpline
  }

  async function sendMessage(raw) {
    var text = String(raw || "").trim();
    if (busy || !text) return;
    setBusy(true);
    showVisitor(text);
    try {
      var result = await postChat(text);
      if (result.status === 404 && getConversation()) { // conversation expired: start a new one, once
        clearConversation();
        result = await postChat(text);
      }
      handleChat(result);
    } catch (e) {
      showNotice("Sorry, we couldn't reach the assistant. Please check your connection and try again.", true);
    } finally {
      setBusy(false);
    }
  }

  function setBusy(on) {
    busy = on;
    sendButton.disabled = on;
    log.setAttribute("aria-busy", on ? "true" : "false");
    status.textContent = on ? "Sending…" : "";
  }

  // MARK: call-back form

  function showCallback(id) {
    callbackConversation = id;
    callbackError.textContent = "";
    callback.hidden = false;
  }
  function hideCallback() {
    callback.hidden = true;
    callbackConversation = null;
  }

  function formError(message, field, withHelpline) {
    [fields.phone, fields.consent].forEach(function (f) { f.removeAttribute("aria-invalid"); });
    callbackError.textContent = "";
    callbackError.appendChild(sentence(message, withHelpline));
    if (field) { field.setAttribute("aria-invalid", "true"); field.focus(); }
  }

  async function submitCallback(event) {
    event.preventDefault();
    var id = callbackConversation;
    var phone = fields.phone.value.trim();
    if (!id) return hideCallback();
    if (!phone) return formError("Please enter a phone number we can call.", fields.phone);
    if (!fields.consent.checked) return formError("Please tick the box to agree that we may call you.", fields.consent);
    var body = { phone: phone, consent: true };
    if (fields.name.value.trim()) body.name = fields.name.value.trim();
    if (fields.time.value.trim()) body.best_time = fields.time.value.trim();
    try {
      var result = await postJSON("/api/v1/conversations/" + encodeURIComponent(id) + "/callback", body);
      if (result.status === 200) {
        callbackDone[id] = true;
        callbackForm.reset();
        hideCallback();
        showNotice("Thank you. Someone from Symetria Recovery will call you at the number you gave. If you need to talk sooner, you don't have to wait.", true);
        input.focus();
      } else if (result.status === 400) {
        formError(errorText(result.data) || "Please check the phone number and try again.", fields.phone);
      } else if (result.status === 404) {
        clearConversation();
        showNotice("Sorry, this conversation has expired, so we couldn't save your call-back request.", true);
      } else {
        formError(errorText(result.data) || "Sorry, we couldn't save your request.", null, true);
      }
    } catch (e) {
      formError("Sorry, we couldn't reach our service. Please check your connection and try again.", null, true);
    }
  }

  // MARK: wiring

  composer.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim() || busy) return;
    input.value = "";
    sendMessage(text);
    input.focus();
  });
  callbackForm.addEventListener("submit", submitCallback);
  document.getElementById("cb-dismiss").addEventListener("click", function () {
    hideCallback();
    input.focus();
  });
})();
