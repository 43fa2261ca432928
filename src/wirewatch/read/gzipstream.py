"""A streaming gzip reader that remembers whether the stream ended cleanly.

Libraries that read archives tend to treat a cut-off gzip member as a normal end of file, silently
dropping the last records; this reader decompresses (multi-member streams included) and records
truncation or corruption so the caller can report it instead of losing pages quietly.
"""

from __future__ import annotations

import io
import zlib
from typing import BinaryIO

_CHUNK = 64 * 1024


class CheckedGzipReader(io.RawIOBase):
    """Decompressed bytes of a (multi-member) gzip stream; `problem` says why it ended early, if it did."""

    def __init__(self, compressed: BinaryIO) -> None:
        self._compressed = compressed
        self._decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._pending = b""
        self._member_started = False
        self.problem: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            if not self._fill():
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _fill(self) -> bool:
        """Decompress more; False at the end of the stream (clean or not)."""
        if self.problem:
            return False
        chunk = self._decompressor.unused_data or self._compressed.read(_CHUNK)
        if self._decompressor.eof:
            if not chunk:
                return False
            self._decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._member_started = False
        elif not chunk:
            if self._member_started:
                self.problem = "gzip stream cut off before its end"
            return False
        try:
            self._pending = self._decompressor.decompress(chunk)
        except zlib.error as error:
            self.problem = f"corrupt gzip data ({error})"
            return False
        self._member_started = True
        return True
