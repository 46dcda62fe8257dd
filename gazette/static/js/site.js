// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  const Gazette = (window.Gazette = window.Gazette || {});

  // Interface strings, translated by the server into <script id="ui-strings">
  // (gazette/lib/ui_strings.py). Each call carries the English text as a fallback.
  let strings = null;
  function lookup(key) {
    if (!strings) {
      const node = document.getElementById("ui-strings");
      try { strings = node ? JSON.parse(node.textContent) : {}; } catch (e) { strings = {}; }
    }
    return strings[key];
  }

  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, (match, name) =>
      values && values[name] != null ? String(values[name]) : match);
  }

  // Gazette.t("chat.reply", "Reply"); Gazette.t("comments.new", "New comment from {name}", {name})
  Gazette.t = function (key, fallback, values) {
    const text = lookup(key);
    return fill(typeof text === "string" ? text : fallback, values);
  };

  // Gazette.plural("newsfeed.new", 3, {one: "{count} new story", other: "{count} new stories"})
  // The server sends one form per plural category of the page's language (Russian
  // has one/few/many, Arabic zero/one/two/few/many/other); Intl.PluralRules picks.
  Gazette.plural = function (key, count, fallback, values) {
    const found = lookup(key);
    const forms = found && typeof found === "object" ? found : fallback;
    let category = "other";
    try {
      category = new Intl.PluralRules(document.documentElement.lang || "en").select(count);
    } catch (e) {
      category = count === 1 ? "one" : "other";
    }
    const text = forms[category] || forms.other || fallback.other;
    return fill(text, Object.assign({count: count}, values));
  };
})();
