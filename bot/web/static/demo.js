const state = { selected: null, lastRender: "" };
const $ = (id) => document.getElementById(id);

async function getJSON(url, options) {
  const response = await fetch(url, options);
  if (!response.ok) throw new Error(await response.text());
  return response.json();
}

function renderWorkers(workers) {
  const box = $("workers");
  box.replaceChildren(...workers.map((w) => {
    const button = document.createElement("button");
    button.className = "worker" + (w.id === state.selected?.id ? " selected" : "");
    button.dataset.id = w.id;
    const next = w.next_contact ? ` · ${w.status === "scheduled" ? "contact" : "reminder"} ${w.next_contact}` : "";
    button.innerHTML = `<strong></strong> <span class="status"></span><small></small>`;
    button.querySelector("strong").textContent = w.name;
    const status = button.querySelector(".status");
    status.textContent = w.status.replace("_", " ");
    status.classList.add(w.status);
    button.querySelector("small").textContent = `${w.language} · ${w.real ? "on" : "as"} ${w.channel} · ${w.window}${next}`;
    button.onclick = () => select(w);
    return button;
  }));
}

function renderCases(cases) {
  if (!cases.length) return;
  $("cases").replaceChildren(...cases.map((c) => {
    const div = document.createElement("div");
    div.className = "case";
    const link = document.createElement("a");
    link.href = `/console/cases/${c.id}`;
    link.target = "_blank";
    link.rel = "noopener";
    link.textContent = `Case #${c.id}`;
    const text = ` · ${c.severity} · ${c.worker} · ${c.categories.join(", ") || "asked for a person"} · ${c.status} · due ${c.due}`;
    div.append(link, document.createTextNode(text));
    return div;
  }));
}

function select(worker) {
  state.selected = worker;
  state.lastRender = "";
  const how = worker.real ? `on ${worker.channel}, answered from the phone` : `as ${worker.channel}`;
  $("chat-title").textContent = `${worker.name} · ${worker.language} · ${how} · window ${worker.window}`;
  $("text").disabled = $("send").disabled = worker.real;
  $("text").placeholder = worker.real ? "Answer on your phone: the replies appear here" : "Reply as the worker… (try 1, yes, STOP, LATER, HELP)";
  if (!worker.real) $("text").focus();
  refreshMessages();
}

function renderOwnPhone(channels, languages) {
  if (!channels.length || !$("own-phone").hidden) return;
  $("own-phone").hidden = false;
  $("own-channel").replaceChildren(...channels.map((c) => new Option(c, c)));
  $("own-language").replaceChildren(...languages.map((l) => new Option(l.name, l.code, l.code === "en", l.code === "en")));
  const togglePhone = () => { $("own-phone-number").hidden = $("own-channel").value === "telegram"; };
  $("own-channel").onchange = togglePhone;
  togglePhone();
}

$("own").onsubmit = async (event) => {
  event.preventDefault();
  const result = $("own-result");
  const body = { channel: $("own-channel").value, language: $("own-language").value, phone: $("own-phone-number").value };
  const key = new URLSearchParams(location.search).get("key") || "";
  const response = await fetch("/demo/api/workers", {
    method: "POST", headers: { "Content-Type": "application/json", "X-Demo-Key": key }, body: JSON.stringify(body),
  });
  if (!response.ok) {
    result.className = "error";
    result.textContent = await response.text();
    return;
  }
  const added = await response.json();
  result.className = "";
  if (added.link) {
    result.textContent = "Open this link on your phone, in Telegram, and press Start: ";
    const a = document.createElement("a");
    a.href = a.textContent = added.link;
    a.target = "_blank";
    result.append(a);
  } else {
    result.textContent = "The bot will write to your phone in a moment.";
  }
  await tick();
};

async function refreshMessages() {
  if (!state.selected) return;
  const items = await getJSON(`/demo/api/conversations/${state.selected.id}/messages`);
  const signature = JSON.stringify(items);
  if (signature === state.lastRender) return;
  state.lastRender = signature;
  const box = $("messages");
  if (!items.length) {
    box.innerHTML = `<p class="empty">Waiting for the worker's contact window…</p>`;
  } else {
    box.replaceChildren(...items.map((m) => {
      const div = document.createElement("div");
      div.className = `bubble ${m.direction}`;
      div.dir = "auto";
      div.textContent = m.text;
      const time = document.createElement("time");
      time.textContent = m.note ? `${m.at} · ${m.note}` : m.at;
      div.append(time);
      return div;
    }));
    box.scrollTop = box.scrollHeight;
  }
  const last = items.filter((m) => m.direction === "out").at(-1);
  $("quick").replaceChildren(...(last?.buttons || []).map((b) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `${b.reply} · ${b.label}`;
    button.onclick = () => send(b.reply);
    return button;
  }));
}

async function send(text) {
  if (!state.selected || !text.trim()) return;
  await getJSON(`/demo/api/conversations/${state.selected.id}/messages`, {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text, id: crypto.randomUUID() }),
  });
  setTimeout(refreshMessages, 150);
}

$("composer").onsubmit = (event) => {
  event.preventDefault();
  const text = $("text").value;
  $("text").value = "";
  send(text);
};
$("skip").onclick = () => getJSON("/demo/api/skip", { method: "POST" }).then(tick);

async function tick() {
  try {
    const data = await getJSON("/demo/api/state");
    $("clock").textContent = data.now;
    if (state.selected) state.selected = data.workers.find((w) => w.id === state.selected.id) || state.selected;
    renderWorkers(data.workers);
    renderOwnPhone(data.channels, data.languages);
    renderCases(data.cases);
    await refreshMessages();
  } catch (error) {
    $("clock").textContent = "(server not reachable)";
  }
}
tick();
setInterval(tick, 1000);
