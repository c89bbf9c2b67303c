"""Language detection of short replies, and `callbacks classify`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conversations.language import detect_language, suggests_switch
from conversations.text import match_key
from tests.helpers import categories_in, severities_in


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ရိုက်နှက်ခံရတယ်", "my"),
        ("ខ្ញុំត្រូវគេវាយ", "km"),
        ("นายจ้างยึดพาสปอร์ต", "th"),
        ("여권을 뺏겼어요", "ko"),
        ("パスポートを取られた", "ja"),
        ("护照被老板扣了", "zh"),
        ("পাসপোর্ট নিয়ে নিয়েছে", "bn"),
        ("میرا پاسپورٹ رکھ لیا", "ur"),
        ("ಪಾಸ್‌ಪೋರ್ಟ್ ತೆಗೆದುಕೊಂಡರು", "kn"),
        ("பாஸ்போர்ட் எடுத்துக்கொண்டார்கள்", "ta"),
        ("the supervisor took my passport", "en"),
        ("họ giữ hộ chiếu của tôi", "vi"),
        ("ho giu ho chieu cua toi", "vi"),
        ("meu patrão ficou com meu passaporte", "pt"),
        ("el jefe me quitó el pasaporte", "es"),
        ("kinuha ng amo ang pasaporte ko", "tl"),
        ("मालिक ने मेरा पासपोर्ट रख लिया", "hi"),
        # A word's worth of a script of our languages decides over more English letters: code-mixed replies
        ("Sunday off မရှိဘူး every day OT", "my"),
        ("salary slip ல basic pay கம்மியா இருக்கு", "ta"),
        ("HR ಹೇಳಿದ್ರು no leave this week", "kn"),
        ("No thanks ไม่มีอะไรแล้ว have a nice day", "th"),
    ],
)
def test_the_language_of_a_reply(text: str, language: str) -> None:
    assert detect_language(text).language == language


def test_detection_is_deterministic() -> None:
    answers = {detect_language("saya tidak dibayar bulan ini").language for _ in range(30)}
    assert len(answers) == 1


def test_digits_and_emoji_have_no_language() -> None:
    assert detect_language("1 ၂ 😀").language is None


def test_a_switch_is_offered_only_for_a_confident_longer_reply_in_a_clearly_different_language() -> None:
    assert suggests_switch("el jefe me quitó el pasaporte", "en") == "es"
    assert suggests_switch("ok", "en") is None  # too short to say anything
    assert suggests_switch("the supervisor took my passport", "en") is None  # the worker's own language
    assert suggests_switch("saya tidak dibayar bulan ini", "ms") is None  # Indonesian and Malay: never alone
    assert suggests_switch("ရိုက်နှက်ခံရတယ်", "en") == "my"  # the script alone is enough


def test_classify_reads_lines_and_reports_bad_ones(tmp_path: object) -> None:
    lines = (
        '{"text": "they took my passport"}\nnot json\n{"text": "saya dipukul", "language": "id"}\n'
        '{"text": "weather too hot this week"}\n'
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "classify", "--jsonl"],
        input=lines,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert results[0]["language"] == "en"
    assert [(f["category"], f["severity"]) for f in results[0]["flags"]] == [("documents", "P1")]
    assert results[1] == {"error": "line 2: not JSON"}
    assert results[2]["flags"] == [{"category": "violence", "severity": "P0", "words": "dipukul"}]  # and why
    assert results[0]["doubted"] == results[2]["doubted"] == []
    assert results[3]["flags"] == []  # the word lists read "too hot" as a safety complaint, the model does not
    assert [d["category"] for d in results[3]["doubted"]] == ["health_safety"]  # a caller reads it instead
    assert done.returncode == 1


ROMANISED = {
    "hi": [
        "mujhe abhi tak salary nahi mili",
        "supervisor bahut gaali deta hai",
        "overtime ka paisa nahi dete",
        "mera passport agent ke paas hai",
        "sab theek hai koi problem nahi",
        "hum log raat ko bhi kaam karte hain",
    ],
    "mr": [
        "pagar vel var milat nahi",
        "mala overtime che paise milale nahit",
        "supervisor khup shivya deto",
        "amhala sutti milat nahi",
        "sagla theek aahe",
        "majha passport agent kade aahe",
    ],
    "ne": [
        "talab katyo bina karan",
        "malai talab diyena",
        "supervisor le gali garchha",
        "mero passport agent sanga chha",
        "sabai thik chha",
        "hamilai bahira jana dinna",
    ],
    "bn": [
        "beton kete ney karon chara",
        "amar beton ekhono payni",
        "malik amake gali dey",
        "amar passport dalal er kache",
        "sob thik ache",
        "amra raat e kaj kori",
    ],
    "ta": [
        "sambalam kammiya kuduthanga",
        "enakku innum sambalam varala",
        "supervisor romba thittuvaaru",
        "en passport agent kitta irukku",
        "ellam nalla irukku",
        "naanga night shift la velai seiyurom",
    ],
    "kn": [
        "sambala kattu madidaare",
        "nanage innu sambala bandilla",
        "supervisor tumba baitare",
        "nanna passport agent hatra ide",
        "yella chennagide saar",
        "naavu raatri kelasa maadtivi",
    ],
}
NOT_ROMANISED = [
    ("en", "my salary was not paid this month"),
    ("en", "the supervisor shouts at us every day"),
    ("id", "gaji saya belum dibayar bulan ini"),
    ("id", "paspor saya ditahan oleh agen"),
    ("tl", "hindi po binabayaran ang overtime namin"),
    ("tl", "kinuha ng ahensya ang passport ko"),
    ("vi", "toi chua nhan duoc luong thang nay"),
    ("vi", "hai ngay khong duoc nghi"),
    ("es", "no me pagan las horas extra"),
    ("pt", "o patrão não paga as horas extras"),
]


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, texts in ROMANISED.items() for t in texts])
def test_south_asian_languages_typed_in_latin_letters_are_recognised(code: str, text: str) -> None:
    assert detect_language(text).language == code


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ja", "kyuuryou ga mada harawarete nai desu"),
        ("ja", "hanchou ni mainichi donarareru, tsurai"),
        ("ja", "pasupooto wa kaisha ga motteru kara kaerenai"),
        ("zh", "laoban san ge yue mei fa gongzi"),
        ("zh", "zuzhang tian tian ma women"),
        ("zh", "huzhao bei gongsi na zou le"),
        ("vi", "cong ty giu ho chieu cua toi"),
        ("vi", "quan ly hay chui nguoi lam"),
        ("vi", "3 thang roi chua duoc tra luong"),
    ],
)
def test_japanese_chinese_and_vietnamese_typed_in_plain_latin_letters_are_recognised(code: str, text: str) -> None:
    """Romaji, pinyin without tones, Vietnamese without diacritics: lingua and langdetect take them for
    Indonesian or Tagalog."""
    assert detect_language(text).language == code


@pytest.mark.parametrize(("code", "text"), NOT_ROMANISED)
def test_other_latin_script_languages_are_not_taken_for_romanised_south_asian_ones(code: str, text: str) -> None:
    detected = detect_language(text).language
    assert detected not in ROMANISED
    assert detected == code or {detected, code} <= {"id", "ms"}


def test_a_romanised_hindi_reply_never_offers_urdu_or_marathi_speakers_a_switch() -> None:
    reply = "mujhe abhi tak salary nahi mili"
    assert suggests_switch(reply, "ur") is None  # the same spoken language
    assert suggests_switch(reply, "mr") is None  # a confusable pair
    assert suggests_switch(reply, "en") == "hi"  # clearly not English: offer Hindi


def test_informal_malay_is_not_taken_for_tagalog() -> None:
    for reply in ("gaji blum bayar lg bulan ni", "sy bayar agen RM5000 sampai skrg hutang lagi"):
        assert detect_language(reply).language in ("ms", "id")  # a confusable pair: the chosen one wins
    assert detect_language("wala pa pong sahod ngayong buwan").language == "tl"


def test_japanese_in_kanji_only_is_not_taken_for_chinese() -> None:
    assert detect_language("残業代未払").language == "ja"  # 払: a Japanese form, neither Chinese one
    assert detect_language("工资没有发").language == "zh"  # 资, 没, 发: Simplified Chinese forms
    assert suggests_switch("残業強制", "ja") is None  # no telltale character: too unsure to offer Chinese
    assert suggests_switch("护照被没收了", "ja") == "zh"


LATIN = ("en", "id", "ms", "tl", "vi", "pt", "es")


@pytest.mark.parametrize("code", LATIN)
def test_the_light_detection_abstains_rather_than_guess_wrong(code: str) -> None:
    """Open answers are read the light way: two small detectors must agree. On the labelled replies they
    may say nothing, but never a wrong language (Indonesian and Malay count as one)."""
    path = Path(__file__).parent / "language_eval" / f"{code}.jsonl"
    replies = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    longer = [text for text in replies if len(text.split()) >= 3]
    said = {text: detect_language(text, thorough=False).language for text in longer}
    wrong = {text: language for text, language in said.items() if language not in (None, code)}
    assert all({language, code} <= {"id", "ms"} for language in wrong.values()), wrong
    assert sum(language is not None for language in said.values()) >= 0.8 * len(longer)


def test_a_point_or_comma_inside_a_number_ends_no_sentence_or_clause() -> None:
    from bot.i18n import default_locales
    from conversations.lexicon import COMMAS, SENTENCES, flags_in_text
    from conversations.prompts import vocabularies

    sentences = [s.strip() for s in SENTENCES.split("No. They cut 1.800 from my pay, 25,000 in all.") if s.strip()]
    assert sentences == ["No", "They cut 1.800 from my pay, 25,000 in all"]
    assert COMMAS.split("paid 1,800, then more,ok") == ["paid 1,800", " then more", "ok"]
    # "every month 1.800 is taken ... the broker's fee": one sentence, so the fee is read with the deduction
    flags = flags_in_text("mỗi tháng bị trừ 1.800 Đài phí môi giới", vocabularies("vi", default_locales()))
    assert "recruitment_fees" in {f.category.value for f in flags}


@pytest.mark.parametrize(
    ("text", "language", "category", "flagged"),
    [
        ("passport? the boss keeps it", "en", "documents", True),  # the topic, then what is told of it
        ("Pasport? Majikan simpan", "ms", "documents", True),
        ("salary? late again, 2 months", "en", "wages", True),
        ("Boss? he is kind, he never shouts", "en", "harassment", False),
        ("Passport lost? No. The agent returned it", "en", "documents", False),  # the topic reaches one sentence
        # a clause whose negation is the complaint is still read with its topic ("not paid yet", "never returned")
        ("Passport? They never gave it back", "en", "documents", True),
        ("工资？还没发", "zh", "wages", True),
        ("salary? abhi tak nahi mili", "hi", "wages", True),
        ("Passport? No, I keep it myself", "en", "documents", False),
        ("工资？没问题，按时发", "zh", "wages", False),
        # a word is counted in letters, its vowel signs and tone marks with them: Thai and Burmese topics are short
        ("เงินเดือน? ยังเลย", "th", "wages", True),  # pay? nothing yet
        ("ပတ်စပို့? သူဌေးဆီမှာ", "my", "documents", True),  # passport? with the boss
        ("เงินเดือน? ได้ตรงเวลาค่ะ", "th", "wages", False),  # pay? on time
    ],
)
def test_a_word_or_two_asked_back_is_the_topic_of_the_next_sentence(
    text: str, language: str, category: str, flagged: bool
) -> None:
    assert (category in categories_in(text, language)) is flagged


@pytest.mark.parametrize("text", ["सुपरवाइजर ने थप्पड़ लगाया", "सुपरवाइजर ने थप्पड लगाया"])
def test_a_devanagari_word_reads_the_same_with_or_without_its_nukta(text: str) -> None:
    """The list has थप्पड़ ("a slap") with its nukta; phones' keyboards and writers often leave it out."""
    assert severities_in(text, "hi").get("violence") == "P0"


