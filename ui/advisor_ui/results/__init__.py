"""The results of a completed scan: radar chart, scores, strengths, improvement areas, comparison."""
