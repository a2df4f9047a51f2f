"""Version numbers, kept apart so that every layer can read them without import cycles."""

__version__ = "1.0.0"
API_VERSION = "0.11.8"
