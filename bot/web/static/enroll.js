// The enrollment form: the phone number field is shown only for the channels that use it (SMS, WhatsApp).
// Without this script the form works the same; the server ignores a number typed for Telegram.
"use strict";

for (const form of document.querySelectorAll("form.enroll")) {
  const phone = form.querySelector("[data-phone-field]");
  const update = () => {
    const chosen = form.querySelector("input[name=channel]:checked");
    const needed = chosen !== null && phone.dataset.phoneField.split(" ").includes(chosen.value);
    phone.hidden = !needed;
  };
  for (const radio of form.querySelectorAll("input[name=channel]")) radio.addEventListener("change", update);
  update();
}
