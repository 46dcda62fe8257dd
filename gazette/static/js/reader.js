// Swaps the header's Log in / Register links for the reader's own links once
// /accounts/me.json says who is reading. The page HTML is the same for everyone.
(function () {
  "use strict";
  var Gazette = (window.Gazette = window.Gazette || {});
  var pending = null;

  function mayBeLoggedIn() {
    // Set at login (not secret); without it the reader is anonymous: no request.
    return document.cookie.split("; ").indexOf("gazette_reader=1") !== -1;
  }

  // Reader URLs live under the edition's prefix (/en/, /ru/, …), given on <html>.
  Gazette.root = document.documentElement.getAttribute("data-edition-root") || "/";

  Gazette.reader = function () {
    if (!pending && !mayBeLoggedIn()) pending = Promise.resolve({ is_authenticated: false });
    if (!pending) {
      pending = fetch(Gazette.root + "accounts/me.json", { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { is_authenticated: false }; })
        .catch(function () { return { is_authenticated: false }; });
    }
    return pending;
  };

  // A one-button POST form, as the server renders them, with the reader's CSRF token.
  Gazette.postButton = function (action, label, className, csrfToken) {
    var form = document.createElement("form");
    form.method = "post";
    form.action = action;
    form.className = className;
    var token = document.createElement("input");
    token.type = "hidden";
    token.name = "csrfmiddlewaretoken";
    token.value = csrfToken;
    var button = document.createElement("button");
    button.type = "submit";
    button.className = "link-button";
    button.textContent = label;
    form.appendChild(token);
    form.appendChild(button);
    return form;
  };

  function showAccount(slot, me) {
    var account = document.createElement("a");
    account.href = me.profile_url;
    account.textContent = me.labels.account;
    var form = Gazette.postButton(me.logout_url, me.labels.log_out, "reader-logout", me.csrf_token);
    slot.textContent = "";
    slot.appendChild(account);
    slot.appendChild(document.createTextNode(" · "));
    slot.appendChild(form);
  }

  function start() {
    var slot = document.querySelector("[data-reader-slot]");
    Gazette.reader().then(function (me) {
      if (slot && me.is_authenticated) showAccount(slot, me);
      document.dispatchEvent(new CustomEvent("gazette:reader", { detail: me }));
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
