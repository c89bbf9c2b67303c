# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Tagalog / Filipino: everyday Taglish where workers use English words (day off, overtime, agency); "po" and
# "kayo/ninyo" for respect. Keywords STOP and HELP stay in Latin capitals; TIGIL and TULONG work too.

gate-first = Hello po, kami ang grupong nakausap ninyo kamakailan.
gate-again = Hello po ulit mula sa grupong nakausap ninyo.
gate-ask = Magandang oras po ba ngayon para mag-usap nang pribado?
gate-continue = Oo
gate-later = Mamaya
gate-stop = Tigil

answer-yes = Oo
answer-no = Hindi
answer-prefer-not = Ayokong sabihin
answer-number = Sumagot ng numero mula { $min } hanggang { $max }.

reprompt = Pasensya na, hindi ko naintindihan. Pakisagot ng numero:
moving-on = Okay lang po, tuloy tayo sa susunod na tanong.
reminder = Hello po ulit. Kapag may pribadong oras kayo, pakisagot:
later-ok = Sige po, susulat ulit kami sa ibang oras na pinili ninyo. I-reply ang STOP para tumigil.
stop-ok = Salamat po. Hindi na namin kayo kokontakin ulit. Kung magbago ang isip ninyo, i-reply ang START.
handoff = Salamat po. Isang tao mula sa aming grupo na nagsasalita ng Tagalog ang susulat sa inyo dito sa lalong madaling panahon.
resumed = Salamat po. Ituloy natin.
end = Salamat po sa inyong mga sagot. Kung gusto ninyong makausap ang isang tao, i-reply ang HELP o TULONG.
connected = Salamat po, konektado na kayo. Susulat kami sa oras na pinili ninyo. I-reply ang STOP para tumigil.
resubscribed = Maligayang pagbabalik po.
link-invalid = Pasensya na, hindi na gumagana ang link na ito. Humingi po ng bago sa taong nagbigay nito.

# Ang teksto ng aprubadong WhatsApp template, para unang sumulat sa labas ng 24 oras na window.
whatsapp-first-contact = Hello po, kami ang grupong nakausap ninyo kamakailan. Magandang oras po ba ngayon para mag-usap nang pribado? I-reply ang 1 oo, 2 mamaya, 3 tigil.

# Offered, in this language, when a worker clearly writes in it while set to another language.
switch-offer = Gusto po ba ninyong magpatuloy sa Tagalog?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = Salamat po sa pakikipag-usap sa amin. Kung gusto ninyong makausap ulit ang isang tao, i-reply ang HELP o TULONG.
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = Tatawagan po kayo ng isang tao mula sa aming grupo sa { DATETIME($when, dateStyle: "full", timeStyle: "short") }. Kung hindi po okay ang oras na iyon, mag-reply lang po dito.

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = Hello po, ako po ay mula sa grupong nakausap ninyo. Nabasa ko po ang mensahe ninyo. Nandito po ako para tulungan kayo.
caller-ask-time = Anong oras po maganda at pribado para tawagan ko kayo?
caller-closing = Salamat po sa pagsasabi sa amin. Puwede po kayong sumulat ulit dito anumang oras. I-reply ang STOP para tumigil.

enrollment-card = I-scan po ang code na ito gamit ang camera ng inyong cellphone. Magpapadala kami ng mensahe sa oras na pinili ninyo. Libre ito, at puwede kayong tumigil anumang oras.
