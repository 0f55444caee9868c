// Helpline staff review page. Every piece of server text (visitor messages, replies, notes,
// names, phone numbers, reasons) goes in through textContent: nothing here is ever parsed as
// HTML. Loads nothing from any other host. The staff token lives in sessionStorage only.
"use strict";

(function () {
  var TOKEN_KEY = "helpline.staffToken";
  var REJECTED = "Your token was not accepted. Please sign in with a valid staff token.";
  var STATUS_LABELS = { "open": "Open", "contacted": "Contacted", "closed": "Closed", "no-contact": "No contact" };
  var CRISIS_LABELS = {
    "overdose": "Overdose", "suicidal": "Suicidal thoughts", "self-harm": "Self-harm",
    "harm-to-others": "Harm to others", "medical-emergency": "Medical emergency", "poisoning": "Poisoning"
  };
  var ESCALATION_LABELS = { "none": "None", "offer": "Offer", "handoff": "Handoff", "emergency": "Emergency" };

  function $(id) { return document.getElementById(id); }

  var ui = {
    error: $("error"), notice: $("notice"),
    signInView: $("sign-in-view"), signInForm: $("sign-in-form"), token: $("token"), signIn: $("sign-in"),
    signOut: $("sign-out"), review: $("review-view"),
    filter: $("status-filter"), refresh: $("refresh"), summary: $("queue-summary"), queue: $("queue"),
    detailTitle: $("detail-title"), detailEmpty: $("detail-empty"), detailLoading: $("detail-loading"),
    detailBody: $("detail-body"), badges: $("detail-badges"), facts: $("handoff-facts"),
    callbackInfo: $("callback-info"), note: $("note"), save: $("save"), unsaved: $("unsaved"),
    conversationFacts: $("conversation-facts"), transcript: $("transcript"), otherHandoffs: $("other-handoffs"),
    statusButtons: Array.prototype.slice.call(document.querySelectorAll("button[data-status]"))
  };

  var state = {
    handoffs: [],          // the queue as last loaded
    selectedId: null,      // the handoff shown in the detail panel
    current: null,         // that handoff as the server last returned it
    pendingStatus: null,   // the status button pressed (saved with Save)
    queueSeq: 0,           // discards out-of-date queue answers
    detailSeq: 0,          // discards out-of-date detail answers
    saving: false
  };

  // MARK: token

  var memoryToken = null; // used when sessionStorage is unavailable
  function getToken() {
    try { return window.sessionStorage.getItem(TOKEN_KEY) || memoryToken; } catch (e) { return memoryToken; }
  }
  function setToken(token) {
    memoryToken = token;
    try { window.sessionStorage.setItem(TOKEN_KEY, token); } catch (e) { /* memory only */ }
  }
  function clearToken() {
    memoryToken = null;
    try { window.sessionStorage.removeItem(TOKEN_KEY); } catch (e) { /* memory only */ }
  }

  // MARK: building blocks

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function str(value) {
    return typeof value === "string" ? value : (value === undefined || value === null ? "" : String(value));
  }

  function formatDate(iso) {
    var date = new Date(str(iso));
    if (!iso || isNaN(date.getTime())) return str(iso) || "unknown";
    try {
      return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
    } catch (e) {
      return date.toLocaleString();
    }
  }

  function ago(iso) {
    var then = new Date(str(iso)).getTime();
    if (isNaN(then)) return "";
    var minutes = Math.round((Date.now() - then) / 60000);
    if (minutes < 1) return "just now";
    if (minutes < 60) return minutes + " min ago";
    var hours = Math.round(minutes / 60);
    if (hours < 48) return hours + " h ago";
    return Math.round(hours / 24) + " days ago";
  }

  function timeElement(iso, withAge) {
    var time = el("time", null, formatDate(iso));
    if (iso) time.setAttribute("datetime", str(iso));
    if (withAge) {
      var age = ago(iso);
      if (age) time.textContent += " (" + age + ")";
    }
    return time;
  }

  // A tel: link for a number as the visitor typed it; plain text when it has too few digits.
  function phoneNode(phone) {
    var text = str(phone);
    var digits = text.replace(/[^0-9+]/g, "").replace(/(?!^)\+/g, "");
    if (!/^\+?[0-9]{3,15}$/.test(digits)) return el("span", null, text);
    var link = el("a", "phone", text);
    link.href = "tel:" + digits;
    return link;
  }

  function statusLabel(status) { return STATUS_LABELS[status] || str(status); }
  function crisisLabel(category) { return CRISIS_LABELS[category] || str(category); }

  function badge(text, kind) { return el("span", "badge badge-" + kind, text); }

  function handoffBadges(h) {
    var box = el("div", "badges");
    if (h.priority === "urgent") box.appendChild(badge("URGENT", "urgent"));
    if (h.crisis_category) box.appendChild(badge(crisisLabel(h.crisis_category), "crisis"));
    box.appendChild(badge(statusLabel(h.status), STATUS_LABELS[h.status] ? "status-" + h.status : "status"));
    return box;
  }

  // Appends a term and its description (a string or a node) to a <dl>.
  function fact(list, term, value) {
    var row = el("div", "fact");
    row.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = str(value);
    row.appendChild(dd);
    list.appendChild(row);
  }

  // MARK: messages

  function showError(message) {
    ui.error.textContent = message;
  }
  function clearError() { ui.error.textContent = ""; }
  function showNotice(message) {
    ui.notice.textContent = message;
  }
  function clearNotice() { ui.notice.textContent = ""; }

  // MARK: API

  function AuthError() { this.message = REJECTED; }
  function ApiError(status, code, message) {
    this.status = status;
    this.code = code;
    this.message = message;
  }

  async function api(method, path, body) {
    var token = getToken();
    if (!token) throw new AuthError();
    var init = {
      method: method, credentials: "same-origin", cache: "no-store",
      headers: { "Accept": "application/json", "Authorization": "Bearer " + token }
    };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    var response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      throw new ApiError(0, "network", "Couldn't reach the server. Please check the connection and try again.");
    }
    var data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (response.status === 401) throw new AuthError();
    if (!response.ok) {
      var message = data && data.error && typeof data.error.message === "string" && data.error.message
        ? data.error.message : "The server answered " + response.status + ".";
      var code = data && data.error && typeof data.error.code === "string" ? data.error.code : "http_" + response.status;
      throw new ApiError(response.status, code, message);
    }
    if (!data || typeof data !== "object") {
      throw new ApiError(response.status, "bad_response", "The server sent an answer this page can't read.");
    }
    return data;
  }

  // Every failure ends here: a rejected token signs out, anything else is shown.
  function handleError(error) {
    if (error instanceof AuthError) {
      signOut(REJECTED);
    } else if (error instanceof ApiError) {
      showError(error.message);
    } else {
      showError("Something went wrong on this page: " + (error && error.message ? error.message : String(error)));
    }
  }

  // MARK: views

  function showSignIn() {
    ui.review.hidden = true;
    ui.signOut.hidden = true;
    ui.signInView.hidden = false;
  }

  function showReview() {
    ui.signInView.hidden = true;
    ui.signOut.hidden = false;
    ui.review.hidden = false;
  }

  // Forgets everything shown, so no transcript stays on screen after signing out.
  function resetReview() {
    state.handoffs = [];
    state.selectedId = null;
    state.current = null;
    state.pendingStatus = null;
    state.queueSeq++;
    state.detailSeq++;
    clear(ui.queue);
    ui.summary.textContent = "";
    showDetailPlaceholder();
  }

  function signOut(errorMessage) {
    clearToken();
    resetReview();
    showSignIn();
    clearNotice();
    if (errorMessage) {
      showError(errorMessage);
    } else {
      clearError();
      showNotice("You are signed out.");
    }
    ui.token.value = "";
    ui.token.focus();
  }

  // MARK: queue

  function queuePath() {
    var status = ui.filter.value;
    if (!status || status === "all") return "/api/v1/handoffs";
    return "/api/v1/handoffs?status=" + encodeURIComponent(status);
  }

  async function loadQueue() {
    var seq = ++state.queueSeq;
    ui.summary.textContent = "Loading…";
    var data = await api("GET", queuePath());
    if (seq !== state.queueSeq) return;
    state.handoffs = Array.isArray(data.handoffs) ? data.handoffs.filter(function (h) { return h && typeof h === "object"; }) : [];
    renderQueue();
  }

  function refreshQueue() {
    clearError();
    return loadQueue().catch(handleError);
  }

  function renderQueue() {
    clear(ui.queue);
    var urgent = 0;
    state.handoffs.forEach(function (h, index) {
      if (h.priority === "urgent") urgent++;
      ui.queue.appendChild(queueItem(h, index));
    });
    var count = state.handoffs.length;
    var filter = ui.filter.value;
    var which = filter === "all" ? "" : " " + statusLabel(filter).toLowerCase();
    if (!count) {
      ui.summary.textContent = "No" + which + " handoffs.";
    } else {
      ui.summary.textContent = count + which + " handoff" + (count === 1 ? "" : "s")
        + (urgent ? ", " + urgent + " urgent" : "") + ".";
    }
  }

  function queueItem(h, index) {
    var item = el("li", "queue-item" + (h.priority === "urgent" ? " urgent" : ""));
    item.dataset.handoffId = str(h.id);
    item.appendChild(handoffBadges(h));

    var reason = el("p", "reason", h.reason || "No reason given");
    reason.id = "queue-reason-" + index;
    item.appendChild(reason);

    var meta = el("p", "meta");
    meta.appendChild(document.createTextNode("Opened "));
    meta.appendChild(timeElement(h.created_at, true));
    if (h.intent) meta.appendChild(document.createTextNode(" · Intent: " + str(h.intent)));
    item.appendChild(meta);

    if (h.callback && typeof h.callback === "object") {
      var cb = el("p", "callback-summary");
      cb.appendChild(el("span", "label", "Call back: "));
      if (h.callback.name) cb.appendChild(document.createTextNode(str(h.callback.name) + ", "));
      cb.appendChild(phoneNode(h.callback.phone));
      if (h.callback.best_time) cb.appendChild(document.createTextNode(", best time: " + str(h.callback.best_time)));
      item.appendChild(cb);
    }

    if (h.note) item.appendChild(el("p", "meta note-preview", "Note: " + str(h.note)));

    var open = el("button", "open-handoff secondary", "Open transcript");
    open.type = "button";
    open.setAttribute("aria-describedby", reason.id);
    open.addEventListener("click", function () { openHandoff(str(h.id), str(h.conversation)); });
    item.appendChild(open);

    markSelected(item, open, str(h.id) === state.selectedId);
    return item;
  }

  function markSelected(item, button, selected) {
    item.classList.toggle("selected", selected);
    if (selected) button.setAttribute("aria-current", "true"); else button.removeAttribute("aria-current");
  }

  function updateSelection() {
    Array.prototype.forEach.call(ui.queue.children, function (item) {
      var button = item.querySelector("button.open-handoff");
      if (button) markSelected(item, button, item.dataset.handoffId === state.selectedId);
    });
  }

  // MARK: detail

  function showDetailPlaceholder() {
    ui.detailTitle.textContent = "Handoff";
    ui.detailEmpty.hidden = false;
    ui.detailLoading.hidden = true;
    ui.detailBody.hidden = true;
    clear(ui.badges);
    clear(ui.facts);
    clear(ui.callbackInfo);
    clear(ui.transcript);
    clear(ui.otherHandoffs);
    ui.conversationFacts.textContent = "";
    ui.note.value = "";
    ui.unsaved.textContent = "";
  }

  async function openHandoff(id, conversationId) {
    if (!id) return;
    var seq = ++state.detailSeq;
    clearError();
    clearNotice();
    state.selectedId = id;
    updateSelection();
    ui.detailEmpty.hidden = true;
    ui.detailBody.hidden = true;
    ui.detailLoading.hidden = false;
    try {
      var handoffData = await api("GET", "/api/v1/handoffs/" + encodeURIComponent(id));
      if (seq !== state.detailSeq) return;
      var handoff = handoffData.handoff;
      if (!handoff || typeof handoff !== "object") throw new ApiError(200, "bad_response", "The server sent an answer this page can't read.");
      var conversation = null;
      var conversationError = null;
      try {
        conversation = await api("GET", "/api/v1/conversations/" + encodeURIComponent(str(handoff.conversation) || conversationId));
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        conversationError = e.status === 404 ? "This conversation is no longer stored (it may have been purged)." : e.message;
      }
      if (seq !== state.detailSeq) return;
      renderHandoff(handoff);
      renderConversation(conversation, conversationError);
      ui.detailLoading.hidden = true;
      ui.detailBody.hidden = false;
      ui.detailTitle.focus();
    } catch (e) {
      if (seq !== state.detailSeq) return;
      ui.detailLoading.hidden = true;
      ui.detailEmpty.hidden = false;
      handleError(e);
    }
  }

  function renderHandoff(h) {
    state.current = h;
    state.pendingStatus = str(h.status);
    ui.detailTitle.textContent = (h.priority === "urgent" ? "Urgent handoff" : "Handoff")
      + (h.crisis_category ? ": " + crisisLabel(h.crisis_category) : "");

    clear(ui.badges);
    ui.badges.appendChild(handoffBadges(h));

    clear(ui.facts);
    fact(ui.facts, "Reason", h.reason || "No reason given");
    fact(ui.facts, "Intent", h.intent || "none");
    fact(ui.facts, "Priority", h.priority === "urgent" ? "Urgent" : "Normal");
    if (h.crisis_category) fact(ui.facts, "Crisis", crisisLabel(h.crisis_category));
    fact(ui.facts, "Status", statusLabel(h.status));
    fact(ui.facts, "Opened", timeElement(h.created_at, true));
    var changed = el("span");
    changed.appendChild(timeElement(h.updated_at, false));
    if (h.updated_by) changed.appendChild(document.createTextNode(" by " + str(h.updated_by)));
    fact(ui.facts, "Last change", changed);
    fact(ui.facts, "Handoff id", el("code", null, h.id));

    clear(ui.callbackInfo);
    if (h.callback && typeof h.callback === "object") {
      var list = el("dl", "facts");
      fact(list, "Name", h.callback.name || "not given");
      fact(list, "Phone", phoneNode(h.callback.phone));
      fact(list, "Best time", h.callback.best_time || "not given");
      fact(list, "Consent given", timeElement(h.callback.consent_at, false));
      ui.callbackInfo.appendChild(list);
    } else {
      ui.callbackInfo.appendChild(el("p", "placeholder", "The visitor has not left a call-back number."));
    }

    ui.note.value = str(h.note);
    renderStatusButtons();
    updateUnsaved();
  }

  function renderStatusButtons() {
    ui.statusButtons.forEach(function (button) {
      var pressed = button.getAttribute("data-status") === state.pendingStatus;
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
    });
  }

  function changes() {
    var h = state.current;
    if (!h) return {};
    var body = {};
    if (state.pendingStatus && state.pendingStatus !== h.status) body.status = state.pendingStatus;
    var note = ui.note.value.trim();
    if (note !== str(h.note).trim()) body.note = note;
    return body;
  }

  function updateUnsaved() {
    ui.unsaved.textContent = Object.keys(changes()).length ? "Unsaved changes: press Save." : "";
  }

  function renderConversation(data, errorMessage) {
    clear(ui.transcript);
    clear(ui.otherHandoffs);
    if (!data) {
      ui.conversationFacts.textContent = errorMessage || "The conversation could not be loaded.";
      return;
    }
    var c = data.conversation && typeof data.conversation === "object" ? data.conversation : {};
    var turns = Array.isArray(data.turns) ? data.turns.slice() : [];
    turns.sort(function (a, b) { return (Number(a && a.sequence) || 0) - (Number(b && b.sequence) || 0); });

    clear(ui.conversationFacts);
    ui.conversationFacts.appendChild(document.createTextNode("Started "));
    ui.conversationFacts.appendChild(timeElement(c.created_at, true));
    var count = typeof c.turn_count === "number" ? c.turn_count : turns.length;
    ui.conversationFacts.appendChild(document.createTextNode(
      ", " + count + " turn" + (count === 1 ? "" : "s")
      + (c.escalation ? ", highest escalation: " + (ESCALATION_LABELS[c.escalation] || str(c.escalation)) : "") + "."));

    turns.forEach(function (turn) {
      if (turn && typeof turn === "object") ui.transcript.appendChild(turnItem(turn));
    });
    if (!turns.length) ui.conversationFacts.appendChild(document.createTextNode(" No turns are stored."));

    var others = (Array.isArray(data.handoffs) ? data.handoffs : []).filter(function (h) {
      return h && typeof h === "object" && str(h.id) !== state.selectedId;
    });
    if (others.length) {
      ui.otherHandoffs.appendChild(el("h4", null, "Other handoffs in this conversation"));
      var list = el("ul", "other-list");
      others.forEach(function (h) {
        var item = el("li");
        item.appendChild(handoffBadges(h));
        item.appendChild(el("span", "reason", h.reason || "No reason given"));
        var button = el("button", "secondary small", "Open");
        button.type = "button";
        button.setAttribute("aria-label", "Open handoff: " + str(h.reason));
        button.addEventListener("click", function () { openHandoff(str(h.id), str(h.conversation)); });
        item.appendChild(button);
        list.appendChild(item);
      });
      ui.otherHandoffs.appendChild(list);
    }
  }

  function turnItem(turn) {
    var emergency = turn.escalation === "emergency";
    var item = el("li", emergency ? "turn turn-emergency" : "turn");

    var head = el("p", "turn-head");
    head.appendChild(el("span", "turn-number", "Turn " + str(turn.sequence)));
    head.appendChild(document.createTextNode(" · "));
    head.appendChild(timeElement(turn.created_at, false));
    item.appendChild(head);

    var said = el("div", "said");
    said.appendChild(el("p", "speaker", "Visitor"));
    said.appendChild(el("p", "visitor-message", turn.message));
    item.appendChild(said);

    var replied = el("div", "replied");
    replied.appendChild(el("p", "speaker", "Assistant"));
    replied.appendChild(el("p", "reply", turn.reply));
    item.appendChild(replied);

    var meta = el("dl", "turn-meta");
    fact(meta, "Intent", turn.intent || "none");
    fact(meta, "Plugin", turn.plugin || "none");
    fact(meta, "Confidence", typeof turn.confidence === "number" ? turn.confidence.toFixed(2) : str(turn.confidence) || "n/a");
    fact(meta, "Escalation", ESCALATION_LABELS[turn.escalation] || str(turn.escalation) || "none");
    item.appendChild(meta);
    return item;
  }

  // MARK: saving

  async function save() {
    if (!state.current || state.saving) return;
    var body = changes();
    clearError();
    if (!Object.keys(body).length) {
      showNotice("Nothing to save: the status and note are unchanged.");
      return;
    }
    var id = str(state.current.id);
    var seq = state.detailSeq;
    state.saving = true;
    ui.save.disabled = true;
    ui.save.textContent = "Saving…";
    try {
      var data = await api("PATCH", "/api/v1/handoffs/" + encodeURIComponent(id), body);
      var saved = data.handoff && typeof data.handoff === "object" ? data.handoff : null;
      if (saved && seq === state.detailSeq) renderHandoff(saved);
      var parts = [];
      if (body.status) parts.push("status is now " + statusLabel(saved ? saved.status : body.status));
      if (body.note !== undefined) parts.push(body.note ? "note saved" : "note cleared");
      showNotice("Saved: " + parts.join(", ") + ".");
      try { await loadQueue(); } catch (e) { handleError(e); }
    } catch (e) {
      handleError(e);
    } finally {
      state.saving = false;
      ui.save.disabled = false;
      ui.save.textContent = "Save";
    }
  }

  // MARK: sign in

  async function signIn(event) {
    event.preventDefault();
    var token = ui.token.value.trim();
    clearNotice();
    if (!token) {
      showError("Please enter your staff token.");
      ui.token.focus();
      return;
    }
    if (/[^\x21-\x7e]/.test(token)) { // could never be sent in a header
      showError(REJECTED);
      ui.token.focus();
      return;
    }
    clearError();
    setToken(token);
    ui.signIn.disabled = true;
    try {
      await loadQueue();
      ui.token.value = "";
      showReview();
      ui.filter.focus();
    } catch (e) {
      handleError(e);
    } finally {
      ui.signIn.disabled = false;
    }
  }

  // MARK: wiring

  ui.signInForm.addEventListener("submit", signIn);
  ui.signOut.addEventListener("click", function () { signOut(null); });
  ui.filter.addEventListener("change", refreshQueue);
  ui.refresh.addEventListener("click", refreshQueue);
  ui.statusButtons.forEach(function (button) {
    button.addEventListener("click", function () {
      state.pendingStatus = button.getAttribute("data-status");
      renderStatusButtons();
      updateUnsaved();
    });
  });
  ui.note.addEventListener("input", updateUnsaved);
  ui.save.addEventListener("click", save);

  if (getToken()) {
    showReview();
    loadQueue().catch(handleError);
  } else {
    showSignIn();
  }
})();
