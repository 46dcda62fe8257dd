// One WebSocket per page to /ws/, shared by every live part of the page.
//
//   const sub = Gazette.realtime.subscribe("chat.7", {after: 120, onEvent(event) {...}});
//   Gazette.realtime.send({type: "chat.post", room: 7, text: "Hi"}).then(result => ...);
//
// The client remembers the last event id per topic and, after a reconnect, asks for
// what it missed, so each stored event arrives once and in order. See docs/events.md.
(function () {
  "use strict";
  const PING_EVERY_MS = 25000;
  const MAX_BACKOFF_MS = 15000;
  const topics = new Map(); // topic -> {after, handlers: Set, onError}
  const pending = new Map(); // ref -> {resolve, reject}
  const statusListeners = new Set();
  let socket = null;
  let backoff = 500;
  let nextRef = 1;
  let pingTimer = null;
  let status = "idle";

  function url() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    // The server answers errors in the page's language.
    const lang = encodeURIComponent(document.documentElement.lang || "");
    return scheme + "//" + location.host + "/ws/?lang=" + lang;
  }

  function t(key, fallback) {
    return window.Gazette && Gazette.t ? Gazette.t(key, fallback) : fallback;
  }

  function setStatus(value) {
    status = value;
    document.documentElement.dataset.realtime = value;
    statusListeners.forEach((listener) => listener(value));
  }

  function connect() {
    if (socket || !("WebSocket" in window)) return;
    setStatus("connecting");
    socket = new WebSocket(url());
    socket.addEventListener("open", () => {
      backoff = 500;
      setStatus("open");
      topics.forEach((entry, topic) => sendSubscribe(topic, entry));
      pingTimer = setInterval(() => sendRaw({type: "ping"}), PING_EVERY_MS);
    });
    socket.addEventListener("message", (message) => {
      let frame;
      try { frame = JSON.parse(message.data); } catch (e) { return; }
      handle(frame);
    });
    socket.addEventListener("close", () => {
      clearInterval(pingTimer);
      socket = null;
      setStatus("closed");
      pending.forEach((p) => p.reject({code: "disconnected", message: t("realtime.lost", "Connection lost.")}));
      pending.clear();
      setTimeout(connect, backoff + Math.random() * 250);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    });
  }

  function handle(frame) {
    if (frame.type === "event") {
      const entry = topics.get(frame.topic);
      if (!entry) return;
      const id = frame.event && frame.event.id;
      if (Number.isInteger(id)) {
        if (entry.after !== null && id <= entry.after) return;
        entry.after = id;
      }
      entry.handlers.forEach((handler) => handler(frame.event, frame.topic));
    } else if (frame.type === "result" || (frame.type === "error" && frame.ref != null)) {
      const waiting = pending.get(frame.ref);
      if (!waiting) return;
      pending.delete(frame.ref);
      if (frame.type === "result") waiting.resolve(frame);
      else waiting.reject(frame);
    } else if (frame.type === "error" && frame.topic) {
      const entry = topics.get(frame.topic);
      if (entry && entry.onError) entry.onError(frame);
    }
  }

  function sendRaw(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  function sendSubscribe(topic, entry) {
    const frame = {type: "subscribe", topic: topic};
    if (entry.after !== null) frame.after = entry.after;
    sendRaw(frame);
  }

  function subscribe(topic, options) {
    const opts = options || {};
    let entry = topics.get(topic);
    if (!entry) {
      entry = {after: Number.isInteger(opts.after) ? opts.after : null, handlers: new Set(), onError: opts.onError};
      topics.set(topic, entry);
      sendSubscribe(topic, entry);
    }
    if (opts.onEvent) entry.handlers.add(opts.onEvent);
    connect();
    return {
      unsubscribe() {
        if (opts.onEvent) entry.handlers.delete(opts.onEvent);
        if (entry.handlers.size === 0) {
          topics.delete(topic);
          sendRaw({type: "unsubscribe", topic: topic});
        }
      },
    };
  }

  function send(frame) {
    connect();
    const ref = nextRef++;
    return new Promise((resolve, reject) => {
      if (!sendRaw(Object.assign({}, frame, {ref: ref}))) {
        reject({code: "disconnected", message: t("realtime.offline", "Not connected; try again in a moment.")});
        return;
      }
      pending.set(ref, {resolve, reject});
    });
  }

  window.Gazette = window.Gazette || {};
  window.Gazette.realtime = {
    subscribe,
    send,
    get status() { return status; },
    onStatus(listener) { statusListeners.add(listener); },
  };
})();
