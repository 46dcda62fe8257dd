// Live parts of the Newsfeed app, all optional: every page works without this file.
//   - the breaking-news banner (from /newsfeed/breaking.json, then topic "breaking.<edition>")
//   - Newsfeed lists: the rail beside articles and /newsfeed/ (topic "newsfeed.<edition>")
//   - the next-story loader under an article
//   - live blog entries (topic "liveblog.<page id>")
// Events are described in docs/events.md.
(function () {
  "use strict";
  const realtime = () => window.Gazette && window.Gazette.realtime;
  // Translated strings from site.js (gazette/lib/ui_strings.py); English as fallback.
  const t = (key, fallback) => (window.Gazette && Gazette.t ? Gazette.t(key, fallback) : fallback);

  // ---- Breaking banner ---------------------------------------------------------
  function initBreaking(region) {
    const dismissedKey = "gazette.breaking.dismissed";
    let expiryTimer = null;

    function show(alert) {
      clearTimeout(expiryTimer);
      region.replaceChildren();
      region.classList.remove("is-active");
      if (!alert) return;
      const expires = Date.parse(alert.expires_at);
      if (expires <= Date.now()) return;
      if (localStorage.getItem(dismissedKey) === String(alert.id)) return;
      const inner = document.createElement("p");
      inner.className = "breaking-banner__inner";
      const label = document.createElement("strong");
      label.className = "breaking-banner__label";
      label.textContent = t("breaking.label", "Breaking") + ": ";
      inner.append(label);
      let text = document.createElement("span");
      if (alert.url) {
        text = document.createElement("a");
        text.href = alert.url;
      }
      text.className = "breaking-banner__headline";
      text.textContent = alert.headline;
      inner.append(text);
      const close = document.createElement("button");
      close.type = "button";
      close.className = "breaking-banner__close";
      close.setAttribute("aria-label", t("breaking.dismiss", "Hide this alert"));
      close.textContent = "×";
      close.addEventListener("click", () => {
        localStorage.setItem(dismissedKey, String(alert.id));
        show(null);
      });
      inner.append(close);
      region.append(inner);
      region.classList.add("is-active");
      expiryTimer = setTimeout(() => show(null), Math.min(expires - Date.now(), 2 ** 31 - 1));
    }

    function fetchState() {
      fetch(region.dataset.endpoint, {headers: {Accept: "application/json"}})
        .then((response) => (response.ok ? response.json() : null))
        .then((data) => data && show(data.alert))
        .catch(() => {});
    }

    const rt = realtime();
    if (!rt || !("WebSocket" in window)) {
      fetchState();
      return;
    }
    // Subscribing with an "after" makes the server send the current state first,
    // on every (re)connect, fresher than any cached breaking.json.
    rt.subscribe(region.dataset.topic || "breaking", {after: 0, onEvent: (event) => show(event.alert)});
  }

  // ---- Newsfeed lists ----------------------------------------------------------
  function formatTime(iso) {
    const date = new Date(iso);
    return date.toLocaleTimeString(document.documentElement.lang || [], {hour: "2-digit", minute: "2-digit", hour12: false});
  }

  function buildItem(event) {
    const item = event.item;
    const li = document.createElement("li");
    li.className = "newsfeed__item newsfeed__item--new";
    li.dataset.articleId = event.article_id;
    li.dataset.sectionId = item.section_id == null ? "" : item.section_id;
    const time = document.createElement("time");
    time.dateTime = item.published_at;
    time.textContent = formatTime(item.published_at);
    li.append(time, " ");
    if (item.section) {
      const section = document.createElement("span");
      section.className = "newsfeed__section";
      section.textContent = item.section;
      li.append(section, " ");
    }
    const link = document.createElement("a");
    link.className = "newsfeed__headline";
    link.href = item.url;
    link.textContent = item.headline;
    li.append(link);
    return li;
  }

  // Holds new items behind a "N new" button when the list's top is scrolled out of
  // view, so nothing jumps under the reader; inserts them at once otherwise.
  function heldInserter(container, list, notice, format) {
    const held = [];
    function release() {
      held.splice(0).forEach((node) => list.prepend(node));
      notice.replaceChildren();
    }
    function showNotice() {
      let button = notice.querySelector("button");
      if (!button) {
        button = document.createElement("button");
        button.type = "button";
        button.className = "newsfeed__notice-button";
        button.addEventListener("click", () => {
          release();
          list.scrollIntoView({block: "start"});
          const first = list.querySelector("a");
          if (first) first.focus({preventScroll: true});
        });
        notice.append(button);
      }
      button.textContent = format(held.length);
    }
    return {
      add(node) {
        if (list.getBoundingClientRect().top < 0) {
          held.push(node);
          showNotice();
        } else {
          list.prepend(node);
        }
      },
      drop(match) {
        for (let i = held.length - 1; i >= 0; i--) if (match(held[i])) held.splice(i, 1);
        if (held.length) showNotice();
        else notice.replaceChildren();
      },
      held,
    };
  }

  function plural(key, count, one, other) {
    if (window.Gazette && Gazette.plural) return Gazette.plural(key, count, {one: one, other: other});
    return (count === 1 ? one : other).replace("{count}", count);
  }

  function initNewsfeed(container) {
    const rt = realtime();
    const list = container.querySelector("[data-newsfeed-list]");
    const notice = container.querySelector("[data-newsfeed-notice]");
    if (!rt || !list || !notice) return;
    const limit = parseInt(container.dataset.limit || "0", 10);
    const inserter = heldInserter(container, list, notice, (n) =>
      plural("newsfeed.new", n, "{count} new story", "{count} new stories"));
    const find = (articleId) =>
      list.querySelector('[data-article-id="' + CSS.escape(String(articleId)) + '"]');

    function trim() {
      if (!limit) return;
      const items = list.querySelectorAll(".newsfeed__item");
      for (let i = limit; i < items.length; i++) items[i].remove();
    }

    function onEvent(event) {
      if (event.type !== "newsfeed") return;
      const existing = find(event.article_id);
      const sameArticle = (node) => node.dataset.articleId === String(event.article_id);
      if (event.op === "removed") {
        if (existing) existing.remove();
        inserter.drop(sameArticle);
        return;
      }
      if (event.op === "updated") {
        if (!existing) return;
        const replacement = buildItem(event);
        replacement.className = "newsfeed__item";
        existing.replaceWith(replacement);
        return;
      }
      if (event.op === "published" && !existing && !inserter.held.some(sameArticle)) {
        const empty = list.querySelector(".newsfeed__empty");
        if (empty) empty.remove();
        inserter.add(buildItem(event));
        trim();
      }
    }

    const after = parseInt(container.dataset.after || "0", 10);
    rt.subscribe(container.dataset.topic, {after: after, onEvent: onEvent});
  }

  // ---- Next-story loader ---------------------------------------------------------
  function initNextStories(first) {
    if (!("IntersectionObserver" in window) || !window.fetch) return;
    const original = document.querySelector("article[data-article-id]");
    if (original && !original.dataset.storyUrl) {
      original.dataset.storyUrl = location.pathname + location.search;
      original.dataset.storyTitle = document.title;
    }
    const shown = new Set([original && original.dataset.storyUrl]);
    let current = original;
    history.replaceState(Object.assign({}, history.state, {gazetteStory: location.pathname}), "");

    // The story crossing the middle of the viewport owns the address bar and title.
    const storyWatcher = new IntersectionObserver((entries) => {
      entries.forEach((entry) => {
        if (!entry.isIntersecting || entry.target === current) return;
        current = entry.target;
        const url = current.dataset.storyUrl;
        document.title = current.dataset.storyTitle;
        if (!shown.has(url)) {
          shown.add(url);
          history.pushState({gazetteStory: url}, "", url);
        } else {
          history.replaceState({gazetteStory: url}, "", url);
        }
      });
    }, {rootMargin: "-50% 0px -50% 0px"});
    if (original) storyWatcher.observe(original);

    window.addEventListener("popstate", (event) => {
      const url = event.state && event.state.gazetteStory;
      if (!url) return;
      const story = document.querySelector('article[data-story-url="' + CSS.escape(url) + '"]');
      if (story) {
        current = story;
        document.title = story.dataset.storyTitle;
        story.scrollIntoView();
      } else {
        location.reload();
      }
    });

    const loader = new IntersectionObserver((entries) => {
      entries.forEach((entry) => {
        if (entry.isIntersecting) load(entry.target);
      });
    }, {rootMargin: "0px 0px 600px 0px"});

    function load(nav) {
      if (nav.dataset.state) return;
      nav.dataset.state = "loading";
      loader.unobserve(nav);
      const status = nav.querySelector("[data-next-story-status]");
      nav.classList.add("is-loading");
      if (status) status.textContent = t("next.loading", "Loading the next story…");
      fetch(nav.dataset.fragmentUrl, {headers: {Accept: "text/html"}})
        .then((response) => {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then((html) => {
          const template = document.createElement("template");
          template.innerHTML = html;
          const story = template.content.querySelector("article[data-story-url]");
          const next = template.content.querySelector("[data-next-story]");
          nav.classList.remove("is-loading");
          nav.dataset.state = "done";
          nav.hidden = true;
          nav.after(template.content);
          if (story) storyWatcher.observe(story);
          if (next) loader.observe(next);
        })
        .catch(() => {
          nav.classList.remove("is-loading");
          delete nav.dataset.state;
          if (status) status.textContent = t("next.error", "The next story could not be loaded.");
        });
    }

    loader.observe(first);
  }

  // ---- Live blogs ----------------------------------------------------------------
  function initLiveBlog(container) {
    const rt = realtime();
    const list = container.querySelector("[data-live-entries]");
    const pinned = container.querySelector("[data-live-pinned]");
    const notice = container.querySelector("[data-newsfeed-notice]");
    if (!rt || !list || container.hasAttribute("data-static")) return;
    const inserter = heldInserter(container, list, notice, (n) =>
      plural("liveblog.new", n, "{count} new update", "{count} new updates"));
    const selector = (id) => '[data-entry-id="' + CSS.escape(String(id)) + '"]';

    function nodeFrom(html) {
      const template = document.createElement("template");
      template.innerHTML = html.trim();
      return template.content.firstElementChild;
    }

    function onEvent(event) {
      if (event.type !== "liveblog") return;
      const existing = container.querySelector(selector(event.entry_id));
      inserter.drop((node) => node.dataset.entryId === String(event.entry_id));
      if (event.op === "deleted") {
        if (existing) existing.remove();
        return;
      }
      const node = nodeFrom(event.html);
      if (!node) return;
      if (event.is_pinned) {
        if (existing) existing.remove();
        pinned.replaceChildren(node);
      } else if (existing && existing.parentElement === list) {
        existing.replaceWith(node);
      } else {
        if (existing) existing.remove();
        const empty = list.querySelector(".live-blog__empty");
        if (empty) empty.remove();
        inserter.add(node);
      }
    }

    const after = parseInt(container.dataset.after || "0", 10);
    rt.subscribe(container.dataset.topic, {after: after, onEvent: onEvent});
  }

  function init() {
    document.querySelectorAll("[data-breaking-banner]").forEach(initBreaking);
    document.querySelectorAll("[data-newsfeed]").forEach(initNewsfeed);
    document.querySelectorAll("[data-live-blog]").forEach(initLiveBlog);
    const next = document.querySelector("[data-next-story]");
    if (next) initNextStories(next);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
