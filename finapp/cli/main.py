"""Entry point of the ``finapp`` command.

Only what parsing needs is imported here: ``--version``, ``--help``, a mistyped argument and a
command's ``--help`` answer without loading SQLAlchemy, SQLCipher, the store or any service,
which together are most of a second. :func:`_run` imports them when a command is run.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import logging
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn

from finapp import __version__
from finapp.cli.command_table import COMMAND_MODULES
from finapp.cli.output import cli_streams, print_notice, stdout_for
from finapp.errors import FinappError, StorageError
from finapp.paths import db_path

if TYPE_CHECKING:
    from finapp.cli.context import CliContext, Command

log = logging.getLogger("finapp.cli")


def _all_command_modules() -> tuple[ModuleType, ...]:
    """Every command module, in the order of :data:`COMMAND_MODULES` (the bundle ships them
    all: ``LAZY_PACKAGES`` in ``packaging/finapp.spec``)."""
    return tuple(map(_command_module, dict.fromkeys(COMMAND_MODULES.values())))


def _command_module(name: str) -> ModuleType:
    return import_module(f"finapp.cli.commands.{name}")


class _Parser(argparse.ArgumentParser):
    """argparse speaking the contract's error form: one line ``finapp: …`` and exit code 2.

    Its own form (usage, then ``finapp alerts: error: …``) is two lines; a script reading the
    first line of stderr would get the usage and miss the reason.
    """

    def error(self, message: str) -> NoReturn:
        print_notice(f"{message} (see `{self.prog} --help`)")
        sys.exit(2)


def command_word(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names when it is plainly there: first, or right after
    ``--data-dir DIR``; None for anything else (``--help``, an abbreviated option, a typo)."""
    if argv[:1] == ["--data-dir"]:
        argv = argv[2:]
    elif argv[:1] and argv[0].startswith("--data-dir="):
        argv = argv[1:]
    return argv[0] if argv and argv[0] in COMMAND_MODULES else None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with ``command`` one that knows only that command's module: parsing
    a command's arguments needs no other command, and importing them all cost a third of a
    second on every run."""
    if command is None:
        modules = _all_command_modules()
    else:
        modules = (_command_module(COMMAND_MODULES[command]),)
    parser = _Parser(
        prog="finapp", description="Household finance and subscriptions from bank statements."
    )
    parser.add_argument("--version", action="version", version=f"finapp {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="where the encrypted store lives")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in modules:
        module.register(sub)
    return parser


def main(argv: Sequence[str]) -> int:
    """The ``finapp`` command run inside the caller's process (a tool, a test run): the
    process's garbage collector and logging are left as they were found."""
    with _callers_logging():
        return _main(argv, own_process=False)


@contextmanager
def _callers_logging() -> Iterator[None]:
    """The caller's logging back as it was once the command ends. The command logs to the
    stderr it was given; left in place, its handler took the caller's later warnings to a
    stream the caller had since closed ("Logging error … I/O operation on closed file")."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        yield
    finally:
        for added in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(added)
            added.close()
        root.setLevel(level)


#: Python's collector thresholds while the command runs as a process of its own: a young
#: collection every 200,000 new objects instead of 700 (as mypy runs). A command builds its
#: modules, then its rows and figures, and keeps nearly all of it until it ends: collecting every
#: 700 found nothing to free and cost the alerts of ten years of history 0.06 s of 0.65 s.
#: Cyclic garbage is still collected, a few megabytes later.
COLLECTOR_THRESHOLDS = (200_000, 30, 30)


def console_main() -> int:
    """The ``finapp`` command as a process of its own: the console script, ``python -m finapp``
    and the bundle. What start-up builds lives as long as the process, so Python's collector
    runs seldom (:data:`COLLECTOR_THRESHOLDS`) and start-up is frozen out of it for the command
    and at exit."""
    gc.set_threshold(*COLLECTOR_THRESHOLDS)
    _no_last_collection()
    signal.signal(signal.SIGTERM, _terminated)
    return _main(sys.argv[1:], own_process=True)


class Terminated(KeyboardInterrupt):
    """SIGTERM: a logout or shutdown, ``kill``, a script's ``timeout``.

    Python's default for it is to die on the spot, which left a backup's ``.partial`` copy on
    the USB stick and, worse, an export's hidden staging folder of plain-text transactions
    beside the folder asked for, until the next export there. Stopped as by Ctrl-C instead, each
    command removes what it had half-written and says what it left.
    """


def _terminated(_signum: int, _frame: object) -> None:
    raise Terminated


def _stopped_code(exc: KeyboardInterrupt) -> int:
    """The shell's code for a command stopped by the signal: 128 + SIGTERM or + SIGINT."""
    return 128 + (signal.SIGTERM if isinstance(exc, Terminated) else signal.SIGINT)


