// Helpline chat page. Every piece of visitor or server text goes in through textContent:
// nothing here is ever parsed as HTML. Loads nothing from any other host.
"use strict";

(function () {
  var HELPLINE = { tel: "+18559930960", display: "855-993-0960" };
  var STORAGE_KEY = "helpline.conversation";
  // The conversation's visitor key: only the reply to its first message carries it, and only with
  // it does the server give the conversation back after a reload (this tab's sessionStorage only).
  var KEY_STORAGE_KEY = "helpline.visitorKey";
  var TEL_PATTERN = /^\+?[0-9]{2,15}$/;
  // Phone-number-shaped tokens in reply text: North American numbers (855-993-0960, 1-800-662-4357,
  // (855) 993-0960, +1 855 993 0960) and 911 or 988 standing alone (not in 1988, 911-2 or 988.5).
  // Group 1 is the character before the number (no lookbehind: older Safari lacks it).
  var PHONE_PATTERN = /(^|[^\w+$\/.-])((?:\+?1[-. ]?)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}|911|988)(?!\w|[-\/.]\d)/g;
  var GAP = 8; // px kept between a reply brought into view and the viewport's top or the input bar
  var reducedMotion = window.matchMedia ? window.matchMedia("(prefers-reduced-motion: reduce)") : null;

  var log = document.getElementById("log");
  var composer = document.getElementById("composer");
  var input = document.getElementById("message");
  var sendButton = document.getElementById("send");
  var status = document.getElementById("status");
  var sendError = document.getElementById("send-error");
  var newConversation = document.getElementById("new-conversation");
  var welcome = log.firstElementChild; // the greeting in index.html, kept by "New conversation"
  var callback = document.getElementById("callback");
  var callbackForm = document.getElementById("callback-form");
  var callbackError = document.getElementById("cb-error");
  var fields = { name: document.getElementById("cb-name"), phone: document.getElementById("cb-phone"),
    time: document.getElementById("cb-time"), consent: document.getElementById("cb-consent") };

  var busy = false;
  var memoryConversation = null; // used when sessionStorage is unavailable
  var memoryKey = null;
  var callbackConversation = null; // the conversation the open call-back form belongs to
  var callbackDone = {}; // conversation id -> true once a call-back was requested

  // MARK: conversation id

  function getConversation() {
    try { return window.sessionStorage.getItem(STORAGE_KEY) || memoryConversation; } catch (e) { return memoryConversation; }
  }
  function getKey() {
    try { return window.sessionStorage.getItem(KEY_STORAGE_KEY) || memoryKey; } catch (e) { return memoryKey; }
  }
  // key: the visitor key when this reply started the conversation; a later reply has none.
  function setConversation(id, key) {
    var changed = id !== getConversation();
    memoryConversation = id;
    if (key) memoryKey = key; else if (changed) memoryKey = null;
    try {
      window.sessionStorage.setItem(STORAGE_KEY, id);
      if (key) window.sessionStorage.setItem(KEY_STORAGE_KEY, key);
      else if (changed) window.sessionStorage.removeItem(KEY_STORAGE_KEY);
    } catch (e) { /* memory only */ }
    newConversation.hidden = false;
  }
  function clearConversation() {
    memoryConversation = null;
    memoryKey = null;
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
      window.sessionStorage.removeItem(KEY_STORAGE_KEY);
    } catch (e) { /* memory only */ }
    hideCallback();
    newConversation.hidden = true;
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

  // The tel: form of a phone-number token: 911 and 988 as they are, others in E.164 (+1...).
  function telFor(token) {
    var digits = token.replace(/[^0-9]/g, "");
    if (digits.length === 10) return "+1" + digits;
    if (digits.length === 11 && digits.charAt(0) === "1") return "+" + digits;
    return digits;
  }

  // Each phone number in text as { start, end, display, tel }, in order.
  function findPhones(text) {
    var found = [];
    var pattern = new RegExp(PHONE_PATTERN.source, "g");
    var match;
    while ((match = pattern.exec(text)) !== null) {
      var start = match.index + match[1].length;
      found.push({ start: start, end: start + match[2].length, display: match[2], tel: telFor(match[2]) });
    }
    return found;
  }

  // Appends text to parent as text nodes, with every phone number in it a tel: link.
  function appendLinked(parent, text) {
    var last = 0;
    findPhones(text).forEach(function (phone) {
      var link = telLink(phone.tel, phone.display);
      if (!link) return;
      if (phone.start > last) parent.appendChild(document.createTextNode(text.slice(last, phone.start)));
      parent.appendChild(link);
      last = phone.end;
    });
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
    return parent;
  }

  function linkedText(tag, className, text) {
    return appendLinked(el(tag, className), String(text));
  }

  // A paragraph of text, optionally followed by "call 855-993-0960." as a tel: link.
  function sentence(text, withHelpline) {
    var p = linkedText("p", "text", text);
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
    return append(msg);
  }

  // MARK: failed sends

  // The visitor's bubble says "Not sent" with a Retry button; the sticky bar shows 911, 988 and the
  // helpline (always in view, whatever is scrolled); the text goes back into the message box.
  function markNotSent(bubble, text, reason) {
    bubble.classList.add("failed");
    bubble.dataset.text = text;
    var old = bubble.querySelector(".not-sent");
    if (old) old.parentNode.removeChild(old);
    var line = el("p", "not-sent");
    line.appendChild(el("span", null, "Not sent"));
    var retry = el("button", "retry secondary", "Retry");
    retry.type = "button";
    retry.setAttribute("aria-label", "Retry sending: " + text);
    retry.addEventListener("click", function () { sendMessage(text, bubble); });
    line.appendChild(retry);
    bubble.appendChild(line);
    if (!input.value.trim()) input.value = text;
    sendError.querySelector(".send-error-lead").textContent = reason;
    sendError.hidden = false;
    bringIntoView(bubble);
  }
  function clearNotSent(bubble) {
    bubble.classList.remove("failed");
    var line = bubble.querySelector(".not-sent");
    if (line) line.parentNode.removeChild(line);
  }
  // The newest bubble still marked "Not sent" with exactly this text: sending it again retries it.
  function failedBubble(text) {
    var failed = log.querySelectorAll(".msg.visitor.failed");
    for (var i = failed.length - 1; i >= 0; i--) if (failed[i].dataset.text === text) return failed[i];
    return null;
  }
  function showNotice(text, withHelpline) {
    var msg = el("div", "msg bot notice");
    msg.appendChild(sentence(text, withHelpline));
    bringIntoView(append(msg));
  }

  // MARK: replies

  function renderActions(actions) {
    var box = el("div", "actions");
    actions.forEach(function (action) {
      if (!action || action.type !== "call") return;
      var link = telLink(action.tel, action.label, "call-button");
      if (link) box.appendChild(link);
    });
    return box.childNodes.length ? box : null;
  }

  function bigButton(href, main, sub, first) {
    var a = el("a", first ? "call-button call-button-big call-button-first" : "call-button call-button-big");
    a.href = href;
    a.appendChild(el("span", "call-main", main));
    if (sub) a.appendChild(el("span", "call-sub", sub));
    return a;
  }

  // The crisis reply's numbers as big buttons: every number its text names, in that order (so the
  // first line's number comes first), then any the server's actions add; the provider's own line
  // last. 988 takes texts too, so it also gets an sms: button.
  function renderCrisisButtons(text, actions) {
    var names = {}; // tel -> name, from the server's action labels ("Emergency services: 911")
    var phones = findPhones(text);
    actions.forEach(function (action) {
      if (!action || action.type !== "call" || typeof action.tel !== "string" || !TEL_PATTERN.test(action.tel)) return;
      var label = typeof action.label === "string" ? action.label : "";
      var colon = label.lastIndexOf(": ");
      // "988 Suicide & Crisis Lifeline (call or text)": the buttons say call or text themselves.
      names[action.tel] = (colon > 0 ? label.slice(0, colon) : label).replace(/\s*\([^)]*\)\s*$/, "");
      phones.push({ tel: action.tel, display: colon > 0 ? label.slice(colon + 2) : action.tel });
    });
    var seen = {};
    var unique = phones.filter(function (phone) {
      if (seen[phone.tel] || !TEL_PATTERN.test(phone.tel)) return false;
      seen[phone.tel] = true;
      return true;
    });
    var ordered = unique.filter(function (p) { return p.tel !== HELPLINE.tel; })
      .concat(unique.filter(function (p) { return p.tel === HELPLINE.tel; }));
    var box = el("div", "actions actions-emergency");
    ordered.forEach(function (phone) {
      var name = names[phone.tel] || (phone.tel === HELPLINE.tel ? "Symetria Recovery helpline" : "");
      box.appendChild(bigButton("tel:" + phone.tel, "Call " + phone.display, name, box.childNodes.length === 0));
      if (phone.tel === "988") box.appendChild(bigButton("sms:988", "Text 988", name, false));
    });
    return box.childNodes.length ? box : null;
  }

  function renderExcerpt(excerpt) {
    var figure = el("figure", "excerpt");
    var quote = el("blockquote");
    quote.appendChild(linkedText("p", null, excerpt.quote));
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

  // restored: shown again after a reload, so not announced again as an alert.
  function renderReply(reply, recorded, restored) {
    var emergency = reply.escalation === "emergency"; // the server's mark of a crisis reply
    var text = typeof reply.text === "string" ? reply.text : "";
    var actionList = Array.isArray(reply.actions) ? reply.actions : [];
    var msg = el("div", emergency ? "msg bot emergency" : "msg bot");
    if (emergency) {
      // role=alert announces it at once without moving focus; other replies use the polite log.
      if (!restored) msg.setAttribute("role", "alert");
      var newline = text.indexOf("\n");
      var lead = (newline < 0 ? text : text.slice(0, newline)).trim();
      var rest = newline < 0 ? "" : text.slice(newline + 1).trim();
      if (lead) msg.appendChild(linkedText("p", "crisis-lead", lead));
      var buttons = renderCrisisButtons(text, actionList);
      if (buttons) msg.appendChild(buttons);
      if (rest) msg.appendChild(linkedText("p", "text", rest));
    } else if (text) {
      msg.appendChild(linkedText("p", "text", text));
    }
    if (reply.excerpt && typeof reply.excerpt.quote === "string") msg.appendChild(renderExcerpt(reply.excerpt));
    if (!emergency) {
      var actions = renderActions(actionList);
      if (actions) msg.appendChild(actions);
    }
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

  // Shows the reply and returns true, or returns false when the response carries none.
  function handleChat(result) {
    var data = result.data;
    if (data.reply && typeof data.reply === "object") { // 200, or 503 with a reply that was not recorded
      if (typeof data.conversation === "string" && data.conversation && data.recorded !== false) {
        setConversation(data.conversation, typeof data.visitor_key === "string" ? data.visitor_key : null);
      }
      var msg = renderReply(data.reply, data.recorded);
      var wantsCallback = data.reply.asks_for_callback === true || (data.reply.escalation === "handoff" && data.handoff);
      var id = getConversation();
      if (data.reply.intent === "callback-confirmed" && data.recorded !== false && id) { // a typed number, stored
        callbackDone[id] = true;
        hideCallback();
      }
      if (wantsCallback && data.recorded !== false && id && !callbackDone[id]) showCallback(id);
      bringIntoView(msg); // after the call-back form, which changes the layout below it
      return true;
    }
    return false;
  }

  // Sends text as a new message, or again from the bubble of a send that failed (Retry).
  async function sendMessage(raw, retrying) {
    var text = String(raw || "").trim();
    if (busy || !text) return;
    setBusy(true);
    var bubble = retrying || failedBubble(text);
    if (bubble) clearNotSent(bubble); else bubble = showVisitor(text);
    sendError.hidden = true;
    try {
      var result = await postChat(text);
      if (result.status === 404 && getConversation()) { // conversation expired: start a new one, once
        clearConversation();
        result = await postChat(text);
      }
      if (handleChat(result)) {
        if (input.value.trim() === text) input.value = ""; // a retry that worked: the box is free again
      } else {
        // Not answered (429, a 5xx without a reply, a refused message): it was not sent.
        var reason = result.status === 429 ? "You're sending messages very quickly. Your message was not sent; wait a moment, then retry."
          : (errorText(result.data) || "Sorry, something went wrong on our side. Your message was not sent.");
        markNotSent(bubble, text, reason);
      }
    } catch (e) {
      markNotSent(bubble, text, "We couldn't reach the assistant, so your message was not sent. Check your connection and retry.");
    } finally {
      setBusy(false);
    }
  }

  // MARK: reload and new conversation

  // After a reload: the conversation this tab holds, shown again from the server (which asks for
  // the visitor key its first reply gave). Unknown or expired: forgotten, the welcome stays.
  async function restoreConversation() {
    var id = getConversation();
    var key = getKey();
    if (!id) return;
    newConversation.hidden = false;
    if (!key) return;
    setBusy(true);
    status.textContent = "Loading your conversation…";
    var shownAgain = false;
    try {
      var response = await fetch("/api/v1/conversations/" + encodeURIComponent(id) + "/turns", {
        method: "GET", credentials: "same-origin", cache: "no-store",
        headers: { "Accept": "application/json", "Helpline-Visitor-Key": key } });
      var data = null;
      try { data = await response.json(); } catch (e) { data = null; }
      if (response.status === 404 || response.status === 400) { clearConversation(); return; }
      if (response.status !== 200 || !data || !Array.isArray(data.turns)) return;
      var last = null;
      data.turns.forEach(function (turn) {
        if (!turn || typeof turn.message !== "string" || !turn.reply || typeof turn.reply !== "object") return;
        showVisitor(turn.message);
        last = renderReply(turn.reply, true, true);
      });
      if (last) {
        shownAgain = true;
        window.scrollTo({ top: document.documentElement.scrollHeight, left: 0, behavior: "auto" });
        bringIntoView(last);
      }
    } catch (e) {
      /* offline: the welcome stays, and the next message continues the conversation */
    } finally {
      setBusy(false);
      if (shownAgain) status.textContent = "Your conversation so far is shown again.";
    }
  }

  // "New conversation": back to the welcome, the id and key forgotten; the next message starts afresh.
  function startNewConversation() {
    clearConversation();
    while (log.lastChild && log.lastChild !== welcome) log.removeChild(log.lastChild);
    sendError.hidden = true;
    input.value = "";
    status.textContent = "New conversation started.";
    window.scrollTo({ top: 0, left: 0, behavior: "auto" });
    input.focus();
  }

  function setBusy(on) {
    busy = on;
    sendButton.disabled = on;
    log.setAttribute("aria-busy", on ? "true" : "false");
    status.textContent = on ? "Sending…" : "";
    newConversation.disabled = on;
    Array.prototype.forEach.call(document.querySelectorAll(".retry"), function (b) { b.disabled = on; });
  }

  // MARK: call-back form

  // The form opens below the reply that offered it; the caller brings both into view. Focus goes
  // to its heading (read out by screen readers, no keyboard popping up on a phone).
  function showCallback(id) {
    var opening = callback.hidden;
    callbackConversation = id;
    callbackError.textContent = "";
    callback.hidden = false;
    if (opening) {
      var title = document.getElementById("callback-title");
      try { title.focus({ preventScroll: true }); } catch (e) { title.focus(); }
    }
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
  newConversation.addEventListener("click", startNewConversation);
  // The notice's Retry (always in view, in the input bar) retries the newest message not sent.
  document.getElementById("send-error-retry").addEventListener("click", function () {
    var failed = log.querySelectorAll(".msg.visitor.failed");
    var bubble = failed.length ? failed[failed.length - 1] : null;
    if (bubble) sendMessage(bubble.dataset.text, bubble);
  });
  restoreConversation();
  document.getElementById("cb-dismiss").addEventListener("click", function () {
    hideCallback();
    input.focus();
  });
})();
