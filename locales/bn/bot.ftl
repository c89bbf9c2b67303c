# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Bengali: plain spoken Bengali as Bangladeshi workers use it ("বেতন", "পাসপোর্ট", "ওভারটাইম", "দালাল"), with
# "আপনি" for respect; a neutral greeting (হ্যালো) that suits every religion. Keywords STOP and HELP stay in
# Latin capitals (English keywords always work); বন্ধ and সাহায্য also work.

gate-first = হ্যালো, আমরা সেই টিম, যাদের সাথে আপনি কিছুদিন আগে কথা বলেছিলেন।
gate-again = হ্যালো, আবার সেই টিম, যাদের সাথে আপনি কথা বলেছিলেন।
gate-ask = এখন কি একা, নিরিবিলিতে কথা বলা যাবে?
gate-continue = হ্যাঁ
gate-later = পরে
gate-stop = বন্ধ করুন

answer-yes = হ্যাঁ
answer-no = না
answer-prefer-not = বলতে চাই না
answer-number = { $min } থেকে { $max } এর মধ্যে একটি নম্বর পাঠান।

reprompt = দুঃখিত, বুঝতে পারিনি। দয়া করে নম্বর দিয়ে উত্তর দিন:
moving-on = কোনো সমস্যা নেই, পরের প্রশ্নে যাই।
reminder = হ্যালো। যখন একা থাকবেন আর সময় পাবেন, উত্তর দিন:
later-ok = ঠিক আছে, আপনার বেছে নেওয়া অন্য সময়ে আবার লিখব। বন্ধ করতে STOP পাঠান।
stop-ok = ধন্যবাদ। আমরা আর আপনার সাথে যোগাযোগ করব না। মত বদলালে START লিখে পাঠান।
handoff = ধন্যবাদ। আমাদের টিমের বাংলাভাষী একজন শিগগিরই এখানে আপনাকে লিখবেন।
resumed = ধন্যবাদ। চলুন, এগিয়ে যাই।
end = উত্তরের জন্য ধন্যবাদ। কারো সাথে কথা বলতে চাইলে HELP বা সাহায্য লিখুন।
connected = ধন্যবাদ, সংযোগ হয়েছে। আপনার বেছে নেওয়া সময়ে লিখব। বন্ধ করতে STOP পাঠান।
resubscribed = আবার স্বাগতম।
link-invalid = দুঃখিত, এই লিংক আর কাজ করে না। যিনি লিংক দিয়েছেন, তার কাছে নতুন লিংক চান।

# The text of the approved WhatsApp template (Twilio Content API) used to write first outside the 24-hour
# window. Register it per language in Twilio; CALLBACKS_TWILIO_WHATSAPP_TEMPLATES maps language to ContentSid.
whatsapp-first-contact = হ্যালো, আমরা সেই টিম, যাদের সাথে আপনি কিছুদিন আগে কথা বলেছিলেন। এখন কি একা, নিরিবিলিতে কথা বলা যাবে? উত্তর দিন: 1 হ্যাঁ, 2 পরে, 3 বন্ধ।

# Offered, in the other language, when a worker clearly writes in another language we have.
switch-offer = এখন থেকে কি বাংলায় কথা বলবেন?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = আমাদের সাথে কথা বলার জন্য ধন্যবাদ। আবার কারো সাথে কথা বলতে চাইলে HELP বা সাহায্য লিখুন।
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = আমাদের টিমের একজন এই সময়ে আপনাকে ফোন করবেন: { DATETIME($when, dateStyle: "full", timeStyle: "short") }। এই সময় সুবিধা না হলে এখানে উত্তর দিন।

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = হ্যালো, আমি সেই টিম থেকে, যাদের সাথে আপনি কথা বলেছিলেন। আপনার মেসেজ পড়েছি। আমি আপনাকে সাহায্য করতে এখানে আছি।
caller-ask-time = কখন ফোন করলে আপনি একা, নিরিবিলিতে কথা বলতে পারবেন?
caller-closing = আমাদের জানানোর জন্য ধন্যবাদ। যেকোনো সময় এখানে আবার লিখতে পারেন। বন্ধ করতে STOP পাঠান।

enrollment-card = এই কোডটি আপনার ফোনের ক্যামেরা দিয়ে স্ক্যান করুন। আপনার বেছে নেওয়া সময়ে আমরা মেসেজ পাঠাব। এটি ফ্রি। যেকোনো সময় বন্ধ করতে পারেন।
