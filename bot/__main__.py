"""`python -m bot`: run the Discord bot (same as `filmbot bot`)."""

from __future__ import annotations

import logging
import os
import sys


def main() -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from bot.client import load_settings, run_bot
    from index import FilmbotError

    try:
        settings = load_settings()
        # A server process: INFO unless FILMBOT_LOG_LEVEL says otherwise.
        level = settings.log_level.upper() if "log_level" in settings.model_fields_set else "INFO"
        logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
        run_bot(settings)
    except FilmbotError as exc:
        sys.stderr.write(f"filmbot: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
