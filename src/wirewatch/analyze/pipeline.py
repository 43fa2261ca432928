"""Article → Analysis: the analyzer's stages composed in one visible place.

The language model runs once per text, batched with `nlp.pipe` over bodies and captions together;
every later stage is a plain function over the parsed `Doc`s and the records earlier stages produced:

    entities → places → times → sources → quotes → events

`analyze_parallel` spreads articles over worker processes, each loading its own model once.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.analyze.entities import find_entities
from wirewatch.analyze.events import find_events
from wirewatch.analyze.nlp import load_nlp
from wirewatch.analyze.places import Gazetteer, resolve_places
from wirewatch.analyze.quotes import find_quotes
from wirewatch.analyze.sources import find_sources
from wirewatch.analyze.times import find_times
from wirewatch.model import Analysis, Article

AnalysisItem = tuple[Article, date | None]


class Analyzer:
    """Holds the model and gazetteer once and turns articles into analyses.

    >>> analyzer = Analyzer()
    >>> analysis = analyzer.analyze(article, published=date(2022, 5, 1))
    >>> [event.type for event in analysis.events]
    """

    def __init__(self, nlp: Language | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.nlp = nlp if nlp is not None else load_nlp()
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer()

    def analyze(self, article: Article, published: date | None = None) -> Analysis:
        """Analyze one article; `published` anchors relative dates ("last year")."""
        return next(self.analyze_many([(article, published)], batch_size=1))

    def analyze_many(self, items: Iterable[AnalysisItem], batch_size: int = 16) -> Iterator[Analysis]:
        """Analyze articles in order, parsing `batch_size` articles' bodies and captions per `nlp.pipe` call."""
        for batch in _batched(items, batch_size):
            texts = [text for article, _ in batch for text in _texts_of(article)]
            docs = iter(self.nlp.pipe(texts, batch_size=max(len(texts), 1)))
            for article, published in batch:
                body_doc = next(docs)
                caption_docs = [next(docs) for _ in article.captions]
                yield analyze_docs(body_doc, caption_docs, published, self.gazetteer)


def analyze_docs(
    body_doc: Doc, caption_docs: Sequence[Doc], published: date | None, gazetteer: Gazetteer
) -> Analysis:
    """Run every stage after the model over one article's parsed body and captions."""
    entities = find_entities(body_doc, caption_docs, gazetteer)
    nationalities = {
        ent.text for doc in (body_doc, *caption_docs) for ent in doc.ents if ent.label_ == "NORP"
    }
    nationality_countries = {gazetteer.country_of_nationality(text) for text in nationalities} - {None}
    places = resolve_places(entities, gazetteer, nationality_countries=nationality_countries)
    times = find_times(body_doc, caption_docs, published)
    attributions = find_sources(body_doc, caption_docs, entities)
    quotes = find_quotes(body_doc, caption_docs, entities)
    events = find_events(body_doc, caption_docs, entities, places, times, attributions, published)
    return Analysis(entities=entities, quotes=quotes, places=places, times=times, events=events)


def published_date(article: Article) -> date | None:
    """The article's publication date, if the cleaner found one that parses as ISO 8601."""
    if article.published is None:
        return None
    value = article.published.value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None


def analyze_parallel(items: Iterable[AnalysisItem], workers: int, batch_size: int = 16) -> Iterator[Analysis]:
    """Analyze articles over `workers` processes, one model per process, yielding results in input order.

    With one worker this is `Analyzer().analyze_many` in the calling process.
    """
    if workers <= 1:
        yield from Analyzer().analyze_many(items, batch_size=batch_size)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start_worker) as pool:
        # Whole batches travel to a worker so its nlp.pipe still batches; imap keeps input order.
        for analyses in pool.imap(_analyze_batch, _batched(items, batch_size)):
            yield from analyses


_worker_analyzer: Analyzer | None = None


def _start_worker() -> None:
    # One model per worker process, loaded once when the process starts.
    global _worker_analyzer
    _worker_analyzer = Analyzer()


def _analyze_batch(batch: list[AnalysisItem]) -> list[Analysis]:
    if _worker_analyzer is None:
        raise RuntimeError("worker process was started without its analyzer")
    return list(_worker_analyzer.analyze_many(batch, batch_size=len(batch)))


def _texts_of(article: Article) -> list[str]:
    return [article.text, *(caption.text for caption in article.captions)]


def _batched(items: Iterable[AnalysisItem], size: int) -> Iterator[list[AnalysisItem]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, max(size, 1))):
        yield batch
