"""The wire format shared by client and server (protocol version 1)."""
