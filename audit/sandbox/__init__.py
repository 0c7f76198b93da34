"""The sandbox: local mail servers and simulated companies for `make demo` and for trying a study."""
