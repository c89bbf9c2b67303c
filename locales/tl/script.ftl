# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Tagalog / Filipino: short questions, "po" for respect, the English words workers use (day off, overtime).

q-consent = Hindi po kami bahagi ng inyong employer. Pribado at kusang-loob ang mga sagot; puwede ninyong laktawan ang tanong o i-reply ang STOP anumang oras. Ituloy?
q-retaliation = Mula nang mag-usap tayo, may tumrato po ba sa inyo nang mas masama dahil nakipag-usap kayo sa amin?
q-retaliation-kind = Ano ang nangyari?
q-retaliation-kind-pay-cut = Binawasan ang sahod
q-retaliation-kind-worse-shifts = Mas mabigat na shift o trabaho
q-retaliation-kind-threats = Pinagbantaan o sinigawan
q-retaliation-kind-fired = Tinanggal o pinaalis
q-retaliation-kind-other = Iba pa
q-wages-paid = Nabayaran po ba kayo nang buo at sa tamang oras noong nakaraang buwan?
q-deductions = May kinakaltas po ba sa sahod ninyo na hindi ninyo pinayagan?
q-rest-day = May day off po ba kayo kahit isang araw bawat linggo?
q-rest-day-every-week = Bawat linggo
q-rest-day-sometimes = Minsan
q-rest-day-never = Hindi kailanman
q-overtime-forced = Pinipilit po ba kayong mag-overtime kahit ayaw ninyo?
q-documents = Sino po ang may hawak ng passport o ID ninyo?
q-documents-i-keep = Ako mismo
q-documents-employer-keeps = Employer
q-documents-agent-keeps = Agency
q-documents-no-documents = Wala ako nito
q-fees-debt = Nagbayad po ba kayo para makuha ang trabahong ito, o may utang kayo dahil dito?
q-free-to-leave = Puwede po ba kayong lumabas ng trabaho o dormitoryo kapag wala kayong pasok?
q-harassment = May humawak, nanakit o nang-insulto po ba sa inyo sa trabaho?
q-danger-now = Kayo po ba o ibang tao ay nasa panganib ngayon?
q-child-workers = May mga manggagawa po ba na mukhang wala pang 15 taong gulang?
q-safe-to-complain = Masasabi po ba ninyo ang problema sa trabaho nang walang takot?
q-wants-contact = Gusto po ba ninyong kontakin kayo ng isang tao mula sa aming grupo?
q-anything-else = May iba pa po ba kayong gustong sabihin? Isulat sa sarili ninyong salita, o i-reply ang 9 para laktawan.
q-improve = Ano ang isang bagay na magpapabuti sa trabaho ninyo? O i-reply ang 9 para laktawan.
