"""Actor and place gazetteer: canonical names across French and English, matched in one pass.

Matching runs on a "folded" copy of the text (lower case, accents stripped, dashes and
apostrophes unified) that has exactly the same length as the original, so every match keeps
its character span into the original text. All surface forms of one language are compiled into
a single alternation regex, built once per gazetteer.
"""

import dataclasses
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

_DASHES = "-‐‑‒–—"
_APOSTROPHES = "'’ʼ`"
_SEPARATORS = re.compile(r"[ -]+")
_LEADING_ARTICLES = re.compile(r"^(?:le |la |les |l'|the )", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _DASHES:
        return "-"
    if char in _APOSTROPHES:
        return "'"
    if char.isspace():
        return " "
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


class _FoldTable(dict):
    """str.translate table filled on first sight of each character."""

    def __missing__(self, codepoint):
        folded = _fold_char(chr(codepoint))
        self[codepoint] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Same-length, case- and accent-insensitive copy of `text` (offsets are preserved)."""
    return text.translate(_FOLD_TABLE)


@dataclass(frozen=True)
class Actor:
    name: str
    type: str  # person | country | organization
    country: str | None = None
    aliases: dict = field(default_factory=dict, compare=False, hash=False)
    roles: tuple = field(default=(), compare=False, hash=False)

    def alias(self, language: str) -> str:
        """The name to show in a title written in `language`."""
        names = self.aliases.get(language) or []
        return names[0] if names else self.name


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    aliases: dict = field(default_factory=dict, compare=False, hash=False)

    def alias(self, language: str) -> str:
        names = self.aliases.get(language) or []
        return names[0] if names else self.name


@dataclass(frozen=True)
class GazetteerMatch:
    start: int
    end: int
    text: str
    form: str  # alias | metonym | demonym | prefix | place | capital
    actor: Actor | None = None
    place: Place | None = None


_CAPITAL_AFTER = re.compile(r"\s+capital\b")
_CAPITAL_BEFORE = re.compile(r"\bcapitale\s+$")


def _squash(folded: str) -> str:
    return _SEPARATORS.sub(" ", folded)


def _trie_pattern(keys) -> str:
    """One regex for many forms, factored by common prefixes so that matching stays fast
    however many names the gazetteer holds (a flat alternation is tried form by form)."""
    trie: dict = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node) -> str:
        ends = "" in node
        branches = []
        for char in sorted(k for k in node if k):
            atom = "[ -]+" if char == " " else re.escape(char)
            branches.append(atom + build(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def _needs_capital(form: str) -> bool:
    return form[:1].isupper()


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(form) <= 6


def _spoken_acronym(form: str, surface: str) -> bool:
    """ "Nato", "Opec", "Ecowas": British and regional copy write an acronym of four letters
    or more that is said as a word with one capital."""
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 4 and surface == surface[:1].upper() + surface[1:].lower()


# Capitalised words that may stand right before a surname in mid-sentence: titles.
_NAME_WORDS = json.loads((DATA_DIR / "names_en.json").read_text("utf-8"))
_TITLES_BEFORE_SURNAME = frozenset(
    _NAME_WORDS["title_words"]
    + _NAME_WORDS["not_a_first_name"]
    + ["M", "Mme", "Mgr", "Me", "Dr", "Gen", "Maréchal", "Sheikh", "Cheikh", "Emir", "Émir"]
    + ["Pres", "Sen", "Rep", "Gov", "Amb", "Adm", "Lt", "Col", "Maj", "Capt", "Brig", "Prof"]
    + ["Pope", "Pr", "Mr", "Mrs", "Ms", "Messrs", "MM", "Sultan", "Imam", "Ayatollah", "Rais"]
)
_WORD_AFTER = re.compile(r"\s([A-ZÀ-ÖØ-Þ][\w'’-]+)")


def _part_of_another_name(text: str, start: int, end: int, table: dict) -> int | None:
    """Where the other person's name starts, when a person's one-word alias is part of it:
    "Salif Ouédraogo-Kaboré" is not Roch Kaboré, "Jean-Pierre Mba Obiang" not Karine
    Jean-Pierre, "Laurent Kabila" not Joseph Kabila. Joined by a dash to a word that is no name
    of its own ("Assad-Clinton" is two), followed by a capitalised name word, or after a first
    name in mid-sentence (a title, "President Kaboré", or a sentence's first word is fine).
    `end` when the name goes on after the alias, None when the alias is the person's."""

    def known(word: str) -> bool:
        return bool(table.get(_squash(fold(word))))

    if text[start:end].isupper():
        return None  # a text in capitals (a search, a headline): capitals say nothing here

    dashed_before = re.search(rf"([\w'’]+)[{_DASHES}]$", text[max(0, start - 30) : start])
    if dashed_before and not known(dashed_before.group(1)):
        return end
    dashed_after = re.match(rf"[{_DASHES}]([A-ZÀ-ÖØ-Þ][\w'’]+)", text[end : end + 30])
    if dashed_after and not known(dashed_after.group(1)):
        return end
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1) not in _TITLES_BEFORE_SURNAME and not known(after.group(1)):
        return end
    before = text[max(0, start - 30) : start]
    word = re.search(r"(?:^|[\s(])([A-ZÀ-ÖØ-Þ][\w'’]*)\s$", before)
    if word is None or word.group(1) in _TITLES_BEFORE_SURNAME or word.group(1).isupper():
        return None  # a title ("President Kaboré", "PM Modi")
    if known(word.group(1)):
        return None  # a demonym or a name the gazetteer knows ("Burkinabe Kaboré")
    opening = before[: word.start(1)].rstrip()
    if not opening or opening[-1] in '.!?:«"“\n—–-(':
        return None
    return start - len(before) + word.start(1)


class Gazetteer:
    """Actors and places with every surface form per language, and the matchers built from them."""

    def __init__(self, actors: list[Actor], places: list[Place], forms: dict):
        self.actors = {actor.name: actor for actor in actors}
        self.places = {place.name: place for place in places}
        # forms[language][folded form] -> list of (original form, kind, Actor | Place)
        self._forms = forms
        self._regex = {}
        for language, table in forms.items():
            self._regex[language] = re.compile(rf"(?<![\w])(?:{_trie_pattern(table)})(?![\w])")
        self.capitals: dict = {}
        self.seats: dict = {}  # an organisation's name -> the Place of its headquarters
        self._people_by_country = {}
        self._people_by_surname = {}  # folded last name -> people, for namesake_in_office
        for actor in actors:
            if actor.type == "person" and actor.country:
                self._people_by_country.setdefault(actor.country, []).append(actor)
                surname = fold(actor.name.split()[-1])
                self._people_by_surname.setdefault(surname, []).append(actor)

    @classmethod
    def from_records(cls, actor_records, place_records=None, ignore_records=None) -> "Gazetteer":
        """`ignore_records` (data/not_actors.json) are longer names that contain an actor or a
        place but denote neither ("South China Sea", "Washington Post", "accord de Paris"):
        matched first, as the longest match, and then dropped."""
        actors, places = [], []
        forms: dict = {"fr": {}, "en": {}}

        def add(language, surface, kind, target):
            surface = surface.strip()
            if not surface:
                return
            variants = {surface}
            stripped = _LEADING_ARTICLES.sub("", surface)
            if stripped and stripped != surface:
                variants.add(stripped)
            for variant in variants:
                table = forms.setdefault(language, {})
                table.setdefault(_squash(fold(variant)), []).append((variant, kind, target))

        for record in actor_records:
            actor = Actor(
                name=record["name"],
                type=record.get("type", "organization"),
                country=record.get("country"),
                aliases=record.get("aliases") or {},
                roles=tuple(record.get("roles") or ()),
            )
            actors.append(actor)
            for field_name, kind in (
                ("aliases", "alias"),
                ("metonyms", "metonym"),
                ("demonyms", "demonym"),
            ):
                for language, surfaces in (record.get(field_name) or {}).items():
                    for surface in surfaces:
                        add(language, surface, kind, actor)
            for language, surfaces in (record.get("prefixes") or {}).items():
                for surface in surfaces:
                    # a combining form only ever appears glued to a dash: "russo-américains"
                    add(language, surface.rstrip("-"), "prefix", actor)
            if record.get("type") != "person":
                # the canonical English name is a name in any language ("OSCE", "G20")
                for language in ("fr", "en"):
                    add(language, record["name"], "alias", actor)
        for record in place_records or []:
            place = Place(
                name=record["name"],
                country=record.get("country"),
                aliases=record.get("aliases") or {},
            )
            places.append(place)
            for language in ("fr", "en"):
                surfaces = set((record.get("aliases") or {}).get(language, [])) | {record["name"]}
                for surface in surfaces:
                    add(language, surface, "place", place)
        for record in ignore_records or []:
            for language, surfaces in (record.get("aliases") or {}).items():
                for surface in surfaces:
                    add(language, surface, "ignore", None)
        gazetteer = cls(actors, places, forms)
        # a country's capital: the first of its metonyms that is a known place ("Baghdad")
        for record in actor_records:
            for surface in (record.get("metonyms") or {}).get("en", []):
                place = gazetteer.places.get(surface)
                if place is not None and record.get("type") == "country":
                    gazetteer.capitals.setdefault(record["name"], place)
                    break
            if record.get("seat") in gazetteer.places:
                gazetteer.seats[record["name"]] = gazetteer.places[record["seat"]]
        return gazetteer

    def actor(self, name: str) -> Actor | None:
        return self.actors.get(name)

    def place_named(self, name: str) -> Place | None:
        return self.places.get(name)

    def people_of(self, country: str) -> list[Actor]:
        return self._people_by_country.get(country, [])

    @staticmethod
    def roles_in(person: Actor, year: int) -> set[str]:
        """The roles `person` held at some time in `year`."""
        return {role.get("role") for role in Gazetteer.role_records_in(person, year)}

    @staticmethod
    def role_records_in(person: Actor, year: int) -> list[dict]:
        """The role records (role, from, to, and the state when not the person's) of `year`."""
        return [
            role
            for role in person.roles
            if int(role.get("from") or 0) <= year <= int(role.get("to") or 9999)
        ]

    def of_the_time(self, matches: list[GazetteerMatch], year: int) -> list[GazetteerMatch]:
        """The matches with each person read as the one of `year`: "Bush" in a 1991 story is
        George H. W. Bush, not the George W. Bush the alias names, when only the former held
        office that year (the one namesake, by last name, whose roles cover it)."""
        out = []
        for match in matches:
            actor = match.actor
            if (
                actor is not None
                and actor.type == "person"
                and actor.roles
                and match.text != actor.name
                and not self.roles_in(actor, year)
            ):
                surname = actor.name.split()[-1]
                namesakes = [
                    p
                    for p in self._people_by_country.get(actor.country, [])
                    if p is not actor and p.name.split()[-1] == surname and self.roles_in(p, year)
                ]
                if len(namesakes) == 1:
                    match = dataclasses.replace(match, actor=namesakes[0])
            out.append(match)
        return out

    def namesake_in_office(self, surname: str, year: int) -> Actor | None:
        """ "President Clinton" in 1996: of the people with that last name (a surname the
        aliases leave out, as two leaders share it), the one who held office in `year`."""
        people = self._people_by_surname.get(fold(surname), [])
        found = [p for p in people if self.roles_in(p, year)]
        return found[0] if len(found) == 1 else None

    def person_with_role(self, country: str, role_words: tuple, year: int) -> Actor | None:
        """The one person of `country` whose role (one of role_words) covers `year`."""
        found = [p for p in self.people_of(country) if self.roles_in(p, year) & set(role_words)]
        return found[0] if len(found) == 1 else None

    def find(self, text: str, language: str, folded: str | None = None) -> list[GazetteerMatch]:
        """Non-overlapping matches, longest first, with spans into `text`."""
        regex = self._regex.get(language)
        if regex is None:
            return []
        folded = folded if folded is not None else fold(text)
        table = self._forms[language]
        out = []
        for match in regex.finditer(folded):
            surface = text[match.start() : match.end()]
            candidates = table.get(_squash(match.group(0))) or []
            chosen = self._choose(candidates, surface)
            if chosen is None:
                continue
            form, kind, target = chosen
            if kind == "ignore":
                continue
            actor = target if isinstance(target, Actor) else None
            place = target if isinstance(target, Place) else None
            # a capital is both a place and, used as an actor, its country: keep both readings;
            # so is a city-state's name ("in Singapore", "à Djibouti")
            for _other_form, other_kind, other in candidates:
                if kind == "place" and other_kind == "metonym" and actor is None:
                    actor = other
                elif kind in ("metonym", "alias") and other_kind == "place" and place is None:
                    place = other
            if kind == "metonym" and place is None and actor is not None:
                # "reçu à l'Elysée", "met at the White House", "au Kremlin": a seat of
                # government stands in the capital of its country (the corpus rules' city)
                place = self.capitals.get(actor.name)
            if kind == "prefix" and text[match.end() : match.end() + 1] not in _DASHES:
                continue
            if kind == "alias" and actor is not None and actor.type == "person" and " " not in form:
                other = _part_of_another_name(text, match.start(), match.end(), table)
                if other is not None:
                    if other < match.start():
                        # "Hafez el-Assad", "Laurent Kabila": another person of the family,
                        # unknown to the gazetteer but most likely of the same country
                        name = text[other : match.end()]
                        out.append(
                            GazetteerMatch(
                                start=other,
                                end=match.end(),
                                text=name,
                                form="alias",
                                actor=Actor(name=name, type="person", country=actor.country),
                                place=None,
                            )
                        )
                    continue
            if kind == "demonym" and (
                _CAPITAL_AFTER.match(text, match.end())
                or _CAPITAL_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
            ):
                # "the Cambodian capital", "la capitale irakienne": a city, not a side
                place = self.capitals.get(actor.name) if actor is not None else None
                out.append(
                    GazetteerMatch(match.start(), match.end(), surface, "capital", None, place)
                )
                continue
            out.append(
                GazetteerMatch(
                    start=match.start(),
                    end=match.end(),
                    text=surface,
                    form=kind,
                    actor=actor,
                    place=place,
                )
            )
        return out

    @staticmethod
    def _choose(candidates, surface):
        """The candidate whose capitalisation the surface respects; aliases before metonyms."""
        order = {"ignore": -1, "alias": 0, "place": 1, "metonym": 2, "demonym": 3, "prefix": 4}
        for form, kind, target in sorted(candidates, key=lambda c: order.get(c[1], 9)):
            if (
                _is_acronym(form)
                and surface != surface.upper()
                and not _spoken_acronym(form, surface)
            ):
                continue
            if _needs_capital(form) and not surface[:1].isupper():
                continue
            return form, kind, target
        return None


def _load_json(name: str) -> list:
    path = DATA_DIR / name
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


def default_actor_records() -> list[dict]:
    return _load_json("actors.json")


def default_place_records() -> list[dict]:
    return _load_json("places.json")


def default_ignore_records() -> list[dict]:
    return _load_json("not_actors.json")


def default_gazetteer_records() -> list[dict]:
    """The actor records of data/actors.json followed by the place records of data/places.json."""
    return default_actor_records() + default_place_records()


_DEFAULT = None


def default_gazetteer() -> Gazetteer:
    """The gazetteer built from the package data, once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Gazetteer.from_records(
            default_actor_records(), default_place_records(), default_ignore_records()
        )
    return _DEFAULT
