"""Benchmarks behind ``make bench``: each module's ``run()`` yields :class:`Figure` rows."""
