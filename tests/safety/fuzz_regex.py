"""Generated regular-expression rules: each is refused when added, or runs bounded.

Patterns are built to hurt a regex engine: nested quantifiers (``(a+)+$``, ``(a|aa)*b``), huge
and stacked repeats (``a{99999999999}``, ``(x{1000}){1000}``), nesting thousands deep, lookaround
and backreferences, unbalanced brackets and random Unicode. Each goes through the rule service's
check; one it accepts is matched, through the rule book as an import and ``rules run`` use it,
against payees built to make a backtracking engine explode (up to the 1,000-character cap).

The property: :class:`InvalidInputError` (refused) or every match within
:data:`SECONDS_PER_PATTERN`. Any other exception, a slow pattern or a worker that stops
answering (a hang) is a finding. Patterns run in a worker process, so a hang costs only its
batch's time limit, and the run carries on after it.

    python -m tests.safety.fuzz_regex [COUNT] [SEED]
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from tests.safety import processes

#: Every subject matched within this (a linear engine on 1,000 characters needs milliseconds).
SECONDS_PER_PATTERN = 5.0
#: Patterns per worker process; its limit (a minute, plus a second a pattern) ends a hang.
BATCH = 200
#: Issue 13's hostile rules, always in the run.
SEEDS = ("(a+)+$", "a{99999999999}", "(" * 2000 + "a" + ")" * 2000, r"(\w+)\1", "(?<=a)b")
_CAP = 1_000
#: payees built against backtracking: long runs that almost match, then fail at the end
SUBJECTS = (
    "a" * 40 + "!",
    "a" * (_CAP - 1) + "!",
    "ab" * (_CAP // 2),
    "1-" * (_CAP // 2),
    "a " * (_CAP // 2),
    "网络" * (_CAP // 2),
    "x" * _CAP,
    "NETFLIX.COM 866-579-7172 CA",
)


@dataclass
class RegexReport:
    outcomes: Counter[str] = field(default_factory=Counter)
    findings: list[str] = field(default_factory=list)

    @property
    def inputs(self) -> int:
        return sum(self.outcomes.values())


# --- the generator ----------------------------------------------------------------------------

_ATOMS = ("a", "b", "x", r"\d", r"\w", r"\s", ".", "[a-z]", "[^!]", "(?:a|aa)", "网", r"\b", "!")
_REPEATS = ("*", "+", "?", "{2}", "{0,}", "{1,3}", "*?", "+?")
_HUGE = (999, 1000, 1001, 65_535, 2**31, 10**11, 10**30)


def _quantified(rnd: random.Random, depth: int) -> str:
    """Atoms and groups under quantifiers, groups nested up to ``depth`` deep."""
    if depth <= 0 or rnd.random() < 0.3:
        return rnd.choice(_ATOMS) + (rnd.choice(_REPEATS) if rnd.random() < 0.5 else "")
    parts = [_quantified(rnd, depth - 1) for _ in range(rnd.randint(1, 3))]
    body = "|".join(parts) if rnd.random() < 0.4 else "".join(parts)
    return f"({body}){rnd.choice(_REPEATS)}"


def _huge_repeat(rnd: random.Random) -> str:
    inner = _quantified(rnd, 1)
    counts = [rnd.choice(_HUGE) for _ in range(rnd.randint(1, 3))]
    text = inner
    for n in counts:  # stacked: (x{1000}){1000}
        text = f"(?:{text}){{{n}}}" if rnd.random() < 0.5 else f"(?:{text}){{1,{n}}}"
    return text


def _deep(rnd: random.Random) -> str:
    depth = rnd.choice((10, 100, 999, 1000, 2000, 10_000))
    opener = rnd.choice(("(", "(?:", "(a|"))
    return opener * depth + "a" + ")" * depth + rnd.choice(("", "+", "*", "$"))


def _unsupported(rnd: random.Random) -> str:
    base = _quantified(rnd, 2)
    return base + rnd.choice((r"\1", "(?=a)", "(?!a)", "(?<=a)", "(?<!a)", r"\Z", "(?P=n)", "++"))


def _noise(rnd: random.Random) -> str:
    alphabet = "()[]{}|*+?.^$\\-,0123456789ab!网 \u202e\x00"
    return "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 40)))


_SHAPES: tuple[Callable[[random.Random], str], ...] = (
    lambda rnd: _quantified(rnd, rnd.randint(1, 6)) + rnd.choice(("", "$", "!", "b")),
    _huge_repeat,
    _deep,
    _unsupported,
    _noise,
)


def patterns(count: int, seed: int) -> Iterator[str]:
    """The issue's hostile rules, then ``count`` generated ones (reproducible by ``seed``)."""
    yield from SEEDS
    rnd = random.Random(seed)
    for _ in range(count):
        yield rnd.choice(_SHAPES)(rnd)


