"""`python -m audit.cli`, and the `audit` command's entry point (pyproject.toml, [project.scripts])."""


def main() -> None:
    """The `audit` command. A Ctrl-C while it is still loading (its imports take a moment on a loaded machine)
    ends it as a Ctrl-C while it runs does (typer's exit 130), not with a traceback: nothing was done yet."""
    try:
        from audit.cli.app import main as run_command
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    run_command()


if __name__ == "__main__":
    main()
