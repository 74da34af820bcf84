"""One module per measured figure: `measure(...)` returns its details, `rows(figures, details)` its
lines of the summary table (faiss_growth: `section(details)`, the table after it)."""
