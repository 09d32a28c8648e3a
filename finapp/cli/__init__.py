"""The ``finapp`` command line: parse, call a service, print text or one JSON document."""
