"""Census questionnaires: the app's own form model (model.py), its XLSForm loader, the expression
engine that evaluates a form over its answers, and the submissions a finished form becomes."""
