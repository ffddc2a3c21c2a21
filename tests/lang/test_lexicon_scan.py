"""Lexicon.scan finds what Lexicon.match finds word by word, and remembers words as given."""

from claimex.lang.lexicon import Lexicon, LexiconGroup


def _by_match(lex: Lexicon, lowers: list[str], start: int, end: int) -> list[tuple[int, int, object]]:
    found, i = [], start
    while i < end:
        m = lex.match(lowers, i)
        if m and i + m[0] <= end:
            found.append((i, i + m[0], m[1]))
            i += m[0]
        else:
            i += 1
    return found


def test_scan_agrees_with_match_including_phrases_cut_by_the_end() -> None:
    lex = Lexicon({"ums leben": "killed", "ums": "around", "tote*": "killed", "*schaden": "damage"})
    lowers = "zwei kamen ums leben , totenzahl und sachschaden ums leben".split()
    for start, end in [(0, len(lowers)), (2, 3), (1, 9), (8, 10)]:
        assert lex.scan(lowers, start, end) == _by_match(lex, lowers, start, end)
    assert lex.scan(lowers, 2, 3) == []  # "ums leben" runs past the end and is not cut short


def test_memo_answers_upper_case_words_like_lower_case_ones() -> None:
    lex = Lexicon({"verletzt": True, "*schaden": "damage"})
    assert lex.get("Verletzt") is True and lex.get("verletzt") is True
    assert lex.get("Sachschaden") == "damage" and lex.get("Schaden") is None
    assert lex.get("Verletzte") is None and lex.get("Verletzte") is None


def test_may_begin_is_true_wherever_match_finds_an_entry() -> None:
    lex = Lexicon({"ums leben": "killed", "tote*": "killed", "*schaden": "damage", "rund": True})
    lowers = "zwei kamen ums leben , totenzahl rund sachschaden schaden".split()
    for i, word in enumerate(lowers):
        if lex.match(lowers, i):
            assert lex.may_begin(word)
    assert not lex.may_begin("zwei") and not lex.may_begin("schaden") and lex.may_begin("ums")


def test_group_scan_gives_each_lexicons_own_scan() -> None:
    lexicons = [
        Lexicon({"ums leben": "killed", "ums": "around", "tote*": "killed"}),
        Lexicon({"leben": "life", "*schaden": "damage", "kamen ums": "came"}),
        Lexicon({"zwei kamen": True}),
    ]
    group = LexiconGroup(lexicons)
    lowers = "zwei kamen ums leben , totenzahl und sachschaden ums leben zwei".split()
    for start, end in [(0, len(lowers)), (2, 3), (1, 9), (8, 10), (10, 11), (0, 1)]:
        assert group.scan(lowers, start, end) == [lex.scan(lowers, start, end) for lex in lexicons]


def test_phrases_sharing_a_first_word_are_matched_longest_first_by_their_second() -> None:
    lex = Lexicon({"die kosten": "cost", "die kosten der hilfe": "aid", "die hilfe": "aid2", "die": "det"})
    assert lex.match("die kosten der hilfe".split(), 0) == (4, "aid")
    assert lex.match("die kosten der stadt".split(), 0) == (2, "cost")
    assert lex.match("die hilfe".split(), 0) == (2, "aid2")
    assert lex.match("die stadt".split(), 0) == (1, "det")
    assert lex.match(["die"], 0) == (1, "det")
