"""readouts: diplomatic contact events from news in Hebrew, Arabic and English."""

__version__ = "0.1.0"
