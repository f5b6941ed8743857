"""One name per actor across the collection (newsearch.engine.aliases)."""

from __future__ import annotations

from newsearch.engine import aliases as al


def _build(people=None, orgs=None):
    return al.build({"person": people or {}, "org": orgs or {}})


# -- deciding the groups -----------------------------------------------------------------

def test_a_surname_alone_joins_the_one_full_name_that_ends_with_it():
    groups = _build(people={"Volcker": 30, "Paul Volcker": 12, "Lawson": 5})
    assert groups.canon["person"] == {"Volcker": "Paul Volcker"}
    assert groups.members("person", "volcker") == ("Paul Volcker", "Volcker")


def test_a_surname_shared_by_two_full_names_stays_apart():
    groups = _build(people={"Baker": 9, "James Baker": 6, "Howard Baker": 4})
    assert "Baker" not in groups.canon["person"]
    # With one of them far ahead (8 of 9 documents), the surname joins it.
    groups = _build(people={"Baker": 9, "James Baker": 8, "Howard Baker": 1})
    assert groups.canon["person"]["Baker"] == "James Baker"


def test_every_full_name_with_the_surname_competes_even_one_seen_once():
    people = {"Thompson": 8, "Bill Thompson": 7, "Emma Thompson": 1, "Daley Thompson": 1}
    assert "Thompson" not in _build(people=people).canon["person"]


def test_a_common_given_name_alone_joins_no_full_name():
    groups = _build(people={"Charles": 5, "Ray Charles": 19, "Lyng": 5, "Richard Lyng": 9})
    assert groups.canon["person"] == {"Lyng": "Richard Lyng"}


def test_a_full_name_seen_once_takes_no_surname():
    assert "Drew" not in _build(people={"Drew": 9, "Ernest Drew": 1}).canon["person"]


def test_a_surname_that_names_bodies_as_often_is_left_alone():
    people = {"Salomon": 4, "Robert Salomon": 4}
    assert "Salomon" not in _build(people, {"Salomon Brothers Inc": 70}).canon["person"]
    assert _build(people, {"Salomon Brothers Inc": 3}).canon["person"]["Salomon"] \
        == "Robert Salomon"


def test_a_two_word_surname_joins_only_behind_a_particle():
    groups = _build(people={"De Clercq": 6, "Willy De Clercq": 4,
                            "Hernandez Grisanti": 9, "Arturo Hernandez Grisanti": 3})
    assert groups.canon["person"] == {"De Clercq": "Willy De Clercq"}


def test_spellings_of_one_body_are_one_value_named_by_the_most_frequent():
    groups = _build(orgs={"General Motors Corp": 40, "General Motors": 9,
                          "GENERAL MOTORS CORPORATION": 1, "The General Motors Co": 1,
                          "General Mills Inc": 5})
    assert groups.canon["org"] == {"General Motors": "General Motors Corp",
                                   "GENERAL MOTORS CORPORATION": "General Motors Corp",
                                   "The General Motors Co": "General Motors Corp"}


def test_a_persons_middle_initials_do_not_split_the_person():
    groups = _build(people={"Martin Sosnoff": 7, "Martin T. Sosnoff": 5,
                            "John S.R. Shad": 1, "John Shad": 7, "Sosnoff": 3})
    assert groups.canon["person"] == {"Martin T. Sosnoff": "Martin Sosnoff",
                                      "John S.R. Shad": "John Shad",
                                      "Sosnoff": "Martin Sosnoff"}


def test_word_order_and_joining_words_do_not_split_a_body():
    groups = _build(orgs={"Trade Ministry": 5, "Ministry of Trade": 2,
                          "Kidder, Peabody and Co Inc": 8, "Kidder Peabody": 3})
    assert groups.canon["org"] == {"Ministry of Trade": "Trade Ministry",
                                   "Kidder Peabody": "Kidder, Peabody and Co Inc"}


def test_a_bodys_first_word_alone_joins_the_longer_name_it_begins():
    groups = _build(orgs={"Drexel": 9, "Drexel Burnham Lambert Inc": 69,
                          "Fujitsu Ltd": 22, "Fujitsu America Inc": 2,
                          "Ministry": 12, "Ministry of International Trade and Industry": 26,
                          "Finance Ministry": 184, "Steel": 3, "Steel Brothers Holdings": 5})
    # Not a parent into its subsidiary, a word in many names, nor a common word.
    assert groups.canon["org"] == {"Drexel": "Drexel Burnham Lambert Inc"}


