"""Film title resolution: tolerant of typos, missing articles, missing years and case."""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz, process

from index.textutil import normalize_title
from index.types import FilmRef, TitleMatch

_YEAR = re.compile(r"[\s(\[,]*\b(1[89]\d\d|20\d\d)\b[)\]]?\s*$")
FUZZY_CUTOFF = 80.0  # edit-distance ratio; below this a different title is likelier than a typo


def split_year(text: str) -> tuple[str, int | None]:
    """'The Runaways (2010)' → ('The Runaways', 2010). A title that *is* a year ('1917') keeps it."""
    match = _YEAR.search(text)
    if match and match.start() > 0:
        return text[: match.start()].strip(), int(match.group(1))
    return text.strip(), None


class TitleIndex:
    def __init__(self, films: list[FilmRef]) -> None:
        self.films = films
        self._by_norm: dict[str, list[FilmRef]] = defaultdict(list)
        for film in films:
            self._by_norm[normalize_title(film.title)].append(film)
        self._norms = list(self._by_norm)
        self._max_words = max((len(n.split()) for n in self._norms), default=0)

    def __len__(self) -> int:
        return len(self.films)

    def resolve(self, text: str) -> TitleMatch:
        query = text.strip()
        title, year = split_year(query)
        norm = normalize_title(title)
        if not norm:
            return TitleMatch(query, None)
        exact = self._by_norm.get(norm)
        if exact:
            return self._pick(query, exact, year, 100.0)
        found = process.extract(norm, self._norms, scorer=fuzz.ratio, limit=5, score_cutoff=FUZZY_CUTOFF)
        if not found:
            return TitleMatch(query, None, candidates=tuple(self.suggest(title, 3)))
        best_score = found[0][1]
        # Ties (or near-ties) between different titles are ambiguous only if close; otherwise best wins.
        best = [self._by_norm[n] for n, s, _ in found if s >= best_score - 0.5]
        films = [f for group in best for f in group]
        return self._pick(query, films, year, float(best_score))

    def _pick(self, query: str, films: list[FilmRef], year: int | None, score: float) -> TitleMatch:
        if year is not None:
            same_year = [f for f in films if f.year == year]
            if same_year:
                films = same_year
            else:
                return TitleMatch(query, None, candidates=tuple(films), score=score)
        if len({(normalize_title(f.title), f.year) for f in films}) == 1:
            return TitleMatch(query, films[0], candidates=tuple(films), score=score)
        ordered = tuple(sorted(films, key=lambda f: f.year or 0))
        return TitleMatch(query, None, candidates=ordered, score=score, ambiguous=True)

    def suggest(self, text: str, limit: int = 25) -> list[FilmRef]:
        title, year = split_year(text)
        norm = normalize_title(title)
        if not norm:
            return self.films[:limit]
        prefix = [n for n in self._norms if n.startswith(norm)]
        prefix.sort(key=len)
        scored = process.extract(norm, self._norms, scorer=fuzz.WRatio, limit=limit * 2, score_cutoff=60)
        names = list(dict.fromkeys(prefix[:limit] + [n for n, _, _ in scored]))
        out: list[FilmRef] = []
        for name in names:
            for film in sorted(self._by_norm[name], key=lambda f: f.year or 0):
                if year is None or film.year == year:
                    out.append(film)
        return out[:limit]

    def mentions(self, text: str) -> list[tuple[FilmRef, float]]:
        """Films named inside a sentence ("who plays Joan in the runaways?"), longest match first.
        Exact (normalised) n-gram matches; the caller decides what to do with several."""
        words = normalize_title(text).split() if text else []
        folded = [w for w in re.sub(r"[^\w\s]", " ", text.lower()).split()]
        words = [w for w in folded if w]
        found: dict[FilmRef, float] = {}
        for n in range(min(self._max_words, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                gram = " ".join(words[i : i + n])
                norm = normalize_title(gram)
                if norm in self._by_norm and (n > 1 or len(norm) > 3):
                    for film in self._by_norm[norm]:
                        found.setdefault(film, float(len(norm)))
        return sorted(found.items(), key=lambda kv: -kv[1])
