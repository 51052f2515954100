"""PDF summary of a scan (reportlab)."""