def test_an_acronym_joins_the_body_whose_initials_spell_it():
    groups = _build(orgs={"SEC": 40, "Securities and Exchange Commission": 30,
                          "USDA": 20, "U.S. Agriculture Department": 9,
                          "U.S. Department of Agriculture": 2})
    assert groups.canon["org"]["SEC"] == "Securities and Exchange Commission"
    # Through any spelling of the body: "Department of Agriculture" spells USDA.
    assert groups.canon["org"]["USDA"] == "U.S. Agriculture Department"


def test_an_acronym_two_bodies_could_spell_stays_apart():
    groups = _build(orgs={"CBS": 20, "Central Bureau of Statistics": 8, "Columbia "
                          "Broadcasting System": 3})
    assert "CBS" not in groups.canon["org"]
    assert "NTT" not in _build(orgs={"NTT": 5, "Nippon Telegraph and Telephone": 2}
                               ).canon["org"]  # too few documents to be sure


def test_an_acronym_joins_only_a_body_its_stories_name_beside_it():
    orgs = {"IBC": 5, "Irving Bank Corp": 8, "SEC": 40, "Securities and Exchange Commission": 30}
    asked = {}

    def together(found: dict[str, int]):
        def count(pairs):
            asked.update(pairs)
            return found
        return count

    # "IBC" is never named beside Irving Bank: it is another body's acronym there.
    groups = al.build({"person": {}, "org": orgs}, together({"ibc": 0, "sec": 8}))
    assert groups.canon["org"] == {"SEC": "Securities and Exchange Commission"}
    assert asked == {"ibc": (["IBC"], ["Irving Bank Corp"]),
                     "sec": (["SEC"], ["Securities and Exchange Commission"])}
    # Named together in fewer than a fifth of the acronym's 40 stories: no join.
    assert al.build({"person": {}, "org": orgs}, together({"sec": 7})).canon["org"] == {}


def test_names_of_an_international_body_in_its_table_are_one():
    groups = _build(orgs={"EC": 50, "European Community": 10, "EEC": 4, "European Union": 3})
    assert groups.canon["org"] == {"EC": "European Community", "EEC": "European Community"}
    # A table's acronym counts only as written: the band is no health body.
    groups = _build(orgs={"World Health Organization": 3, "The Who": 2, "Who": 1})
    assert groups.canon["org"] == {"Who": "The Who"}


def test_a_person_value_named_far_more_often_as_a_body_is_that_body():
    groups = _build(people={"Merrill Lynch": 5, "Satoshi Sumita": 2},
                    orgs={"Merrill Lynch and Co Inc": 30, "Merrill Lynch": 4,
                          "Satoshi Sumita": 2})
    assert groups.firms == {"Merrill Lynch": "Merrill Lynch and Co Inc"}
    meta = {"person": ["Merrill Lynch", "Satoshi Sumita"], "org": ["Merrill Lynch"]}
    assert groups.values("person", meta) == ["Satoshi Sumita"]
    assert groups.values("org", meta) == ["Merrill Lynch and Co Inc"]


def test_a_surname_read_as_a_body_is_the_person_who_bears_it():
    groups = _build(people={"Donald Trump": 40, "Trump": 3, "Melania Trump": 1,
                            "James Baker": 20, "Tom Price": 10, "Roman Catholics": 3},
                    orgs={"Trump": 6, "Baker": 2, "Baker Hughes Inc": 5, "Price": 2,
                          "Catholics": 1})
    # Not a word of another body's name ("Baker Hughes"), not a common word ("price"),
    # not for a "person" named in fewer than five stories ("Roman Catholics").
    assert groups.surnames == {"Trump": "Donald Trump"}
    meta = {"person": ["Melania Trump"], "org": ["Trump", "Baker"]}
    assert groups.values("person", meta) == ["Melania Trump", "Donald Trump"]
    assert groups.values("org", meta) == ["Baker Hughes Inc"]  # (its first word)
    # Too few stories for the person against the body: no move.
    assert _build(people={"Donald Trump": 10}, orgs={"Trump": 6}).surnames == {}


def test_initials_take_every_letter_of_a_dotted_abbreviation():
    assert al.initials("U.S. Department of Agriculture") == "USDA"
    assert al.initials("Organisation for Economic Co-operation and Development") == "OECD"
