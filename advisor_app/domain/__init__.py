"""Pure domain rules shared by the desktop app and the central server.

Nothing here touches a database, a file system beyond reading the
questionnaire, Qt or the network, so the server can import it safely.
"""
