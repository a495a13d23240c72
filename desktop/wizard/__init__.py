"""The first-start wizard: language, enrollment, printer, position source, summary; then login
(docs/desktop/wizard.md). The start-up calls desktop/wizard/startup.run_first_start."""
