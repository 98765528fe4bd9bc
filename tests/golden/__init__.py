"""Golden-file tests: pinned extraction output and hand-made gold for new documents."""
