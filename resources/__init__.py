"""Data files (questionnaires, translations, fonts, icons), installed as ``basisscan_resources``.

Being a package lets ``importlib.resources`` find them from a checkout, a
wheel and a frozen bundle alike.
"""
