"""The `filmbot` command line: one CLI driving the same engine as the Discord bot."""
