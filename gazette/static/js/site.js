// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  window.Gazette = window.Gazette || {};
})();