# --- judging one pattern (in the worker) ------------------------------------------------------


def judge(pattern: str) -> dict[str, str]:
    """``refused``, ``accepted`` (and bounded), or a finding: ``crash`` or ``slow``."""
    from finapp.core.merchant import merchant_key
    from finapp.core.rules import RuleBook, RuleSpec, RuleSubject, validate_rule
    from finapp.errors import InvalidInputError

    try:
        validate_rule(pattern, "regex", "any", None, None, None)
    except InvalidInputError:
        return {"outcome": "refused"}
    except Exception as exc:  # a finding: anything but finapp's refusal
        return {"outcome": "crash", "error": f"{type(exc).__name__}: {exc}"[:200]}
    began = time.perf_counter()
    try:
        book = RuleBook([RuleSpec(1, 1, pattern, match_type="regex", match_field="any")])
        for text in SUBJECTS:
            book.first_match(RuleSubject(text, text, merchant_key(text), -100, 1))
    except Exception as exc:
        return {"outcome": "crash", "error": f"while matching: {type(exc).__name__}: {exc}"[:200]}
    seconds = time.perf_counter() - began
    if seconds > SECONDS_PER_PATTERN:
        return {"outcome": "slow", "error": f"{seconds:.1f} s over {len(SUBJECTS)} payees"}
    return {"outcome": "accepted"}


def _worker() -> None:
    """Judge each JSON pattern read from stdin; one JSON answer per line, as soon as known."""
    for line in sys.stdin:
        print(json.dumps(judge(json.loads(line))), flush=True)


# --- running batches ----------------------------------------------------------------------------


def _run_batch(batch: list[str]) -> list[dict[str, str]]:
    """Answers for ``batch``; a worker that stops answering leaves the rest unanswered."""
    feed = "".join(json.dumps(p) + "\n" for p in batch)
    command = [sys.executable, "-m", "tests.safety.fuzz_regex", "--worker"]
    limit = 60 + len(batch)  # seconds: linear matching needs milliseconds a pattern
    try:
        done = subprocess.run(command, input=feed, capture_output=True, text=True,
                              timeout=limit, cwd=processes.REPO, check=False)  # fmt: skip
        out, error = done.stdout, done.stderr if done.returncode else ""
    except subprocess.TimeoutExpired as exc:
        raw = exc.stdout or b""
        out = raw.decode() if isinstance(raw, bytes) else raw
        error = f"no answer within {limit:.0f} s"
    answers = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if len(answers) < len(batch):
        answers.append({"outcome": "hang", "error": error.strip()[-200:] or "worker ended"})
    return answers


def run_regex_fuzz(count: int, seed: int) -> RegexReport:
    """Judge the seeds and ``count`` generated patterns; a hung pattern is skipped after."""
    report = RegexReport()
    pending = list(patterns(count, seed))
    while pending:
        batch, pending = pending[:BATCH], pending[BATCH:]
        answers = _run_batch(batch)
        for pattern, answer in zip(batch, answers, strict=False):
            report.outcomes[answer["outcome"]] += 1
            if answer["outcome"] not in ("refused", "accepted"):
                shown = pattern if len(pattern) <= 80 else pattern[:77] + "..."
                report.findings.append(f"{answer['outcome']}: {shown!r}: {answer['error']}")
        pending = batch[len(answers) :] + pending  # after a hang: the rest of its batch
    return report


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        _worker()
        return 0
    count = int(argv[0]) if argv else 3000
    seed = int(argv[1]) if len(argv) > 1 else 0
    began = time.perf_counter()
    report = run_regex_fuzz(count, seed)
    print(f"fuzz regex: {report.inputs} patterns in {time.perf_counter() - began:.0f} s, "
          f"{dict(report.outcomes)}")  # fmt: skip
    for finding in report.findings:
        print(f"  FINDING {finding}")
    return 1 if report.findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
