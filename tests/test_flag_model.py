"""The complaint model beside the word lists (conversations/flag_model.py, locales/flag_model.bin)."""

from __future__ import annotations

import json
import zlib
from array import array

import pytest

from bot.i18n import default_locales
from conversations.categories import Category, Severity
from conversations.flag_model import ANY, DANGER, DOUBT, WORD_PAIR, FlagModel, bucket, word_pieces
from conversations.lexicon import MODEL_MARK, flags_in_text, read_text
from conversations.prompts import vocabularies

BITS = 12
HEADS = [*(c.value for c in Category), ANY, DANGER]


def model_file(weights: dict[str, dict[str, int]], *, heads: list[str] = HEADS, bits: int = BITS) -> bytes:
    """A model whose heads score the given word pieces (``{head: {piece: weight}}``), zero elsewhere."""
    size = 1 << bits
    stored = array("h", [0] * (size * len(heads)))
    for head, pieces in weights.items():
        for piece, weight in pieces.items():
            stored[heads.index(head) * size + bucket(piece, bits)] = weight
    header = {
        "format": 1,
        "heads": heads,
        "bits": bits,
        "ngrams": [3, 3],
        "scales": [0.01] * len(heads),
        "intercepts": [-1.0] * len(heads),
        "thresholds": dict.fromkeys(heads, 0.0),
    }
    return json.dumps(header).encode() + b"\n" + zlib.compress(stored.tobytes())


def test_a_reply_the_model_reads_as_a_complaint_raises_its_category_with_the_weightiest_word() -> None:
    model = FlagModel.from_bytes(model_file({ANY: {"kul": 900}, "violence": {"kul": 900}, "wages": {"gaj": 50}}))
    (flag,) = model.read("mandor suka memukul pekerja")
    assert (flag.category, flag.severity, flag.word) == (Category.VIOLENCE, Severity.P2, "memukul")
    assert model.read("mandor suka makan siang") == ()  # "a complaint at all" stays below its threshold


def test_the_danger_head_makes_it_p0() -> None:
    model = FlagModel.from_bytes(
        model_file({ANY: {"kul": 900}, "violence": {"kul": 900}, DANGER: {"ran": 900, "kul": 200}})
    )
    assert [f.severity for f in model.read("dipukul sekarang")] == [Severity.P0]
    assert [f.severity for f in model.read("dipukul kemarin")] == [Severity.P2]


def test_with_no_category_sure_the_likeliest_one_is_raised() -> None:
    model = FlagModel.from_bytes(model_file({ANY: {"ang": 900}, "hours": {"ang": 60}, "wages": {"ang": 40}}))
    assert [f.category for f in model.read("lembur panjang")] == [Category.HOURS]


def test_model_flags_join_the_word_lists_and_never_lower_their_severity() -> None:
    model = FlagModel.from_bytes(
        model_file({ANY: {"ass": 900}, "discrimination": {"ass": 900}, "movement": {"ass": 900}})
    )
    english = vocabularies("en", default_locales())
    reply = "they locked us in, the boss has my passport"
    words_only = {f.category: f for f in flags_in_text(reply, english)}
    flags = {f.category: f for f in flags_in_text(reply, english, model)}
    assert Category.MOVEMENT in words_only and words_only[Category.MOVEMENT].severity is Severity.P0
    assert flags[Category.MOVEMENT] == words_only[Category.MOVEMENT]  # the model's P2 does not replace the P0
    assert Category.DISCRIMINATION not in words_only
    assert flags[Category.DISCRIMINATION].phrase == f"{MODEL_MARK} passport"
    assert flags[Category.DISCRIMINATION].severity is Severity.P2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda h: h.update(format=2), "format"),
        (lambda h: h.update(heads=["overtime_theft", *HEADS[1:]]), "overtime_theft"),
        (lambda h: h.update(heads=[*HEADS[:-2], DANGER, ANY]), "last two heads"),
        (lambda h: h.update(bits=BITS + 1), "weights"),
    ],
)
def test_a_wrong_model_file_is_refused_at_load(change: object, message: str) -> None:
    header_line, _, packed = model_file({}).partition(b"\n")
    header = json.loads(header_line)
    change(header)  # type: ignore[operator]
    with pytest.raises(ValueError, match=message):
        FlagModel.from_bytes(json.dumps(header).encode() + b"\n" + packed)


def test_word_pieces_mark_where_a_word_begins_and_ends() -> None:
    assert word_pieces("Pay", shortest=2, longest=3) == {"pay": [" p", "pa", "ay", "y ", " pa", "pay", "ay "]}


