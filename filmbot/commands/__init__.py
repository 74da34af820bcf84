"""One module per `filmbot` sub-command: `add_parser(subparsers)` and `run(args) -> int`."""
