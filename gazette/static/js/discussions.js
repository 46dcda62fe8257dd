// Live comments under an article, and counts on story cards. Progressive
// enhancement: without this file the forms and links do everything with reloads.
// Reader text is only ever set with textContent, never parsed as HTML.
(function () {
  "use strict";
  var ROOT = document.documentElement.getAttribute("data-edition-root") || "/";
  var URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/gi;

  // Translated strings from site.js (gazette/lib/ui_strings.py); English as fallback.
  function t(key, fallback, values) {
    if (window.Gazette && Gazette.t) return Gazette.t(key, fallback, values);
    return fallback.replace(/\{(\w+)\}/g, function (m, name) { return values && name in values ? values[name] : m; });
  }

  function plural(key, count, one, other) {
    if (window.Gazette && Gazette.plural) return Gazette.plural(key, count, { one: one, other: other });
    return (count === 1 ? one : other).replace("{count}", String(count));
  }

  function setCount(articleId, count) {
    var nodes = document.querySelectorAll('[data-comment-count-for="' + articleId + '"]');
    nodes.forEach(function (node) {
      if (node.hasAttribute("data-plural")) {
        node.textContent = plural("comments.count", count, "{count} comment", "{count} comments");
      } else {
        // A bare number in a heading, "(3)".
        var template = count === 1 ? node.getAttribute("data-one") : node.getAttribute("data-other");
        if (template) node.textContent = template.replace("{n}", String(count));
      }
      var wrapper = node.closest("[data-card-comments]");
      if (wrapper) wrapper.hidden = count === 0;
    });
  }

  function appendText(parent, text) {
    // Paragraphs and line breaks as in the server's rendering; URLs as nofollow links.
    text.split(/\n{2,}/).forEach(function (chunk) {
      var p = document.createElement("p");
      chunk.split("\n").forEach(function (line, index) {
        if (index) p.appendChild(document.createElement("br"));
        var last = 0;
        line.replace(URL_PATTERN, function (url, offset) {
          p.appendChild(document.createTextNode(line.slice(last, offset)));
          var a = document.createElement("a");
          a.href = url;
          a.rel = "nofollow ugc noopener";
          a.textContent = url;
          p.appendChild(a);
          last = offset + url.length;
          return url;
        });
        p.appendChild(document.createTextNode(line.slice(last)));
      });
      parent.appendChild(p);
    });
  }

  function actionLink(path, label) {
    var link = document.createElement("a");
    link.href = ROOT + "discussions/comment/" + path;
    link.textContent = label;
    return link;
  }

  // What the server renders under each comment for a logged-in reader: like and
  // report for others' comments, edit and delete for their own.
  function addReaderActions(footer, data) {
    if (!window.Gazette || !Gazette.reader || !Gazette.postButton) return;
    Gazette.reader().then(function (me) {
      if (!me.is_authenticated) return;
      var id = data.comment_id;
      if (me.id === data.author_id) {
        footer.appendChild(document.createTextNode(" "));
        footer.appendChild(actionLink(id + "/edit/", t("comments.edit", "Edit")));
        footer.appendChild(document.createTextNode(" "));
        footer.appendChild(actionLink(id + "/delete/", t("comments.delete", "Delete")));
        return;
      }
      var like = Gazette.postButton(
        ROOT + "discussions/comment/" + id + "/like/", t("comments.like", "Like"), "inline-form", me.csrf_token
      );
      like.querySelector("button").setAttribute("aria-pressed", "false");
      footer.insertBefore(like, footer.firstChild);
      footer.appendChild(document.createTextNode(" "));
      footer.appendChild(actionLink(id + "/report/", t("comments.report", "Report")));
    });
  }

  function buildComment(data) {
    var article = document.createElement("article");
    article.className = "comment comment--new";
    article.id = "c" + data.comment_id;
    article.setAttribute("data-comment", data.comment_id);
    var header = document.createElement("header");
    header.className = "comment__meta";
    var author = document.createElement("strong");
    author.className = "comment__author";
    author.textContent = data.author;
    header.appendChild(author);
    if (data.parent_id && data.in_reply_to) {
      var reply = document.createElement("span");
      reply.className = "comment__in-reply-to";
      reply.textContent = t("comments.in_reply_to", "in reply to {name}", { name: data.in_reply_to });
      header.appendChild(document.createTextNode(" "));
      header.appendChild(reply);
    }
    var time = document.createElement("time");
    time.dateTime = data.created_at;
    time.textContent = new Date(data.created_at).toLocaleString(document.documentElement.lang || []);
    var link = document.createElement("a");
    link.className = "comment__time";
    link.href = "#c" + data.comment_id;
    link.appendChild(time);
    header.appendChild(document.createTextNode(" "));
    header.appendChild(link);
    var body = document.createElement("div");
    body.className = "comment__body";
    appendText(body, data.body);
    var footer = document.createElement("footer");
    footer.className = "comment__actions";
    var replyLink = document.createElement("a");
    replyLink.href = ROOT + "discussions/comment/" + data.comment_id + "/reply/";
    replyLink.textContent = t("comments.reply", "Reply");
    footer.appendChild(replyLink);
    addReaderActions(footer, data);
    article.appendChild(header);
    article.appendChild(body);
    article.appendChild(footer);
    return article;
  }

  function startDiscussion(section) {
    var articleId = section.getAttribute("data-discussion");
    var list = section.querySelector("[data-thread-list]");
    var status = section.querySelector("[data-live-status]");
    var sort = section.getAttribute("data-sort");
    var after = parseInt(section.getAttribute("data-after"), 10) || 0;

    function onEvent(event) {
      if (event.type !== "comment") return;
      if (typeof event.count === "number") setCount(articleId, event.count);
      var data = event.comment || {};
      var existing = document.getElementById("c" + data.comment_id);
      if (event.op === "posted" || event.op === "restored") {
        if (existing || !list) return;
        var node = buildComment(data);
        if (data.thread_id) {
          var replies = section.querySelector('[data-replies-for="' + data.thread_id + '"]');
          if (!replies) return; // the thread is not on this page
          var item = document.createElement("li");
          item.appendChild(node);
          replies.appendChild(item);
        } else {
          var thread = document.createElement("li");
          thread.className = "thread";
          thread.setAttribute("data-thread", data.comment_id);
          thread.appendChild(node);
          var nested = document.createElement("ol");
          nested.className = "comment-replies";
          nested.setAttribute("data-replies-for", data.comment_id);
          thread.appendChild(nested);
          var empty = list.querySelector("[data-empty]");
          if (empty) empty.remove();
          if (sort === "oldest") list.appendChild(thread);
          else if (sort === "newest") list.insertBefore(thread, list.firstChild);
          else return;
        }
        if (status) status.textContent = t("comments.new", "New comment from {name}", { name: data.author });
      } else if (event.op === "edited" && existing) {
        var body = existing.querySelector(".comment__body");
        if (body) {
          body.textContent = "";
          appendText(body, data.body);
        }
      } else if ((event.op === "hidden" || event.op === "deleted") && existing) {
        var holder = existing.closest("li");
        if (holder) holder.remove();
        else existing.remove();
      } else if (event.op === "liked" && data.comment_id) {
        var likes = document.querySelector('[data-like-count-for="' + data.comment_id + '"]');
        if (likes) {
          likes.textContent = plural("comments.likes", data.like_count, "{count} like", "{count} likes");
        }
      }
    }

    section.addEventListener("click", function (event) {
      var link = event.target.closest("[data-load-more]");
      if (!link) return;
      // The link works without script (a reload that lands on #thread-N); with it,
      // swap in the longer list the server rendered (escaped) and move focus there.
      event.preventDefault();
      var target = new URL(link.href, window.location.href);
      var fragment = ROOT + "discussions/" + articleId + "/more/" + target.search;
      fetch(fragment, { headers: { Accept: "text/html" } })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (html) {
          var parsed = new DOMParser().parseFromString(html, "text/html");
          var fresh = parsed.querySelector("[data-thread-region]");
          var region = section.querySelector("[data-thread-region]");
          if (!fresh || !region) throw new Error("no list");
          region.replaceWith(document.importNode(fresh, true));
          list = section.querySelector("[data-thread-list]");
          status = section.querySelector("[data-live-status]");
          var anchor = document.getElementById(target.hash.slice(1));
          if (anchor) {
            anchor.setAttribute("tabindex", "-1");
            anchor.focus();
          }
        })
        .catch(function () { window.location.href = link.href; });
    });

    if (window.Gazette && Gazette.realtime) {
      Gazette.realtime.subscribe("comments." + articleId, { after: after, onEvent: onEvent });
    }
  }

  function fillCardCounts() {
    var cards = document.querySelectorAll("[data-card-comments]");
    if (!cards.length) return;
    var ids = [];
    cards.forEach(function (card) {
      var id = card.getAttribute("data-card-comments");
      if (ids.indexOf(id) === -1 && ids.length < 100) ids.push(id);
    });
    fetch(ROOT + "discussions/counts.json?ids=" + ids.join(","), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { counts: {} }; })
      .then(function (data) {
        Object.keys(data.counts).forEach(function (id) { setCount(id, data.counts[id]); });
      })
      .catch(function () {});
  }

  function start() {
    document.querySelectorAll("[data-discussion]").forEach(startDiscussion);
    fillCardCounts();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
