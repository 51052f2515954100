"""The server's use cases: push, pull, files, benchmarks, monitoring."""