#: What a Ctrl-C says when the command had not begun to write (or writes nothing).
NOTHING_WRITTEN = "interrupted; nothing was written"


def _main(argv: Sequence[str], *, own_process: bool) -> int:
    argv = list(argv)
    try:
        with cli_streams(sys.stderr):
            args = build_parser(command_word(argv)).parse_args(argv)
            with stdout_for(getattr(args, "json", False)):
                return _run(args, own_process=own_process)
    except KeyboardInterrupt as exc:  # while Python loaded the command, before it opened anything
        _ignore_interrupts(own_process)
        print(f"finapp: {NOTHING_WRITTEN}", file=sys.stderr)
        return _stopped_code(exc)


def _ignore_interrupts(own_process: bool) -> None:
    """A second Ctrl-C while the first one's line is worked out must not end in a traceback
    (in a process of the command's own: a caller's handler is the caller's)."""
    if own_process and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _no_last_collection() -> None:
    """Spare the process its last garbage collection as it exits.

    Python ends by collecting every object still alive, SQLAlchemy's classes and all a command
    read among them, only to drop them with the process: 0.03–0.07 s of a data command's CPU,
    a tenth of it. Freezing them, the last thing before Python's own clean-up, leaves that
    collection nothing to scan; everything else at exit (flushing the output, closing the log,
    the other exit handlers) happens as before, and the store is closed before by
    :meth:`CliContext.close`.
    """
    atexit.register(gc.freeze)  # registered early, so it runs after the handlers added later


def _run(args: argparse.Namespace, *, own_process: bool) -> int:
    from finapp.cli.context import CliContext
    from finapp.cli.secrets import stretch_env_passphrase

    ctx = CliContext(args.data_dir)
    stretch_env_passphrase(ctx.data_dir)  # on another core, while SQLAlchemy is imported

    import sqlcipher3
    from sqlalchemy.exc import DBAPIError

    from finapp.log import configure_logging, problem_codes, word
    from finapp.services.opening import refuse_file_as_data_dir

    if own_process:
        # What start-up made (SQLAlchemy's classes above all) lives as long as the command: the
        # collections the command's own objects set off need not scan it each time (a few
        # hundredths of a second).
        gc.freeze()
    try:
        refuse_file_as_data_dir(ctx.data_dir)  # before a log file is sought inside it
        configure_logging(ctx.data_dir, strict=True)
        run: Command = args.run
        return run(args, ctx)
    except FinappError as exc:
        log.info(
            "%s ended: %s (exit %d)", word(args.command), problem_codes(exc.message), exc.exit_code
        )
        print_notice(exc.message)
        return exc.exit_code
    except BrokenPipeError:  # e.g. `finapp transactions | head`
        sys.stdout = None  # nothing more can be written
        return 0
    except KeyboardInterrupt as exc:
        _ignore_interrupts(own_process)
        print(f"finapp: {_what_was_written(ctx)}", file=sys.stderr)
        return _stopped_code(exc)
    except (OSError, DBAPIError, sqlcipher3.Error) as exc:
        fault = _environment_fault(exc, ctx)
        if fault is None:
            raise
        print_notice(fault.message)
        return fault.exit_code
    finally:
        ctx.close()


def _what_was_written(ctx: CliContext) -> str:
    """The truth about a command stopped by Ctrl-C: what the command says it left (its writes
    are each whole or undone), else that nothing was written."""
    if ctx.interrupted is None:
        return NOTHING_WRITTEN
    try:
        return ctx.interrupted()
    except Exception:  # the store could not be asked: say what holds whatever the answer
        log.exception("finding what an interrupted command left")
        return (
            "interrupted; each change is stored whole or not at all: `finapp check` says what "
            "the store holds"
        )


def _environment_fault(exc: BaseException, ctx: CliContext) -> StorageError | None:
    """The disk's or the file system's refusal that no command caught itself, in one line.

    The store's own writes are transactions, so a fault in one left nothing of it behind; a
    fault met elsewhere (a file being written) is named with the file.
    """
    from finapp.store.engine import storage_fault

    if isinstance(exc, OSError):
        return StorageError.from_os_error(exc)
    return storage_fault(exc, db_path(ctx.data_dir))


if __name__ == "__main__":
    sys.exit(console_main())
