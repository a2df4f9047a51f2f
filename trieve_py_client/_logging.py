"""The ``trieve_py_client`` logger's switches: ``TRIEVE_LOG``, the debug switch shared by every
Configuration, and each Configuration's logging settings (``LogSettings``).

A logger's level is process-wide state, and it belongs to the application. So each
Configuration whose ``debug`` is on holds one reference: while any reference is held, the
logger logs at DEBUG (to stderr too, when the application has set up no logging), and when the
last one is let go, the level the application had is back.

``TRIEVE_LOG=debug`` (or ``info``) in the environment sets the logger's level at import, with
a stderr handler when the application has set up none, so that a script's requests and retries
can be seen without changing its code.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections import deque
from typing import Any

LOGGER = logging.getLogger("trieve_py_client")
ENV_LOG = "TRIEVE_LOG"
DEFAULT_FORMAT = "%(asctime)s %(levelname)s %(message)s"
_ENV_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record comes, so that redirecting stderr
    (as test runners and ``contextlib.redirect_stderr`` do) redirects the log too."""

    def __init__(self, log_format: str) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter(log_format))

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        """The stream is always the current ``sys.stderr``."""


class DebugSwitch:
    """Reference-counted DEBUG level for the package logger.

    Configurations dropped by the garbage collector let go of their hold, and of their log
    file, through ``release_later`` and ``close_later``, which take no lock: a finaliser runs
    in the middle of whatever its thread was doing, this class's own locked code included.
    What they leave is done by the next caller of any other method, under the lock.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._saved_level = logging.NOTSET
        self._stderr: logging.Handler | None = None
        # None for a hold to let go of, or a file handler to close; deque.append is atomic.
        # Public so that the request path can test it without a call.
        self.pending: deque[logging.Handler | None] = deque()

    def hold(self, log_format: str) -> None:
        """Turn DEBUG on, or keep it on, for one more holder."""
        with self._lock:
            self._settle()
            if self._holders == 0:
                self._saved_level = LOGGER.level
                LOGGER.setLevel(logging.DEBUG)
                if not LOGGER.hasHandlers():
                    self._stderr = _StderrHandler(log_format)
                    LOGGER.addHandler(self._stderr)
            self._holders += 1

    def release(self) -> None:
        """Let go of one hold; the last one restores the application's level."""
        with self._lock:
            self._settle()
            self._release()

    def release_later(self) -> None:
        """``release``, from a finaliser."""
        self.pending.append(None)

    def close_later(self, handler: logging.Handler) -> None:
        """Take a dropped configuration's file handler off the logger, from a finaliser."""
        self.pending.append(handler)

    def settle(self) -> None:
        """Do what finalisers left; called before a request is logged."""
        if self.pending:
            with self._lock:
                self._settle()

    def set_format(self, log_format: str) -> None:
        """Format the stderr handler, if debug added one."""
        with self._lock:
            if self._stderr is not None:
                self._stderr.setFormatter(logging.Formatter(log_format))

    def after_fork_in_child(self) -> None:
        """A fresh lock: one a thread of the parent held would never be released here."""
        self._lock = threading.Lock()

    def _settle(self) -> None:
        while self.pending:
            handler = self.pending.popleft()
            if handler is None:
                self._release()
            else:
                LOGGER.removeHandler(handler)
                handler.close()

    def _release(self) -> None:
        if self._holders == 0:
            return  # one release too many would otherwise turn debug off for everyone
        self._holders -= 1
        if self._holders:
            return
        LOGGER.setLevel(self._saved_level)
        if self._stderr is not None:
            LOGGER.removeHandler(self._stderr)
            self._stderr.close()
            self._stderr = None


class LogSettings:
    """A configuration's logging settings: ``debug``, ``logger_file`` and ``logger_format``.

    Each configuration with ``debug`` on holds one reference on ``DEBUG``, and each
    ``logger_file`` is a handler of its own on the package logger; both are let go when the
    configuration is dropped. A copy (``copy.copy``, pickling) holds its own debug reference
    and leaves the log file to the original.
    """

    _debug: bool
    _file_handler: logging.Handler | None
    _logger_file: str | None
    _logger_format: str

    def _init_logging(self, debug: bool) -> None:
        self._file_handler = None
        self._logger_file = None
        self._logger_format = DEFAULT_FORMAT
        self._debug = False
        self.debug = debug

    def __del__(self) -> None:
        # Dropped with debug on, a configuration must not leave the logger at DEBUG for good,
        # nor its log file open on the package logger for other clients to write into.
        if getattr(self, "_debug", False):
            DEBUG.release_later()
        handler = getattr(self, "_file_handler", None)
        if handler is not None:
            DEBUG.close_later(handler)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(vars(self))
        state.update(_file_handler=None, _logger_file=None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, _debug=False)
        self.debug = state["_debug"]

    @property
    def debug(self) -> bool:
        """Log each request (method, URL, status, duration, redacted headers) at DEBUG level.

        The records go to the ``trieve_py_client`` logger, which logs at DEBUG while any
        configuration has debug on, to stderr when the application has set up no logging.
        """
        return self._debug

    @debug.setter
    def debug(self, value: bool) -> None:
        if value and not self._debug:
            DEBUG.hold(self._logger_format)
        elif self._debug and not value:
            DEBUG.release()
        self._debug = bool(value)

    @property
    def logger_file(self) -> str | None:
        """A file that the package logger also writes to, at the level it logs at."""
        return self._logger_file

    @logger_file.setter
    def logger_file(self, value: str | None) -> None:
        if self._file_handler is not None:
            LOGGER.removeHandler(self._file_handler)
            self._file_handler.close()
            self._file_handler = None
        self._logger_file = value
        if value is not None:
            self._file_handler = logging.FileHandler(value)
            self._file_handler.setFormatter(logging.Formatter(self._logger_format))
            LOGGER.addHandler(self._file_handler)

    @property
    def logger_format(self) -> str:
        """The ``logging`` format of the handlers that debug and ``logger_file`` add."""
        return self._logger_format

    @logger_format.setter
    def logger_format(self, value: str) -> None:
        self._logger_format = value
        DEBUG.set_format(value)
        if self._file_handler is not None:
            self._file_handler.setFormatter(logging.Formatter(value))


def level_from_environment() -> None:
    """Apply ``TRIEVE_LOG``; an unknown value is ignored."""
    level = _ENV_LEVELS.get(os.environ.get(ENV_LOG, "").strip().lower())
    if level is None:
        return
    LOGGER.setLevel(level)
    if not LOGGER.hasHandlers():
        LOGGER.addHandler(_StderrHandler(DEFAULT_FORMAT))


DEBUG = DebugSwitch()
if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=DEBUG.after_fork_in_child)
level_from_environment()
