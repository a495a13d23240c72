"""gettext catalogues (.pot templates, per-language .po and compiled .mo) of the messages
outside the Qt screens: `quittance` (core refusals and verify problems) and `receipts`
(printed words). See tools.py for maintenance and core/catalogues.py for reading them."""
