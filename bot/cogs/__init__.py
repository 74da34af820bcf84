"""Command groups (discord.py cogs): questions, film lookups, administration."""
