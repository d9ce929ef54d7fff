"""Reference datasets imported for context, backtests and the demo: UCDP GED events and
UCDP country-month fatality series, derived into compact files shipped in the package
(see ``sahelwatch/data/reference/ATTRIBUTION.md``)."""
