"""`python -m audit.cli`, and the `audit` command's entry point (pyproject.toml, [project.scripts])."""


def main() -> None:
    """The `audit` command. A Ctrl-C that typer does not see, while the command is still loading (its imports, and
    typer building the command, take a moment on a loaded machine), ends it as a Ctrl-C while it runs does (typer's
    exit 130), not with a traceback: nothing was done yet."""
    try:
        from audit.cli.app import main as run_command

        run_command()
    except KeyboardInterrupt:
        raise SystemExit(130) from None


if __name__ == "__main__":
    main()
