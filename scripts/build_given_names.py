#!/usr/bin/env python3
"""Build readouts/data/given_names.json: given names per language, for finding the names of
persons the gazetteer lacks ("هاني الملقي", "יצחק אהרונוביץ", "Mitch McConnell").

Source: the names-dataset package (PyPI `names-dataset`, MIT licence), which ranks first
names by how often they occur per country. Only aggregate first-name ranks are used; the
file written holds names and nothing else. Run it again to rebuild (needs
`pip install names-dataset wordfreq`; neither is needed at run time):

    python scripts/build_given_names.py

Selection:
  ar  Arabic-script names ranked in the top RANK_AR of an Arab League state and common in
      SPREAD_AR of them
  he  Hebrew-script names ranked in the top RANK_HE in Israel
  en  Latin-script names ranked in the top RANK_EN of any country
A name that is also a frequent word of the language (wordfreq) is left out unless it is
among the very top names (محمد, David), and so are one- and two-letter names.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

ARAB = ["AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD", "SY",
        "TN", "YE"]
RANK_AR, RANK_HE, RANK_EN = 1000, 1200, 300
TOP_KEEP = 40
SPREAD_AR = 5          # and in the top 3×RANK_AR of this many Arab states: a name, not one user's nickname            # names this high in a country are kept even when they are common words
OUT = Path(__file__).resolve().parent.parent / "readouts" / "data" / "given_names.json"

# one word, or "عبد" + a word; not a kunya ("أبو X", "أم X"), a word with the article, or two names run together
AR_SCRIPT = re.compile(r"^(?!ال)(?:[\u0621-\u064a]{3,8}|عبد [\u0621-\u064a]{3,8})$")
HE_SCRIPT = re.compile(r"^[\u05d0-\u05ea]+$")
# nicknames and words the counts let through, read by hand
STOP = {"ar": {"مستشار", "مجهول", "يارب", "هدوء", "راعي", "عابر", "غدار", "شموخي", "رضاك", "عبق", "همس", "همسه",
               "غرام", "عطر", "لحن", "نغم", "زهر", "ورده", "سند", "ايه", "غلا", "ميمي", "زوزو", "عموري", "حمو",
               "ميدو", "ندي", "غفران", "جنة", "جود", "علا", "سما", "عواطف", "محمداحمد", "كاسر", "اجمل"}}
# English words among frequent first names (read by hand from the names ranked in the top 300
# of some country that wordfreq finds frequent): capitalised, they still start no name
EN_STOP = {"To", "You", "Are", "He", "My", "Or", "An", "So", "Can", "Will", "She", "Any", "Go", "Said", "Even", "May",
           "Made", "Man", "Love", "Long", "Ever", "Line", "Season", "Law", "Per", "Hope", "Young", "Given", "Guy", "Win",
           "Pretty", "Else", "Along", "Happy", "Saw", "Data", "Low", "Soon", "Heart", "Song", "Baby", "Main", "Cut",
           "Summer", "June", "April", "King", "Boy", "Trust", "China", "August", "Washington", "Seven", "Deep", "Mine",
           "Peace", "Brown", "Beat", "Anti", "Miles", "Jesus", "Sun", "San", "Justice", "Gun", "Friday", "German",
           "Floor", "Bar", "None", "Sunday", "Spring", "Fan", "Rich", "Fish", "Christian", "Ran", "Queen", "Fat", "Sad",
           "Lie", "Rose", "Paris", "Faith", "Memory", "Stone", "Monday", "Christ", "Nor", "Gift", "Cat", "Lucky",
           "Israel", "Apple", "Ad", "Unique", "Beauty", "Lovely", "Tea", "Lies", "Angeles", "Sky", "Prince", "Rain",
           "Promise", "Bear", "Moon", "Dick", "Loan", "Joke", "Ya", "Muslim", "Era", "Snow", "Max", "Urban", "Asia",
           "Ma", "Ah", "Virginia", "Un", "Tiny", "Minor", "Champion", "Wing", "Desire", "Bright", "Hang", "Mile", "Kiss",
           "Ha", "Em", "Grace", "El", "Mate", "Jr", "Joy", "Sing", "Irish", "Princess", "Marine", "Hong", "Francisco",
           "Carolina", "Jordan", "Roman", "Gang", "Tone", "Kong", "Junior", "Harm", "Georgia", "Innocent", "Charity",
           "Angel", "Happiness", "Odd", "Na", "Min", "Kit", "Islam", "Comfort", "Crystal", "Bro", "Pan", "Mo", "Sin",
           "Honey", "Glory", "Rio", "Sum", "Precious", "Gen", "Bang", "Favour", "Wisdom", "Sa", "Mi", "Madrid", "Edit",
           "Ton", "Sole", "Jet", "Candy", "Pin", "Nazi", "Pit", "Isis", "Dawn", "Cleveland", "Oral", "Ye", "Mercy", "Li",
           "Des", "Alpha", "Divine", "Ai", "Barcelona", "Ho", "Bin", "Phoenix", "Nail", "Du", "Patience", "Md", "Beta",
           "Sandy", "Ram", "Mar", "Rs", "Earl", "Cherry", "Wa", "Bless", "Sunshine", "Ash", "Ion", "Costa", "Harsh",
           "Um", "Xi", "Sri", "Richmond", "Ct", "Ace", "Sang", "Lung", "Lemon", "Ally", "Vi", "Olive", "Merit", "Sunny",
           "Rainbow", "Penny", "Lo", "Martial", "Elder", "Blessing", "Ar", "Ab", "Slim", "Milan", "Thee", "Orlando",
           "Ip", "Echo", "Ave", "Tin", "Ferry", "Au", "Nato", "Seller", "Portal", "Mc", "Hindu", "Abu", "Chin", "Chan",
           "Bo", "Tan", "Khan", "Singh", "Lee", "Kim", "Al", "Bill", "Mark"}
LATIN = re.compile(r"^[A-Za-z][a-z]+(?:-[A-Z][a-z]+)?$")


def main() -> None:
    from names_dataset import NameDataset
    from wordfreq import zipf_frequency
    nd = NameDataset()
    out: dict[str, set[str]] = {"ar": set(), "he": set(), "en": set()}
    for name, info in nd.first_names.items():
        ranks = {c: r for c, r in (info.get("rank") or {}).items() if r}
        if not ranks or len(name) < 3:
            continue
        best = min(ranks.values())
        if AR_SCRIPT.match(name):
            r = min((ranks[c] for c in ARAB if c in ranks), default=None)
            spread = sum(1 for c in ARAB if ranks.get(c, RANK_AR * 4) <= RANK_AR * 3)
            if r and r <= RANK_AR and spread >= SPREAD_AR and name not in STOP["ar"] and \
                    (r <= TOP_KEEP or zipf_frequency(name, "ar") < 4.4):
                out["ar"].add(name)
        elif HE_SCRIPT.match(name):
            r = ranks.get("IL")
            if r and r <= RANK_HE and (r <= TOP_KEEP or zipf_frequency(name, "he") < 5.0):
                out["he"].add(name)
        elif LATIN.match(name) and best <= RANK_EN and name not in EN_STOP:
            if best <= RANK_EN // 2 or zipf_frequency(name.lower(), "en") < 4.0:
                out["en"].add(name)
    data = {lang: sorted(names) for lang, names in out.items()}
    data["_source"] = ("names-dataset 3.3.1 (PyPI, MIT): first names by rank per country; "
                       "built by scripts/build_given_names.py")
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in data.items() if k != "_source"}, "->", OUT)


if __name__ == "__main__":
    main()
