"""filmbot on Discord. Uses only the public API of `index`.

`create_bot()` returns a bot configured from the FILMBOT_* settings and not connected;
`create_bot(settings, engine)` reuses a prebuilt engine (tests) instead of loading the index.
"""

from bot.client import FilmBot, check_token, create_bot, run_bot
from bot.settings import BotSettings

__all__ = ["BotSettings", "FilmBot", "check_token", "create_bot", "run_bot"]
