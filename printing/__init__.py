"""Receipts, Z-reports and test pages: one document model (model.py), three renderers
(escpos.py, pdf.py, preview.py), printer profiles (profiles.py) and transports
(links.py, transports.py). The app calls printing.service from a worker thread."""
