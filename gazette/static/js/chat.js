// Chats: live messages, presence, replies and older history on top of the plain
// server-rendered room page (which works without this file). Message text is
// always inserted with textContent, never as HTML. See docs/chats.md.
(function () {
  "use strict";
  const HEARTBEAT_MS = 25000;
  const URL_RE = /https?:\/\/[^\s<>"'()]+/g;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function appendLinkified(parent, text) {
    // Split on URLs; plain parts become text nodes, links become <a> with text.
    let last = 0;
    text.replace(URL_RE, (url, offset) => {
      parent.appendChild(document.createTextNode(text.slice(last, offset)));
      const link = el("a", null, url);
      link.href = url;
      link.rel = "nofollow noopener";
      parent.appendChild(link);
      last = offset + url.length;
      return url;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function formatTime(iso) {
    const date = new Date(iso);
    return date.toLocaleTimeString(document.documentElement.lang || [], {hour: "2-digit", minute: "2-digit"});
  }

  function tabId() {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // Translated strings from site.js (gazette/lib/ui_strings.py); English as fallback.
  function t(key, fallback) {
    return window.Gazette && Gazette.t ? Gazette.t(key, fallback) : fallback;
  }

  function plural(key, count, one, other) {
    if (window.Gazette && Gazette.plural) return Gazette.plural(key, count, {one: one, other: other});
    return (count === 1 ? one : other).replace("{count}", count);
  }

  function onlineText(count) {
    return plural("chat.online", count, "{count} reader here", "{count} readers here");
  }

  function setupRoom(root) {
    const roomId = Number(root.dataset.chatRoom);
    const topic = root.dataset.chatTopic;
    const log = root.querySelector("[data-chat-log]");
    const scroller = root.querySelector("[data-chat-scroll]");
    const form = root.querySelector("[data-chat-form]");
    const errorBox = root.querySelector("[data-chat-error]");
    const onlineBox = root.querySelector("[data-chat-online-count]");
    const statusBox = root.querySelector("[data-chat-status]");
    const canPost = "chatCanPost" in root.dataset;
    let lastSeq = Number(root.dataset.chatAfter) || 0;
    let subscription = null;
    const tab = tabId();

    function renderMessage(message) {
      const item = el("li", "chat-message");
      item.id = "m-" + message.seq;
      item.dataset.seq = message.seq;
      item.dataset.id = message.id;
      fillMessage(item, message);
      return item;
    }

    function fillMessage(item, message) {
      item.replaceChildren();
      if (message.deleted) {
        item.classList.add("chat-message--deleted");
        const text = el("p", "chat-message__text");
        text.appendChild(el("em", null, t("chat.deleted", "This message was deleted by a moderator.")));
        item.appendChild(text);
        return;
      }
      const meta = el("p", "chat-message__meta");
      meta.appendChild(el("span", "chat-message__author", message.author));
      meta.appendChild(document.createTextNode(" "));
      const time = el("time", null, formatTime(message.created_at));
      time.dateTime = message.created_at;
      meta.appendChild(time);
      item.appendChild(meta);
      if (message.reply_to) {
        const quote = el("blockquote", "chat-message__quote");
        const line = el("p");
        if (message.reply_to.deleted) {
          line.appendChild(el("em", null, t("chat.deleted_quote", "A deleted message")));
        } else {
          const link = el("a", null, message.reply_to.author);
          link.href = "#m-" + message.reply_to.seq;
          line.appendChild(link);
          line.appendChild(document.createTextNode(": " + message.reply_to.text));
        }
        quote.appendChild(line);
        item.appendChild(quote);
      }
      const text = el("p", "chat-message__text");
      appendLinkified(text, message.text);
      item.appendChild(text);
      if (message.card) {
        const card = el("a", "chat-card");
        card.href = message.card.url;
        if (message.card.image) {
          const img = el("img");
          img.src = message.card.image.url;
          img.width = message.card.image.width;
          img.height = message.card.image.height;
          img.alt = message.card.image.alt || "";
          img.loading = "lazy";
          card.appendChild(img);
        }
        card.appendChild(el("span", "chat-card__headline", message.card.headline));
        item.appendChild(card);
      }
      if (canPost) {
        const actions = el("div", "chat-message__actions");
        const reply = el("a", "chat-reply", t("chat.reply", "Reply"));
        reply.href = "?reply_to=" + message.id + "#chat-compose";
        reply.dataset.reply = message.id;
        actions.appendChild(reply);
        item.appendChild(actions);
      }
    }

    function nearBottom() {
      return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
    }

    function addMessage(message) {
      if (!log || log.querySelector('[data-seq="' + message.seq + '"]')) return;
      const empty = log.querySelector("[data-chat-empty]");
      if (empty) empty.remove();
      const stick = nearBottom();
      log.appendChild(renderMessage(message));
      if (stick) scroller.scrollTop = scroller.scrollHeight;
    }

    function deleteMessage(seq) {
      const item = log && log.querySelector('[data-seq="' + seq + '"]');
      if (item) fillMessage(item, {deleted: true});
    }

    function updateRoom(room) {
      if (!statusBox) return;
      if (room.status !== "open") {
        statusBox.textContent = "· " + t("chat.closed", "This room is closed: you can read but not post.");
        if (form) form.hidden = true;
      } else {
        statusBox.textContent = room.slow_mode_seconds
          ? "· " + plural("chat.slow", room.slow_mode_seconds,
            "Slow mode: one message every {count} second.", "Slow mode: one message every {count} seconds.")
          : "";
        if (form) form.hidden = false;
      }
    }

    function showOnline(count) {
      if (onlineBox) onlineBox.textContent = onlineText(count);
    }

    function onEvent(event) {
      if (event.type === "chat.presence") return showOnline(event.online);
      if (event.type === "chat.gap") return location.reload();
      if (Number.isInteger(event.id)) {
        if (event.id <= lastSeq) return;
        if (event.id > lastSeq + 1) return resubscribe(); // an event overtook another
        lastSeq = event.id;
      }
      if (event.type === "chat.message" && event.op === "add") addMessage(event.message);
      else if (event.type === "chat.message" && event.op === "delete") deleteMessage(event.seq);
      else if (event.type === "chat.room") updateRoom(event.room);
    }

    function onError(frame) {
      if (errorBox) errorBox.textContent = frame.message;
    }

    function subscribe() {
      subscription = Gazette.realtime.subscribe(topic, {after: lastSeq, onEvent, onError});
    }

    function resubscribe() {
      // Ask again from the last contiguous id: the server replays what is missing.
      subscription.unsubscribe();
      subscribe();
    }

    function heartbeat(op) {
      const frame = {type: "chat.presence", room: roomId, tab: tab};
      if (op) frame.op = op;
      return Gazette.realtime.send(frame).then((result) => showOnline(result.online), () => {});
    }

    if ("chatLive" in root.dataset && window.Gazette && Gazette.realtime) {
      subscribe();
      Gazette.realtime.onStatus((status) => { if (status === "open") heartbeat(); });
      if (Gazette.realtime.status === "open") heartbeat();
      setInterval(() => heartbeat(), HEARTBEAT_MS);
      window.addEventListener("pagehide", () => heartbeat("leave"));
    }

    if (form && window.Gazette && Gazette.realtime) {
      const textarea = form.querySelector("textarea");
      const replyInput = form.querySelector('input[name="reply_to"]');
      const replying = form.querySelector("[data-chat-replying]");
      form.addEventListener("submit", (submit) => {
        if (Gazette.realtime.status !== "open") return; // plain POST instead
        submit.preventDefault();
        const frame = {type: "chat.post", room: roomId, text: textarea.value};
        if (replyInput && replyInput.value) frame.reply_to = Number(replyInput.value);
        errorBox.textContent = "";
        Gazette.realtime.send(frame).then(() => {
          textarea.value = "";
          textarea.removeAttribute("aria-invalid");
          if (replyInput) replyInput.value = "";
          if (replying) replying.hidden = true;
        }, (error) => {
          errorBox.textContent = error.message;
          textarea.setAttribute("aria-invalid", "true");
        });
      });
      log && log.addEventListener("click", (click) => {
        const link = click.target.closest("[data-reply]");
        if (!link || !replyInput) return;
        click.preventDefault();
        replyInput.value = link.dataset.reply;
        const item = link.closest(".chat-message");
        const author = item.querySelector(".chat-message__author");
        replying.replaceChildren(document.createTextNode(t("chat.replying", "Replying to") + " "),
          el("strong", null, author ? author.textContent : ""), document.createTextNode(" "));
        const cancel = el("button", "chat-compose__cancel", t("chat.cancel", "Cancel"));
        cancel.type = "button";
        cancel.addEventListener("click", () => { replyInput.value = ""; replying.hidden = true; textarea.focus(); });
        replying.appendChild(cancel);
        replying.hidden = false;
        textarea.focus();
      });
    }

    if (log && window.Gazette && Gazette.realtime) {
      log.addEventListener("submit", (submit) => {
        const del = submit.target.closest("[data-chat-delete]");
        if (!del || Gazette.realtime.status !== "open") return;
        submit.preventDefault();
        Gazette.realtime.send({type: "chat.delete", message: Number(del.dataset.chatDelete)})
          .catch((error) => { if (errorBox) errorBox.textContent = error.message; });
      });
    }

    if (log) {
      root.classList.add("chat-room--scripted");
      scroller.tabIndex = 0; // it scrolls: keyboard users need to reach it
      scroller.scrollTop = scroller.scrollHeight;
    }
    setupOlder(root, log, scroller, renderMessage);
  }

  function setupOlder(root, log, scroller, renderMessage) {
    const link = root.querySelector("[data-chat-older]");
    if (!link || !log) return;
    let loading = false;
    function load() {
      if (loading || !link.dataset.before) return;
      loading = true;
      const url = root.dataset.chatOlderUrl + "?before=" + encodeURIComponent(link.dataset.before);
      fetch(url, {headers: {Accept: "application/json"}, credentials: "same-origin"})
        .then((response) => response.json())
        .then((page) => {
          const fromBottom = scroller.scrollHeight - scroller.scrollTop;
          // Old messages are not news: keep screen readers from announcing them.
          const region = root.querySelector("[data-chat-region]");
          if (region) region.setAttribute("aria-busy", "true");
          const fragment = document.createDocumentFragment();
          (page.messages || []).forEach((m) => {
            if (!log.querySelector('[data-seq="' + m.seq + '"]')) fragment.appendChild(renderMessage(m));
          });
          log.insertBefore(fragment, log.firstChild);
          scroller.scrollTop = scroller.scrollHeight - fromBottom; // keep the reader's place
          if (page.has_older && page.before) {
            link.dataset.before = page.before;
            link.href = "?before=" + page.before;
          } else {
            link.remove();
            observer && observer.disconnect();
          }
        })
        .finally(() => {
          loading = false;
          const region = root.querySelector("[data-chat-region]");
          if (region) region.removeAttribute("aria-busy");
        });
    }
    link.addEventListener("click", (click) => { click.preventDefault(); load(); });
    const observer = "IntersectionObserver" in window
      ? new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) load();
      }, {root: scroller})
      : null;
    if (observer) observer.observe(link);
  }

  function setupList(list) {
    const url = list.dataset.chatOnlineUrl;
    setInterval(() => {
      fetch(url).then((r) => r.json()).then((data) => {
        Object.entries(data.rooms || {}).forEach(([id, count]) => {
          const box = list.querySelector('[data-chat-online="' + id + '"]');
          if (box) box.textContent = onlineText(count);
        });
      }).catch(() => {});
    }, 30000);
  }

  function start() {
    document.querySelectorAll("[data-chat-room]").forEach(setupRoom);
    document.querySelectorAll("[data-chat-online-url]").forEach(setupList);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
