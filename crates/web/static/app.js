// Small enhancements; every page works without this file.
// Upload progress for class lists: a large spreadsheet on a slow school line takes a while,
// so the form shows how far the upload is instead of seeming to hang.
(function () {
  "use strict";
  document.querySelectorAll("form[data-upload-progress]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var input = form.querySelector("input[type=file]");
      if (!window.XMLHttpRequest || !window.FormData || !input || !input.files.length) return;
      event.preventDefault();
      var box = form.querySelector(".upload-progress");
      var bar = form.querySelector("progress");
      var button = form.querySelector("button[type=submit]");
      if (box) box.hidden = false;
      if (button) button.disabled = true;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable && bar) bar.value = Math.round((e.loaded / e.total) * 100);
      });
      xhr.addEventListener("load", function () {
        // The server answers with the preview (after a redirect) or the form with a message.
        if (xhr.responseURL && xhr.responseURL !== window.location.href && xhr.status < 400) {
          window.location.assign(xhr.responseURL);
        } else {
          document.open();
          document.write(xhr.responseText);
          document.close();
        }
      });
      xhr.addEventListener("error", function () {
        if (button) button.disabled = false;
        form.submit();
      });
      xhr.send(new FormData(form));
    });
  });
})();
