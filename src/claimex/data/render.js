/* claimex HTML view: hovering a mark or a table row lights up every part of its claims;
   clicking a mark in the text scrolls to its row. The page reads fine without this. */
(function () {
  function claimsOf(el) { return (el.getAttribute("data-claim") || "").split(" ").filter(Boolean); }
  document.querySelectorAll(".cx-doc").forEach(function (section) {
    function light(el, on) {
      claimsOf(el).forEach(function (n) {
        section.querySelectorAll('[data-claim~="' + n + '"]').forEach(function (e) {
          e.classList.toggle("cx-active", on);
        });
      });
    }
    section.addEventListener("mouseover", function (ev) {
      var el = ev.target.closest("[data-claim]");
      if (el) light(el, true);
    });
    section.addEventListener("mouseout", function (ev) {
      var el = ev.target.closest("[data-claim]");
      if (el) light(el, false);
    });
    section.addEventListener("click", function (ev) {
      var el = ev.target.closest(".cx-mark[data-claim]");
      if (!el) return;
      var row = document.getElementById(section.id + "-row" + claimsOf(el)[0]);
      if (row) row.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  });
})();
