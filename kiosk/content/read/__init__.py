"""Reading for visitors: the catalogue of pages, search, and how figures are written."""
