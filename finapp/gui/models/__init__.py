"""Qt item models over columnar data (one per table the pages show)."""
