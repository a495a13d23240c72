# For the command-line tests only (tests/sync_client/test_cli.py puts this folder on PYTHONPATH):
# stands in for core.reference.apply_server_records while that module is not on this branch.
import sys

from tests.sync_client.reference_stub import real_reference_present, stub_module

if not real_reference_present():
    sys.modules["core.reference"] = stub_module()
