"""The agent's questionnaire screens (issue 12): the Census page (forms, drafts) and the entry
screen that walks a FormSession page by page. Nothing here runs SQL: the Ledger's form, draft
and submission calls run as background operations (AppContext.op)."""