@pytest.mark.parametrize("text", ["ကိုယ်ဝန်ရှိလို့ အလုပ်ထုတ်တယ်", "ကိုယ်၀န်ရှိလို့ အလုပ်ထုတ်တယ်"])
def test_a_burmese_word_reads_the_same_with_the_zero_typed_for_wa(text: str) -> None:
    """ကိုယ်ဝန် (pregnant) is often typed with ၀, the digit zero, for ဝ, the letter wa (a Zawgyi-era habit)."""
    assert "discrimination" in categories_in(text, "my")


@pytest.mark.parametrize(
    ("text", "category"),
    [("ေခါင်းေဆာင်က ရိုက်တယ် ေန့တိုင်း", "violence"), ("ဘယ်သူ့ကိုမှ တိုင်လို့မရ ေပြာလို့မရ", "grievance_access")],
)
def test_a_burmese_vowel_e_typed_before_its_consonant_reads_as_stored(text: str, category: str) -> None:
    """ေ is written before its consonant but stored after it; typed first (by sight, or a Zawgyi habit), the
    word after it ("ေန့" for နေ့, every day) cut the phrase before it in two."""
    assert category in categories_in(text, "my")
    assert match_key("ေခါင်းေဆာင်") == match_key("ခေါင်းဆောင်")


