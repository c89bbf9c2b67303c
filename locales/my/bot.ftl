# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Burmese, Unicode (not Zawgyi), plain spoken register. SMS goes out as UCS-2: 70 code points per segment,
# and Burmese syllables take several code points, so these are kept as short as the meaning allows.
# Keywords STOP and HELP stay in Latin capitals (English keywords always work); ရပ် and ကူညီပါ also work.

gate-first = မင်္ဂလာပါ။ မကြာခင်က တွေ့ခဲ့တဲ့ အဖွဲ့ကပါ။
gate-again = မင်္ဂလာပါ။ တွေ့ခဲ့တဲ့အဖွဲ့က ထပ်ဆက်တာပါ။
gate-ask = အခု သီးသန့် စကားပြောလို့ အဆင်ပြေလား။
gate-continue = ဟုတ်ကဲ့
gate-later = နောက်မှ
gate-stop = ရပ်ပါ

answer-yes = ဟုတ်ကဲ့
answer-no = မဟုတ်ပါ
answer-prefer-not = မပြောချင်ပါ
answer-number = { $min } မှ { $max } အထိ နံပါတ် ပို့ပါ။

reprompt = နားမလည်လို့ပါ။ နံပါတ်နဲ့ ပြန်ဖြေပေးပါ-
moving-on = ရပါတယ်၊ နောက်မေးခွန်း ဆက်မေးပါမယ်။
reminder = မင်္ဂလာပါ။ သီးသန့်အချိန်ရရင် ဖြေပေးပါ-
later-ok = ရပါတယ်၊ သင်ရွေးထားတဲ့ အချိန်မှာ ပြန်ဆက်ပါမယ်။ ရပ်ချင်ရင် STOP ပို့ပါ။
stop-ok = ကျေးဇူးတင်ပါတယ်။ နောက်ထပ် မဆက်သွယ်တော့ပါဘူး။ စိတ်ပြောင်းရင် START လို့ ပြန်ပို့ပါ။
handoff = ကျေးဇူးပါ။ မြန်မာလိုပြောတဲ့ အဖွဲ့ဝင်က ဒီမှာ မကြာခင် စာပို့ပါမယ်။
resumed = ကျေးဇူးပါ။ ဆက်ရအောင်။
end = ဖြေပေးလို့ ကျေးဇူးပါ။ လူနဲ့ပြောချင်ရင် HELP (သို့) ကူညီပါ လို့ ပို့ပါ။
connected = ကျေးဇူးပါ၊ ချိတ်ဆက်ပြီးပါပြီ။ သင်ရွေးထားတဲ့အချိန်မှာ စာပို့ပါမယ်။ ရပ်ချင်ရင် STOP ပို့ပါ။
resubscribed = ပြန်လည်ကြိုဆိုပါတယ်။
link-invalid = ဝမ်းနည်းပါတယ်၊ ဒီလင့်ခ်က အသုံးမပြုနိုင်တော့ပါ။ ပေးခဲ့တဲ့သူဆီက လင့်ခ်အသစ် တောင်းပါ။

# 24 နာရီ အပြင်ဘက်မှာ အရင်စာပို့ဖို့ WhatsApp template စာသား။
whatsapp-first-contact = မင်္ဂလာပါ။ မကြာခင်က တွေ့ခဲ့တဲ့ အဖွဲ့ကပါ။ အခု သီးသန့် စကားပြောလို့ အဆင်ပြေလား။ ၁ ဟုတ်ကဲ့၊ ၂ နောက်မှ၊ ၃ ရပ်ပါ လို့ ပြန်ပို့ပါ။

switch-offer = မြန်မာလို ဆက်ပြောချင်ပါသလား။

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = စကားပြောပေးလို့ ကျေးဇူးပါ။ လူနဲ့ ထပ်ပြောချင်ရင် HELP (သို့) ကူညီပါ လို့ ပို့ပါ။
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = အဖွဲ့ဝင်တစ်ယောက်က { DATETIME($when, dateStyle: "full", timeStyle: "short") } မှာ သင့်ကို ဖုန်းဆက်ပါမယ်။ အဲဒီအချိန် အဆင်မပြေရင် ဒီမှာ ပြန်ပို့ပါ။

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = မင်္ဂလာပါ။ တွေ့ခဲ့တဲ့ အဖွဲ့ကပါ။ သင့်စာကို ဖတ်ပြီးပါပြီ။ ကူညီဖို့ ဒီမှာ ရှိနေပါတယ်။
caller-ask-time = ဘယ်အချိန်မှာ သီးသန့် ဖုန်းဆက်လို့ အဆင်ပြေမလဲ။
caller-closing = ပြောပြပေးလို့ ကျေးဇူးပါ။ ဘယ်အချိန်ဖြစ်ဖြစ် ဒီမှာ ထပ်ပြီး စာပို့လို့ရပါတယ်။ ရပ်ချင်ရင် STOP ပို့ပါ။

enrollment-card = ဒီကုဒ်ကို ဖုန်းကင်မရာနဲ့ စကင်ဖတ်ပါ။ သင်ရွေးထားတဲ့ အချိန်မှာ စာပို့ပါမယ်။ အခမဲ့ပါ။ ဘယ်အချိန်မဆို ရပ်လို့ ရပါတယ်။
