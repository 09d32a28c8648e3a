# The part of google-re2 finapp uses (finapp/core/rules.py): the package ships no types.
# Signatures follow re2/__init__.py of google-re2 1.1; add what a new caller needs.

class error(Exception): ...

class Options:
    max_mem: int
    posix_syntax: bool
    longest_match: bool
    log_errors: bool
    literal: bool
    never_nl: bool
    dot_nl: bool
    never_capture: bool
    case_sensitive: bool
    perl_classes: bool
    word_boundary: bool
    one_line: bool

class _Match:
    def group(self, *groups: int | str) -> str | None: ...
    def start(self, group: int | str = 0) -> int: ...
    def end(self, group: int | str = 0) -> int: ...

class _Regexp:
    @property
    def pattern(self) -> str: ...
    @property
    def programsize(self) -> int: ...
    def search(
        self, text: str, pos: int | None = None, endpos: int | None = None
    ) -> _Match | None: ...

def compile(pattern: str, options: Options | None = None) -> _Regexp: ...
