"""wirewatch: news pages in, sourced structured facts out."""

__version__ = "0.1.0"