@pytest.mark.parametrize("typed", ["ယောကျ်ား", "ယောကျာ်း"])
def test_burmese_men_reads_the_same_in_every_order_it_is_typed(typed: str) -> None:
    """ယောက်ျား (men) has its killer before the medial ya; phones type it after the ya, or after the vowel too."""
    assert match_key(typed) == match_key("ယောက်ျား")
    assert match_key(f"ယောက်ျားလေး{typed}ကျော်") == match_key("ယောက်ျားလေးယောက်ျားကျော်")


def test_a_burmese_zero_among_digits_stays_a_number() -> None:
    assert match_key("လခ ၁၀၀၀၀ ပဲ ရတယ်") == "လခ 10000 ပဲ ရတယ်"
    assert match_key("လုံး၀ မရှိ") == "လုံးဝ မရှိ"


@pytest.mark.parametrize(
    ("text", "flagged"), [("he is 18 and works in line 3", False), ("we work 18 hours a day", True)]
)
def test_an_adults_age_beside_work_is_no_hours(text: str, flagged: bool) -> None:
    assert ("hours" in categories_in(text, "en")) is flagged


@pytest.mark.parametrize(
    ("text", "language", "category", "flagged"),
    [
        ("빚도 못 갚고 집에도 못 가고 그냥 사라지고 싶어요", "ko", "harassment", True),  # 못 negates 가고, not the wish
        ("한국말 못한다고 바보 취급해요", "ko", "harassment", True),
        ("월급 안 줘요", "ko", "wages", True),
        ("안 맞았어요", "ko", "violence", False),  # a negation typed as its own word still reaches the next one
        ("គេ​មិន​បាន​វាយ​ខ្ញុំ", "km", "violence", False),  # ... and over an auxiliary ("did not hit")
    ],
)
def test_in_unspaced_languages_a_typed_negation_reaches_only_the_next_words(
    text: str, language: str, category: str, flagged: bool
) -> None:
    assert (category in categories_in(text, language)) is flagged


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "a la ultima que se quejo la corrieron a la semana"),  # "la": a Tamil particle, never alone
        ("es", "quiero renunciar pero el patron dice que primero le pague lo que le debo"),  # Nepali "le"
        ("vi", "no chu moi gioi 80 trieu, lai me de lai con"),  # Nepali "lai"
        ("vi", "chi oi cho em hoi cai nay la gi vay"),  # Marathi "chi", Tamil "la"
        ("vi", "bong den trong phong hu roi ma khong ai sua"),  # Khmer "bong"
        ("vi", "luong thang hai nhi"),  # "hai" is Hindi's commonest word; "nhi" (Vietnamese "nhỉ") a particle
        ("ms", "boss suruh gali tanah bole tak"),  # Bengali "gali", "bole": particles
        ("id", "gara gara gaji telat terus"),
        ("tl", "wala namang problema sa sahod, on time lagi tuwing kinsenas"),
        ("en", "my supervisor speaks urdu and hindi but i only speak english"),
    ],
)
def test_particles_and_borrowed_words_alone_never_make_a_reply_romanised(code: str, text: str) -> None:
    from conversations.hallmarks import romanised_language

    found = romanised_language(text)
    assert found is None or found[0] == code
    assert detect_language(text).language not in {*ROMANISED, "my", "km", "th", "ja", "zh"} - {code}


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("kn", "nanna friend beralu cutting machine alli kattagide ippa, yaaru barta illa, first aid box khaali"),
        ("bn", "Ekjon bhai er hat machine e dhuke gese ekhon, rokto bondho hoy na, foreman ambulance dakte"),
        ("ta", "cutting machine la en thozhi viral maatikichu ippo, ratham nikkala, van varala"),
        # two hallmarks among English work words: a quarter of the words
        ("kn", "gloves mask shoes ella kodtare helmet kooda"),
        ("kn", "sick leave keLidre half day cut maadtaare"),
        ("ta", "mask glove shoe ellam daily kudukaraanga"),
        # two hallmarks among seven English words: a fifth of the words
        ("ta", "Payslip every month kudukuranga, PF ESI all correct. nandri"),
        ("mr", "ghar bandhayla bank kadun loan ghetla ahe, hafta vyavasthit bharto"),
    ],
)
def test_a_reply_mixed_with_english_is_recognised_by_its_hallmarks(code: str, text: str) -> None:
    assert detect_language(text).language == code


@pytest.mark.parametrize(
    "text", ["passport company la vachirukanga", "ok sir, message vandhuchu", "agent 50000 vaanginaan"]
)
def test_one_long_hallmark_among_english_words_names_the_language_but_offers_no_switch(text: str) -> None:
    assert detect_language(text).language == "ta"
    assert suggests_switch(text, "en") is None  # one word is too little to ask an English speaker to switch


def test_short_tanglish_replies_are_detected_as_tamil() -> None:
    """300 short romanised Tamil replies written blind (tests/language_eval/detection/): 267 detected today."""
    folder = Path(__file__).parent / "language_eval" / "detection"
    lines = [
        line for name in ("ta_used", "ta_unread") for line in (folder / f"{name}.jsonl").read_text("utf-8").splitlines()
    ]
    texts = [json.loads(line)["text"] for line in lines]
    detected = sum(detect_language(text).language == "ta" for text in texts)
    assert detected >= 265, f"{detected} of {len(texts)}"


def test_a_tie_inside_the_hindi_marathi_nepali_group_still_says_the_group() -> None:
    from conversations.hallmarks import romanised_language

    assert romanised_language("sathi ani") == ("mr", 0.5)  # both Marathi and Nepali words: either is right
