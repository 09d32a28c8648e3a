"""One module per command group; each exposes ``register(subparsers)``.

A command's handler is ``run(args, ctx) -> int`` (the exit code), set with ``set_defaults``.
"""
