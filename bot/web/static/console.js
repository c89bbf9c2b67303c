// Live parts of the console: each element with data-stream listens to its server-sent events and, when told
// something changed, fetches its data-fragment again (HTML rendered and escaped by the server).
"use strict";

function followLive(region) {
  const source = new EventSource(region.dataset.stream);
  let fetching = false;
  let again = false;
  const refresh = async () => {
    if (fetching) { again = true; return; }
    fetching = true;
    try {
      const response = await fetch(region.dataset.fragment, { headers: { Accept: "text/html" }, credentials: "same-origin" });
      if (response.ok) {
        const list = region.querySelector(".transcript");
        const atBottom = !list || list.scrollTop + list.clientHeight >= list.scrollHeight - 20;
        region.innerHTML = await response.text();
        const fresh = region.querySelector(".transcript");
        if (fresh && atBottom) fresh.scrollTop = fresh.scrollHeight;
      }
    } finally {
      fetching = false;
      if (again) { again = false; refresh(); }
    }
  };
  source.addEventListener("refresh", refresh);
  // On every (re)connection: whatever changed between rendering the page and the stream starting is fetched.
  source.addEventListener("open", refresh);
  source.addEventListener("gone", () => source.close());
}

document.querySelectorAll("[data-stream]").forEach(followLive);

const transcript = document.querySelector(".transcript");
if (transcript) transcript.scrollTop = transcript.scrollHeight;

// Canned replies fill the reply box in the worker's language; the caller can edit before sending.
document.querySelectorAll("button.canned").forEach((button) => {
  button.addEventListener("click", () => {
    const box = document.getElementById("reply-text");
    box.value = box.value ? `${box.value}\n${button.dataset.text}` : button.dataset.text;
    box.focus();
  });
});

// A form sent once: a double click does not send it twice (the server also refuses a repeated request key).
document.querySelectorAll("form[method=post]").forEach((form) => {
  form.addEventListener("submit", () => {
    form.querySelectorAll("button[type=submit]").forEach((b) => { b.disabled = true; });
  });
});
