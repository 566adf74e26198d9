"""Generate ``docs/cli.md`` from the commands' own ``--help`` (``python3 -m edukb.clidoc``), so
the documentation cannot drift from the CLI; a test checks the file is current."""
from __future__ import annotations

import click

from edukb.cli import main


def _walk(cmd: click.Command, name: str, parent: click.Context | None):
    # each context has its parent, as when a user types the command, so the settings of the
    # group (``-h`` for help) reach every subcommand
    ctx = click.Context(cmd, info_name=name, parent=parent, terminal_width=100, max_content_width=100,
                        **(main.context_settings if parent is None else {}))
    # click caches a command's help option from the first context it saw (a subcommand run on its
    # own in the same process has none of the group's settings); the page is drawn from this one
    if getattr(cmd, "_help_option", None) is not None:
        cmd._help_option = None
    yield ctx.command_path, cmd.get_help(ctx)
    if isinstance(cmd, click.Group):
        for sub in sorted(cmd.commands):
            yield from _walk(cmd.commands[sub], sub, ctx)


def render() -> str:
    parts = ["# edukb command line", "", "Generated from `--help` by `python3 -m edukb.clidoc > docs/cli.md`.", ""]
    for path, text in _walk(main, "edukb", None):
        parts += [f"## {path}", "", "```text", text, "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