def test_the_shipped_model_was_trained_on_development_sets_only_and_leaves_closed_answers_alone() -> None:
    locales = default_locales()
    model = locales.flag_model
    assert model is not None
    header = json.loads((locales.root / "flag_model.bin").read_bytes().partition(b"\n")[0])
    assert "heldout" not in json.dumps(header["trained_on"])  # the held-out set can still judge it
    for answer in ("yes", "no", "1", "2", "ok", "ya", "tidak", "はい", "हाँ", "STOP", "later"):
        assert model.read(answer) == (), answer


def test_whole_words_and_word_pairs_weigh_when_the_file_says_so() -> None:
    """The words "not paid" and "paid" share every piece; only the pair of words tells them apart."""
    header_line, _, packed = model_file({}).partition(b"\n")
    size = 1 << BITS
    stored = array("h", zlib.decompress(packed))
    for head in (ANY, "wages"):
        stored[HEADS.index(head) * size + bucket(f"{WORD_PAIR}not paid", BITS)] = 900
    header = {**json.loads(header_line), "words": True}
    model = FlagModel.from_bytes(json.dumps(header).encode() + b"\n" + zlib.compress(stored.tobytes()))
    assert [f.category for f in model.read("we are not paid")] == [Category.WAGES]
    assert model.read("we are paid, not late") == ()
    assert FlagModel.from_bytes(model_file({})).words is False  # a file from before words and pairs


@pytest.mark.parametrize("reply", ["??", "!!!", "...", " "])
def test_a_reply_without_words_is_never_a_complaint(reply: str) -> None:
    """The shipped model's intercepts alone say "complaint": a reply with no word must not reach them."""
    assert default_locales().flag_model.read(reply) == ()
    assert flags_in_text(reply, vocabularies("en", default_locales()), default_locales().flag_model) == ()


@pytest.mark.parametrize(
    "reply",
    ["the supervisor hits us and keeps our passports", "gaji telat tiga bulan", "ok", "工资拖了三个月 老板不给"],
)
def test_every_head_is_scored_as_its_own_weights_add_up(reply: str) -> None:
    """All heads are added at once (conversations/flag_model.py, a row per bucket): the largest weights either way,
    over many buckets, still give each head exactly the sum of its own weights."""
    extremes = {head: {" su": 32767, "sup": -32768, "upe": 32767, "gaj": -32768, "工资拖": 32767} for head in HEADS}
    model = FlagModel.from_bytes(model_file(extremes))
    found = model._features(reply)[1]
    norm = 1 / len(found) ** 0.5
    expected = {
        head: sum(model.weight(i, b) for b in found) * model.scales[i] * norm + model.intercepts[i]
        for i, head in enumerate(model.heads)
    }
    assert model.scores(reply) == expected


def _doubting(weights: dict[str, dict[str, int]], doubt: float | None) -> FlagModel:
    header_line, _, packed = model_file(weights).partition(b"\n")
    header = json.loads(header_line)
    if doubt is not None:
        header["thresholds"][DOUBT] = doubt  # every head scores its intercept, -1.0, unless a piece weighs
    return FlagModel.from_bytes(json.dumps(header).encode() + b"\n" + packed)


def test_the_model_takes_back_a_word_list_flag_it_reads_nothing_of() -> None:
    english = vocabularies("en", default_locales())
    reply = "the weather is too hot this week"
    assert {f.category for f in flags_in_text(reply, english)} == {Category.HEALTH_SAFETY}
    read = read_text(reply, english, _doubting({}, doubt=-0.5))
    assert read.flags == () and [f.category for f in read.doubted] == [Category.HEALTH_SAFETY]
    assert read_text(reply, english, _doubting({}, doubt=None)).flags  # a file from before the doubt


def test_a_doubted_reply_keeps_its_flags_when_the_model_reads_their_matter_or_it_is_a_danger() -> None:
    english = vocabularies("en", default_locales())
    hot = _doubting({"health_safety": {"hot": 900}}, doubt=-0.5)  # "too hot": the safety head is sure
    assert [f.category for f in flags_in_text("the weather is too hot this week", english, hot)] == [
        Category.HEALTH_SAFETY
    ]
    danger = read_text("they locked us in the dormitory", english, _doubting({}, doubt=-0.5))
    assert [(f.category, f.severity) for f in danger.flags] == [(Category.MOVEMENT, Severity.P0)]
    assert not danger.doubted


def test_a_worker_kept_from_leaving_is_never_doubted() -> None:
    """Issue 9's own example: the model reads "will not let me" as a denial, so movement is kept like a danger."""
    english = vocabularies("en", default_locales())
    reply = "I want to go home but the company will not let me"
    assert [f.category for f in flags_in_text(reply, english, _doubting({}, doubt=-0.5))] == [Category.MOVEMENT]
    assert [f.category for f in flags_in_text(reply, english, default_locales().flag_model)] == [Category.MOVEMENT]
