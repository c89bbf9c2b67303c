# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Burmese, Unicode (not Zawgyi), plain spoken register, short for UCS-2 SMS. Yes/no questions end in
# လား so that ဟုတ်ကဲ့ / ရှိတယ် / ရတယ် and their negatives all read naturally as answers.

q-consent = ကျွန်ုပ်တို့က အလုပ်ရှင်နဲ့ မသက်ဆိုင်ပါ။ အဖြေတွေ လျှို့ဝှက်ထားမယ်။ မဖြေချင်ရင် ကျော်လို့ရတယ်၊ ရပ်ချင်ရင် STOP ပို့ပါ။ ဆက်မလား။
q-retaliation = ကျွန်ုပ်တို့နဲ့ ပြောခဲ့လို့ တစ်ယောက်ယောက်က အရင်ထက် ဆိုးဆိုး ဆက်ဆံသလား။
q-retaliation-kind = ဘာဖြစ်ခဲ့လဲ။
q-retaliation-kind-pay-cut = လစာလျှော့ခံရ
q-retaliation-kind-worse-shifts = ပိုဆိုးတဲ့ အလုပ်/အချိန်
q-retaliation-kind-threats = ခြိမ်းခြောက်/အော်ငေါက်
q-retaliation-kind-fired = အလုပ်ထုတ်/ထွက်ခိုင်း
q-retaliation-kind-other = တခြား
q-wages-paid = ပြီးခဲ့တဲ့လက လစာ အပြည့်နဲ့ အချိန်မှန် ရခဲ့လား။
q-deductions = သင်သဘောမတူဘဲ လစာထဲက ပိုက်ဆံ ဖြတ်သလား။
q-rest-day = တစ်ပတ်မှာ အနည်းဆုံး တစ်ရက် နားရလား။
q-rest-day-every-week = အပတ်တိုင်း
q-rest-day-sometimes = တခါတလေ
q-rest-day-never = ဘယ်တော့မှ မရ
q-overtime-forced = မလုပ်ချင်ဘဲ အချိန်ပို အတင်းလုပ်ခိုင်းသလား။
q-documents = သင့် ပတ်စပို့ (သို့) မှတ်ပုံတင်ကို ဘယ်သူ ကိုင်ထားလဲ။
q-documents-i-keep = ကိုယ်တိုင်
q-documents-employer-keeps = အလုပ်ရှင်
q-documents-agent-keeps = ပွဲစား
q-documents-no-documents = မရှိ
q-fees-debt = ဒီအလုပ်ရဖို့ ပိုက်ဆံပေးခဲ့ရလား (သို့) အကြွေးရှိလား။
q-free-to-leave = အလုပ်ချိန်ပြင်ပမှာ စက်ရုံ (သို့) အဆောင်က အပြင်ထွက်လို့ရလား။
q-harassment = အလုပ်မှာ တစ်ယောက်ယောက်က သင့်ကို ထိကိုင်၊ နာကျင်စေ၊ ဆဲဆိုတာ ရှိလား။
q-danger-now = အခု သင် (သို့) တခြားတစ်ယောက်ယောက် အန္တရာယ်ရှိနေလား။
q-child-workers = အသက် ၁၅ နှစ်အောက်လို့ ထင်ရတဲ့ အလုပ်သမားတွေ ရှိလား။
q-safe-to-complain = အလုပ်မှာ ပြဿနာရှိရင် မကြောက်ဘဲ ပြောလို့ရလား။
q-wants-contact = ကျွန်ုပ်တို့အဖွဲ့က လူတစ်ယောက် သင့်ကို ဆက်သွယ်စေချင်လား။
q-anything-else = တခြား ပြောချင်တာ ရှိသေးလား။ ကိုယ့်စကားနဲ့ ရေးပါ၊ ကျော်ရင် 9 ပို့ပါ။
q-improve = ဘာတစ်ခု ပြောင်းရင် အလုပ်ပိုကောင်းမလဲ။ ကျော်ရင် 9 ပို့ပါ။
