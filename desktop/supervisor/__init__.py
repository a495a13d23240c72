"""The supervisor's side of the app: screens that work against the server (sync.client.supervisor)."""
