"""Pure domain logic: plain values in, plain values out. No I/O, no database, no Qt."""
