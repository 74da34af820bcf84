"""One handler per kind of question: `(view, request, film) -> Answer | None`.

A handler returns None when it has nothing to say and an Answer with an honest confidence otherwise;
the dispatcher (index.answer) alone compares that confidence with the kind's threshold.
"""
