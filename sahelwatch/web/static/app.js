// Sahel Watch: small enhancements only; every page works without this file.
(function () {
  "use strict";
  // Apply the filters as soon as a list choice changes.
  document.querySelectorAll("form.filters select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.requestSubmit(); });
  });
  // Point at the evidence of one field when its name is hovered in the report's header.
  document.querySelectorAll(".report").forEach(function (report) {
    report.querySelectorAll(".evidence-fields mark").forEach(function (label) {
      var field = Array.prototype.find.call(label.classList, function (c) { return c.indexOf("f-") === 0; });
      if (!field) { return; }
      var spans = report.querySelectorAll(".doc-text mark." + field);
      label.addEventListener("mouseenter", function () { spans.forEach(function (m) { m.classList.add("active"); }); });
      label.addEventListener("mouseleave", function () { spans.forEach(function (m) { m.classList.remove("active"); }); });
      label.addEventListener("click", function () { if (spans[0]) { spans[0].scrollIntoView({block: "center"}); } });
    });
  });
  // Ask before splitting an event.
  document.querySelectorAll("form.split").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!form.querySelector("input[type=checkbox]:checked")) { event.preventDefault(); }
    });
  });
})();
