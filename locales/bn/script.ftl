# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Bengali: short questions in everyday words; "আপনি" for respect.

q-consent = আমরা আপনার কোম্পানির লোক নই। উত্তর গোপন থাকবে, দেওয়া আপনার ইচ্ছা। যেকোনো প্রশ্ন বাদ দিতে বা যেকোনো সময় STOP পাঠাতে পারেন। চালিয়ে যাব?
q-retaliation = আমাদের সাথে কথা বলার কারণে কেউ কি আপনার সাথে আগের চেয়ে খারাপ ব্যবহার করেছে?
q-retaliation-kind = কী হয়েছে?
q-retaliation-kind-pay-cut = বেতন কমিয়েছে
q-retaliation-kind-worse-shifts = খারাপ শিফট বা কাজ
q-retaliation-kind-threats = হুমকি বা চিৎকার
q-retaliation-kind-fired = চাকরি থেকে বাদ বা চলে যেতে বলেছে
q-retaliation-kind-other = অন্য কিছু
q-wages-paid = গত মাসের পুরো বেতন কি সময়মতো পেয়েছেন?
q-deductions = আপনার সম্মতি ছাড়া কি বেতন থেকে টাকা কাটা হয়?
q-rest-day = প্রতি সপ্তাহে কি অন্তত এক দিন ছুটি পান?
q-rest-day-every-week = প্রতি সপ্তাহে
q-rest-day-sometimes = মাঝে মাঝে
q-rest-day-never = কখনো না
q-overtime-forced = ইচ্ছা না থাকলেও কি জোর করে ওভারটাইম করানো হয়?
q-documents = আপনার পাসপোর্ট বা আইডি কার্ড কার কাছে থাকে?
q-documents-i-keep = নিজের কাছে
q-documents-employer-keeps = কোম্পানি
q-documents-agent-keeps = দালাল
q-documents-no-documents = কোনো কাগজ নেই
q-fees-debt = এই চাকরি পেতে কি টাকা দিয়েছেন, বা এর জন্য আপনার কি ঋণ আছে?
q-free-to-leave = কাজ না থাকলে কি কারখানা বা হোস্টেল থেকে বাইরে যেতে পারেন?
q-harassment = কাজে কেউ কি আপনাকে খারাপভাবে ছুঁয়েছে, আঘাত করেছে বা অপমান করেছে?
q-danger-now = আপনি বা অন্য কেউ কি এখন বিপদে আছেন?
q-child-workers = 15 বছরের কম বয়সী মনে হয় এমন শ্রমিক আছে কি?
q-safe-to-complain = কাজে কি ভয় ছাড়া কোনো সমস্যার কথা বলতে পারেন?
q-wants-contact = আপনি কি চান আমাদের টিমের কেউ আপনার সাথে যোগাযোগ করুক?
q-anything-else = আর কিছু বলতে চান? নিজের ভাষায় লিখুন, বা বাদ দিতে 9 পাঠান।
q-improve = কোন একটা জিনিস বদলালে আপনার কাজ ভালো হবে? বা বাদ দিতে 9 পাঠান।
