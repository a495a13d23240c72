"""The command line's usage errors in the user's language.

argparse writes its refusals in English ("the following arguments are required: --amount").
Rather than patch argparse's gettext hook, which is global to the process, a refusal is matched
against the English templates it is made from and written again from the `quittance` catalogue,
so a Portuguese user reads "faltam argumentos obrigatórios: --amount". A message no template
matches is shown as argparse wrote it. The language is the system's (LANG and friends), since a
usage error comes before any device database is opened."""
from __future__ import annotations

import re

from core.messages import translate

# (code, the English template argparse or core.cli_options formats, its parameters in order).
# argparse's templates are those of CPython 3.11 to 3.13; %(message)s may itself be one of them.
_TEMPLATES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("cli_usage_argument", "argument %(argument_name)s: %(message)s", ("argument", "message")),
    ("cli_usage_required", "the following arguments are required: %s", ("names",)),
    ("cli_usage_unrecognized", "unrecognized arguments: %s", ("names",)),
    ("cli_usage_invalid_choice", "invalid choice: %(value)r (choose from %(choices)s)", ("value", "choices")),
    ("cli_usage_expected_one", "expected one argument", ()),
    ("cli_usage_expected_at_most_one", "expected at most one argument", ()),
    ("cli_usage_expected_at_least_one", "expected at least one argument", ()),
    ("cli_usage_expected_n", "expected %s arguments", ("count",)),
    ("cli_usage_expected_n", "expected %s argument", ("count",)),
    ("cli_usage_invalid_value", "invalid %(type)s value: %(value)r", ("type", "value")),
    ("cli_usage_one_required", "one of the arguments %s is required", ("names",)),
    ("cli_usage_not_allowed", "not allowed with argument %s", ("names",)),
    ("cli_usage_ambiguous", "ambiguous option: %(option)s could match %(matches)s", ("option", "matches")),
    ("cli_usage_ignored", "ignored explicit argument %r", ("value",)),
    ("cli_usage_twice", "%s given twice with different values", ("option",)),
    ("cli_usage_not_for_command", "%s does not apply to %s", ("option", "command")),
    ("cli_usage_needs_command", "%s needs a command (see quittance --help)", ("option",)),
    ("cli_usage_not_whole", "not a whole number: %s", ("value",)),
    ("cli_usage_between", "must be between %s and %s, not %s", ("low", "high", "value")),
)
_FIELD = re.compile(r"%(?:\([a-z_]+\))?[sr]")


def _pattern(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)
    return re.compile("(.+?)".join(re.escape(part) for part in parts) + r"\Z", re.S)


_COMPILED = tuple((code, _pattern(template), names) for code, template, names in _TEMPLATES)
_NESTED = {"message"}  # a parameter that is itself a refusal to translate


def translate_usage_error(message: str, locale: str) -> str:
    """`message` (an argparse refusal) in `locale`; as it is when no template matches it."""
    if locale == "en":
        return message
    for code, pattern, names in _COMPILED:
        match = pattern.match(message)
        if match:
            values = {name: (translate_usage_error(value, locale) if name in _NESTED else value)
                      for name, value in zip(names, match.groups())}
            return translate(code, locale, **values)
    return message
