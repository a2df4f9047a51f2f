"""The debug switch of the ``trieve_py_client`` logger, shared by every Configuration.

A logger's level is process-wide state, and it belongs to the application. So each
Configuration whose ``debug`` is on holds one reference: while any reference is held, the
logger logs at DEBUG (to stderr too, when the application has set up no logging), and when the
last one is let go, the level the application had is back.
"""

from __future__ import annotations

import logging
import sys
import threading

LOGGER = logging.getLogger("trieve_py_client")


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record comes, so that redirecting stderr
    (as test runners and ``contextlib.redirect_stderr`` do) redirects the log too."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        """The stream is always the current ``sys.stderr``."""


class DebugSwitch:
    """Reference-counted DEBUG level for the package logger."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._saved_level = logging.NOTSET
        self._stderr: logging.Handler | None = None

    def hold(self, log_format: str) -> None:
        """Turn DEBUG on, or keep it on, for one more holder."""
        with self._lock:
            if self._holders == 0:
                self._saved_level = LOGGER.level
                LOGGER.setLevel(logging.DEBUG)
                if not LOGGER.hasHandlers():
                    self._stderr = _StderrHandler()
                    self._stderr.setFormatter(logging.Formatter(log_format))
                    LOGGER.addHandler(self._stderr)
            self._holders += 1

    def release(self) -> None:
        """Let go of one hold; the last one restores the application's level."""
        with self._lock:
            self._holders -= 1
            if self._holders:
                return
            LOGGER.setLevel(self._saved_level)
            if self._stderr is not None:
                LOGGER.removeHandler(self._stderr)
                self._stderr.close()
                self._stderr = None

    def set_format(self, log_format: str) -> None:
        """Format the stderr handler, if debug added one."""
        with self._lock:
            if self._stderr is not None:
                self._stderr.setFormatter(logging.Formatter(log_format))


DEBUG = DebugSwitch()
