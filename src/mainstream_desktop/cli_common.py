"""What the command line's modules share: a command's own refusal and reading a passphrase.

Owns: ``CommandFailed`` (printed as one line, exit 1) and the passphrase of this site's keys,
from ``$MAINSTREAM_PASSPHRASE`` (automation) or typed at a prompt.
"""

from __future__ import annotations

import getpass
import os

PASSPHRASE_ENV = "MAINSTREAM_PASSPHRASE"  # for automation: the passphrase without a prompt
NEW_PASSPHRASE_ENV = "MAINSTREAM_NEW_PASSPHRASE"  # with keys already protected: the new one


class CommandFailed(Exception):
    """A command's own refusal, printed as one line."""


def read_passphrase(env_name: str, prompt: str, confirm: bool) -> str:
    """The passphrase in ``$env_name``, or typed (twice when ``confirm``); never empty."""
    from_env = os.environ.get(env_name)
    if from_env is not None:
        passphrase = from_env
    else:
        try:
            passphrase = getpass.getpass(prompt)
            if confirm and getpass.getpass("again: ") != passphrase:
                raise CommandFailed("the two passphrases differ; nothing was changed")
        except EOFError as exc:
            raise CommandFailed(f"no passphrase given (set ${env_name} to run without a prompt)") from exc
    if not passphrase:
        raise CommandFailed("the passphrase is empty; nothing was changed")
    return passphrase
