"""Hallmark words: what gives a Latin-script reply away when the statistical detectors cannot.

South Asian workers very often type their language in Latin letters ("salary time pe nahi milti", "sambalam
kammiya kuduthanga"); lingua and langdetect know these languages only in their own scripts. And informal
Malay, with its chat spellings ("sy", "blum", "lg", "skrg"), reads as Tagalog to both. Each list below holds
frequent words of one language, romanised as workers type them, that are rare in our other Latin-script
languages (English, Indonesian, Malay, Tagalog, Vietnamese without diacritics, Portuguese, Spanish): words
those languages share ("ke", "ko", "se", "hai" (Vietnamese "two"), "din", "hoy") are left out on purpose.
A reply is only attributed when several of its words are hallmarks, so one borrowed word decides nothing.
"""

from __future__ import annotations

import re


def _words(listed: str) -> frozenset[str]:
    return frozenset(listed.split())


# Hindi and Urdu are one spoken language (Hindustani): romanised, they cannot be told apart, so one list
# serves both and the result is "hi", which the detector treats as confusable with "ur".
ROMANISED: dict[str, frozenset[str]] = {
    "hi": _words(
        """
        hain hoon hun nahi nahin nhi mujhe mujhko mera meri mere humko humein hamein hamara hamari hamare
        kya kyun kyon aur bhi mein pe tha raha rahi rahe karo karna karni karne karte karta karti kiya diya
        diye liya gaya gayi milti milta mila mili milte paisa paise tankhwah tankha kaam bahut bohot abhi
        sab bhai baat wali wale batao bataya chahiye sakta sakte sakti koi kuch kabhi yahan wahan
        unhone usne humne maine aap aapko apna apni apne ghante chutti bina kaat katna katte lete dete dena
        lena saath sath malik seth zabardasti jabardasti maar maarta maarte peet gaali dhamki shukriya
        dhanyavaad dhanyawad theek thik accha acha achha ji haan kal parso hafte mahina mahine naukri nikal
        nikala deta deti paas hai
        """
    ),
    "mr": _words(
        """
        aahe ahe aahet ahet nahi mala majha majhi majhe mazha maza mazi tumhi tumcha amhi aamhi amcha aamcha
        kay kaay kasa kashi pagar milat milala milali jhala jhali zala zali hota hoti karun kela keli kelay
        sangitla sangitle ghari khup aani ani sathi madhe madhye vel velet saheb divas nako kaam dila
        dile ghetla ghetle marla marhan shivya bolat boltat karto kartat jaat kadhi kuthe tithe
        ithe aata milale nahit deto amhala sutti sagla sagle kade
        """
    ),
    "ne": _words(
        """
        chha chhu chhan chaina chhaina chhainan malai mero hami hamro hamilai tapai tapaai tapailai garnu
        garyo gareko garchha garcha gardaina hunchha huncha hudaina bhayo bhaeko thiyo thie talab ramro
        dherai ani hoina sahuji sathi aaja bholi ghanta bida chhutti katyo kaatyo dinu diyena paaina
        paiyena pauchha kutyo kutne gali dhamki manche kamdar bina karan kati kina sanga sabai bahira dinna
        """
    ),
    "bn": _words(
        """
        ami amar amake amader amra tumi tomar apni apnar ache achhe nei kaj kaaj taka beton bethon dey
        dicche dichhe diche korte kore korche korchhe hobe bhalo khub onek ekhon kotha bolche kete
        ketey ney karon chara chhara sathe theke keno kichu kono jodi ghonta chhuti chuti marche dhonnobad
        dhonyobad malik ekhono payni dalal kache kori gali thik
        """
    ),
    "ta": _words(
        """
        illa illai illaye enakku ennoda enga engal naan naanga naangal avanga avan aval romba rombo velai
        sambalam sambalamum kudukkala kudukkalai kuduthanga kudukala panranga pannanga panrathu irukku
        irukkanga irukkaanga vendam venum aama aamam seri nalla thambi veedu veetu mudiyala theriyala solla
        sonnanga adikiranga adichanga thittuvanga thittranga kammiya jasthi kaasu panam nandri enna ippo
        ippadi anna akka amma kooda vanthu vandhu pona innum varala thittuvaaru kitta ellam seiyurom
        """
    ),
    "kn": _words(
        """
        illa houdu haudu hawdu nanage nanna naavu namage namma avaru avnu tumba kelasa kelsa sambala
        kodtilla kodalilla kodthilla maadtare madtare madidaare madidare maadidaare madtaare ide ilva illva
         beku gottilla gottila aagide aaytu aitu hogi banni saar chennagide chennagi yaake yenu enu
        hodedru hodidru baidru bayyuttare kattu duddu swalpa bega anna akka amma innu bandilla baitare hatra
        yella raatri maadtivi
        """
    ),
}

MALAY_CHAT = _words(
    """
    sy saye x tak takde tade nak kat dah je jer ni tu dgn utk org kena sebab blum belum lg skrg sekarang boleh
    bole tau tahu kerja gaji bulan cuti majikan penyelia mengadu pukul agen hutang sikit sedap la lah pun apa
    dekat yg kami kita saya tiap sampai lagi
    """
)
TAGALOG = _words(
    """
    ang ng mga sa ako hindi po ay yung kasi naman lang siya namin amin sahod trabaho amo wala nila niya ba
    talaga kayo tayo ito lahat araw pera akin rin nang pag kung dito diyan sila natin opo oo huwag wag salamat
    ho
    """
)

MIN_HALLMARKS = 2
MIN_SHARE = 0.4  # of the reply's words
_WORD = re.compile(r"[^\W\d_]+")


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def romanised_language(text: str) -> tuple[str, float] | None:
    """The South Asian language a Latin-script reply is typed in, with a confidence, or None."""
    words = words_of(text)
    if not words:
        return None
    scores = {code: sum(word in hallmarks for word in words) for code, hallmarks in ROMANISED.items()}
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    (best, hits), (_, runner_up) = ranked[0], ranked[1]
    if hits < MIN_HALLMARKS or hits < MIN_SHARE * len(words) or hits == runner_up:
        return None
    return best, min(0.95, 0.5 + 0.5 * (hits - runner_up) / len(words))


def malay_not_tagalog(text: str) -> bool:
    """Informal Malay that a detector took for Tagalog: Malay chat words, and no Tagalog ones."""
    words = words_of(text)
    malay = sum(word in MALAY_CHAT for word in words)
    tagalog = sum(word in TAGALOG for word in words)
    return malay >= MIN_HALLMARKS and malay > 2 * tagalog
